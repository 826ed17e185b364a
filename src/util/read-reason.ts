/** Why a file could not be read, in words people read, in English and zh-CN. */
import type { Lang } from '../contract/report.js';
import { catalogs } from './i18n.js';

/** The reasons by error code. */
export const READ_REASON_TEXT = catalogs(
  { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' },
  { ENOENT: '没有这个文件', EISDIR: '是一个目录', EACCES: '没有权限' },
);

/** The reason a read failed in `lang`, or undefined for an error code without words here. */
export function readReason(error: unknown, lang: Lang): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  const words = READ_REASON_TEXT[lang];
  return code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' ? words[code] : undefined;
}
