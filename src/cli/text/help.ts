/** Words shared by every command's `--help`, in English and zh-CN. */
import { catalogs } from '../../util/i18n.js';

/** Shared help texts. */
export const HELP_TEXT = catalogs(
  {
    langOption: 'language of messages and reports: en or zh-CN (default: lang in the config, else CLAUSECHECK_LANG, else the locale, else en)',
  },
  {
    langOption: '消息和报告的语言：en 或 zh-CN（默认：配置中的 lang，其次 CLAUSECHECK_LANG，其次系统区域设置，否则 en）',
  },
);
