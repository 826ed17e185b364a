/**
 * Every word about baselines that people read (formatters, the baseline file's errors, the baseline
 * commands), keyed by message id, in English and zh-CN. State words (`fixed`, `new`) in machine
 * formats stay English.
 */
import type { BaselineMark, BaselineSummary, FixedEntry, Lang } from '../contract/report.js';
import { catalogs } from '../util/i18n.js';

const ZH_STATUS: Record<string, string> = { fail: '未通过', warn: '警告', pass: '通过', skip: '跳过' };
const zhStatus = (s: string | undefined) => (s === undefined ? '?' : ZH_STATUS[s] ?? s);

/** The baseline messages by language, by id. */
export const BASELINE_TEXT = catalogs({
  /** Short label of a finding's baseline state (text marker, badges). */
  label: (p: { mark: BaselineMark }) =>
    p.mark.state === 'unchanged'
      ? `baselined`
      : p.mark.state === 'updated'
        ? `baselined, was ${p.mark.recorded ?? '?'}`
        : p.mark.recorded
          ? `worse than baseline (${p.mark.recorded})`
          : 'new',
  /** A fixed entry on one line. */
  fixed: (p: { entry: FixedEntry }) => `${p.entry.rule} ${p.entry.subject}: fixed since the baseline (recorded ${p.entry.status})`,
  /** The run's baseline in one sentence. */
  summary: (p: { baseline: BaselineSummary }) =>
    `baseline ${p.baseline.file}: ${p.baseline.baselined} baselined, ${p.baseline.new} new, ${p.baseline.fixed} fixed`,
  /** Status column wording for a fixed entry. */
  fixedStatus: () => 'fixed',
  notJson: (p: { detail: string }) => `not a JSON baseline: ${p.detail}`,
  notMapping: () => `expected a clausecheck baseline (a JSON object with "format": "clausecheck-baseline/v1")`,
  wrongFormat: (p: { found: string; expected: string }) => `format ${p.found} is not ${p.expected}; this is not a clausecheck baseline, or one from an incompatible version`,
  foreignAgreement: (p: { found: string; expected: string }) =>
    `recorded against agreement ${p.found}; this clausecheck checks agreement ${p.expected}, so its statuses do not compare`,
  missingKey: (p: { key: string }) => `missing required key "${p.key}"`,
  expectedType: (p: { what: string; found: string }) => `expected ${p.what}, got ${p.found}`,
  duplicateEntry: (p: { file: string; rule: string; subject: string }) => `entry for ${p.file}, rule ${p.rule}, subject ${p.subject} is listed twice`,
  hintFix: () => 'write a new one with: clausecheck baseline write PATHS... -o FILE',
  invalid: () => 'invalid baseline:',
  aList: () => 'a list',
  anObject: () => 'an object',
  toolObject: () => 'an object with name and version',
  aString: () => 'a string',
  entryList: () => 'a list of entries',
  entryObject: () => 'an entry object',
  nonEmptyString: () => 'a non-empty string',
  warnOrFail: () => '"warn" or "fail"',
  cannotRead: (p: { file: string; why: string }) => `cannot read baseline ${p.file}: ${p.why}`,
  written: (p: { file: string; entries: number; fail: number; warn: number; files: number }) =>
    `wrote ${p.file}: ${p.entries} entr${p.entries === 1 ? 'y' : 'ies'} (${p.fail} fail, ${p.warn} warn) in ${p.files} file${p.files === 1 ? '' : 's'}`,
  invalidSkipped: (p: { count: number }) => `${p.count} invalid file${p.count === 1 ? ' is' : 's are'} not recorded (fix ${p.count === 1 ? 'it' : 'them'}: invalid input always fails)`,
  pruned: (p: { file: string; dropped: number; lowered: number; kept: number }) =>
    `pruned ${p.file}: dropped ${p.dropped} fixed entr${p.dropped === 1 ? 'y' : 'ies'}, lowered ${p.lowered} to the current status, kept ${p.kept}`,
  noStdin: () => 'a baseline records files by path; stdin (-) has none',
  noStdinHint: () => 'name the files or folders to record',
  noBaselineHint: () => 'record one with: clausecheck baseline write PATHS... (or name it with --baseline FILE)',
}, {
  label: (p) =>
    p.mark.state === 'unchanged' ? '已在基线中' : p.mark.state === 'updated' ? `已在基线中，原为${zhStatus(p.mark.recorded)}` : p.mark.recorded ? `比基线更差（原为${zhStatus(p.mark.recorded)}）` : '新增',
  fixed: (p) => `${p.entry.rule} ${p.entry.subject}：自基线记录以来已修复（记录时为${zhStatus(p.entry.status)}）`,
  summary: (p) => `基线 ${p.baseline.file}：已在基线中 ${p.baseline.baselined}，新增 ${p.baseline.new}，已修复 ${p.baseline.fixed}`,
  fixedStatus: () => '已修复',
  notJson: (_p) => '不是 JSON 格式的基线：此处的 JSON 语法有误',
  notMapping: () => '应为 clausecheck 基线（含 "format": "clausecheck-baseline/v1" 的 JSON 对象）',
  wrongFormat: (p) => `format ${p.found} 不是 ${p.expected}；这不是 clausecheck 基线，或来自不兼容的版本`,
  foreignAgreement: (p) => `记录时依据的协议为 ${p.found}；本 clausecheck 检查的是 ${p.expected}，二者的状态无法比较`,
  missingKey: (p) => `缺少必填的键 "${p.key}"`,
  expectedType: (p) => `应为${p.what}，实际为 ${p.found}`,
  duplicateEntry: (p) => `文件 ${p.file}、规则 ${p.rule}、对象 ${p.subject} 的条目重复列出`,
  hintFix: () => '用以下命令重新写出：clausecheck baseline write PATHS... -o FILE',
  invalid: () => '无效的基线：',
  aList: () => '列表',
  anObject: () => '对象',
  toolObject: () => '含 name 和 version 的对象',
  aString: () => '字符串',
  entryList: () => '条目列表',
  entryObject: () => '条目对象',
  nonEmptyString: () => '非空字符串',
  warnOrFail: () => '"warn" 或 "fail"',
  cannotRead: (p) => `无法读取基线 ${p.file}：${p.why}`,
  written: (p) => `已写出 ${p.file}：${p.entries} 个条目（未通过 ${p.fail}，警告 ${p.warn}），涉及 ${p.files} 个文件`,
  invalidSkipped: (p) => `${p.count} 个无效文件未被记录（请修正：无效输入总是失败）`,
  pruned: (p) => `已清理 ${p.file}：删除 ${p.dropped} 个已修复的条目，${p.lowered} 个降为当前状态，保留 ${p.kept} 个`,
  noStdin: () => '基线按路径记录文件；标准输入（-）没有路径',
  noStdinHint: () => '请给出要记录的文件或目录',
  noBaselineHint: () => '用以下命令记录：clausecheck baseline write PATHS...（或用 --baseline FILE 指定）',
});

/** The English baseline messages (the catalog's ids and parameters). */
const BASELINE_MESSAGES = BASELINE_TEXT.en;

/** The baseline messages of one language. */
export type BaselineWords = typeof BASELINE_MESSAGES;

/** A finding's baseline label in `lang`, or an empty string when it has no mark. */
export function baselineLabel(mark: BaselineMark | undefined, lang: Lang = 'en'): string {
  return mark ? BASELINE_TEXT[lang].label({ mark }) : '';
}

/** The statuses in a fixed entry's words, in `lang`. */
export function fixedText(entry: FixedEntry, lang: Lang = 'en'): string {
  return BASELINE_TEXT[lang].fixed({ entry });
}

