/** The words of the JUnit report, in English and zh-CN (element names, status words, rule ids and properties stay English). */
import type { WaiverInfo } from '../../contract/report.js';
import { catalogs } from '../../util/i18n.js';

/** JUnit texts by language. */
export const JUNIT_TEXT = catalogs(
  {
    at: (p: { where: string }) => `at ${p.where}`,
    position: (p: { line: number; column: number }) => `line ${p.line}, column ${p.column}`,
    internal: 'internal error',
    waiver: (p: WaiverInfo) => `waived by ${p.owner} until ${p.expires}${p.reference ? ` (${p.reference})` : ''}: ${p.reason}`,
    note: (p: { note: string }) => `note: ${p.note}`,
  },
  {
    at: (p) => `位置 ${p.where}`,
    position: (p) => `第 ${p.line} 行第 ${p.column} 列`,
    internal: '内部错误',
    waiver: (p) => `由 ${p.owner} 豁免至 ${p.expires}${p.reference ? `（${p.reference}）` : ''}：${p.reason}`,
    note: (p) => `注：${p.note}`,
  },
);
