/**
 * The words of the human report layouts (headings, column names, summary words, buttons), in
 * English and Chinese. Both languages have the same keys (the type says so); the Chinese uses the
 * agreement's own vocabulary (账号, 条款, 到期, 金额, 欠费 …). Rule messages are not here: they come
 * with the findings.
 */
import type { Lang, Status } from '../contract/report.js';

/** Every label a human format uses. */
export interface Labels {
  /** A status as people read it. */
  status: Record<Status, string>;
  /** `3 fail` / `未通过 3`. */
  count: (n: number | string, word: string) => string;
  /** The separator between counts. */
  listSep: string;
  /** A remark set apart: `(invalid)`, `（无效）`. */
  aside: (text: string) => string;
  /** Between a label and what it introduces: `: `, `：`. */
  colon: string;
  error: string;
  note: string;
  invalid: string;
  internalError: (rule: string) => string;
  waivedUntil: (expires: string, reason: string) => string;
  waivedBy: (owner: string, expires: string, reference: string | undefined, reason: string) => string;
  waived: string;
  /** `3 files, 1 invalid` */
  files: (n: number, invalid: number) => string;
  asOf: (instant: string) => string;
  /** The text report's totals line: `3 files: 1 fail, … (as of …)`, with the language's punctuation. */
  totals: (files: string, counts: string, asOf: string) => string;
  /** How many of the counted findings are waived (shown apart in summaries). */
  waivedCount: (n: number) => string;
  /** The heading of the waived count in the customer report's run facts. */
  waivedLabel: string;
  /** How an account is named in a header: name and id. */
  account: (name: string | undefined, id: string | undefined) => string;
  // The customer report (HTML).
  reportTitle: string;
  reportHeading: string;
  reportSub: (files: number) => string;
  accounts: string;
  accountName: string;
  accountId: string;
  unnamedAccount: string;
  file: string;
  result: string;
  search: string;
  sortBy: string;
  sortFails: string;
  sortWarns: string;
  sortName: string;
  backToIndex: string;
  print: string;
  attention: string;
  nothingToAttend: string;
  folded: (pass: number | string, skip: number | string) => string;
  clause: string;
  clauseAppendix: string;
  clauseAppendixIntro: string;
  clauseSummary: string;
  evidenceAppendix: string;
  evidenceIntro: string;
  tool: string;
  agreement: string;
  failOn: string;
  baseline: string;
  sha256: string;
  location: string;
  subject: string;
  rule: string;
  due: string;
  amount: string;
  problems: string;
  notes: string;
  invalidProfile: string;
  noMatch: string;
  shown: (shown: number | string, total: number | string) => string;
  asOfLabel: string;
  showAll: (total: number | string) => string;
  evidenceLink: string;
  generatedBy: string;
  footer: string;
  // CSV column names.
  csv: Record<CsvColumn, string>;
}

/** The CSV columns, in order (keys stay English in both languages' code; headers are translated). */
export const CSV_COLUMNS = [
  'file', 'account_id', 'account_name', 'line', 'column', 'rule', 'clauses', 'status', 'subject', 'message',
  'due_at', 'amount', 'amount_kind', 'waived', 'waiver_reason', 'waiver_owner', 'waiver_expires', 'waiver_reference',
  'sha256', 'agreement', 'as_of', 'tool_version',
] as const;

/** One CSV column key. */
type CsvColumn = (typeof CSV_COLUMNS)[number];

const EN: Labels = {
  status: { fail: 'fail', warn: 'warn', pass: 'pass', skip: 'skip' },
  count: (n, word) => `${n} ${word}`,
  listSep: ', ',
  aside: (text) => `(${text})`,
  colon: ': ',
  error: 'error',
  note: 'note',
  invalid: 'invalid',
  internalError: (rule) => `internal error in rule ${rule}`,
  waivedUntil: (expires, reason) => `waived until ${expires}: ${reason}`,
  waivedBy: (owner, expires, reference, reason) => `Waived by ${owner} until ${expires}${reference ? ` (${reference})` : ''}: ${reason}`,
  waived: 'waived',
  files: (n, invalid) => `${n} file${n === 1 ? '' : 's'}${invalid ? `, ${invalid} invalid` : ''}`,
  asOf: (instant) => `as of ${instant}`,
  totals: (files, counts, asOf) => `${files}: ${counts} (${asOf})`,
  waivedCount: (n) => `${n} of them waived`,
  waivedLabel: 'Waived (not counted toward the exit code)',
  account: (name, id) => (name && id ? `${name} (${id})` : name ?? (id ? `account ${id}` : '')),
  reportTitle: 'Service agreement check',
  reportHeading: 'Alibaba Cloud service agreement check',
  reportSub: (files) => `${files} account${files === 1 ? '' : 's'} checked clause by clause`,
  accounts: 'Accounts',
  accountName: 'Account',
  accountId: 'Account ID',
  unnamedAccount: '(no account name)',
  file: 'File',
  result: 'Result',
  search: 'Search by account name, ID or file',
  sortBy: 'Sort by',
  sortFails: 'most failures',
  sortWarns: 'most warnings',
  sortName: 'name',
  backToIndex: '← All accounts',
  print: 'Print',
  attention: 'Needs attention',
  nothingToAttend: 'Nothing needs attention: no failures or warnings.',
  folded: (pass, skip) => `Passed (${pass}) and skipped (${skip}) checks`,
  clause: 'Clause',
  clauseAppendix: 'Appendix A: clauses cited',
  clauseAppendixIntro: 'The original text of each clause of the Alibaba Cloud service agreement cited above, with a short English summary (not legal advice).',
  clauseSummary: 'Summary',
  evidenceAppendix: 'Appendix B: evidence',
  evidenceIntro: 'What was checked, exactly: the input file, its SHA-256 digest, and where in it each finding comes from.',
  tool: 'Tool',
  agreement: 'Agreement',
  failOn: 'Fail on',
  baseline: 'Baseline',
  sha256: 'SHA-256',
  location: 'Line:column',
  subject: 'Subject',
  rule: 'Check',
  due: 'Due',
  amount: 'Amount',
  problems: 'The profile could not be read in full',
  notes: 'Notes',
  invalidProfile: 'invalid',
  noMatch: 'No account matches the search.',
  shown: (shown, total) => `${shown} of ${total} accounts`,
  asOfLabel: 'As of',
  showAll: (total) => `Show all ${total}`,
  evidenceLink: 'evidence',
  generatedBy: 'Generated by',
  footer: 'Clause texts are quoted from the agreement; the summaries are not legal advice. The evidence appendix identifies the exact input checked.',
  csv: {
    file: 'file', account_id: 'account_id', account_name: 'account_name', line: 'line', column: 'column', rule: 'rule', clauses: 'clauses',
    status: 'status', subject: 'subject', message: 'message', due_at: 'due_at', amount: 'amount', amount_kind: 'amount_kind', waived: 'waived',
    waiver_reason: 'waiver_reason', waiver_owner: 'waiver_owner', waiver_expires: 'waiver_expires', waiver_reference: 'waiver_reference',
    sha256: 'sha256', agreement: 'agreement', as_of: 'as_of', tool_version: 'tool_version',
  },
};

const ZH: Labels = {
  status: { fail: '未通过', warn: '警告', pass: '通过', skip: '跳过' },
  count: (n, word) => `${word} ${n}`,
  listSep: '，',
  aside: (text) => `（${text}）`,
  colon: '：',
  error: '错误',
  note: '提示',
  invalid: '无效',
  internalError: (rule) => `规则 ${rule} 内部错误`,
  waivedUntil: (expires, reason) => `已豁免至 ${expires}：${reason}`,
  waivedBy: (owner, expires, reference, reason) => `由 ${owner} 豁免至 ${expires}${reference ? `（${reference}）` : ''}：${reason}`,
  waived: '已豁免',
  files: (n, invalid) => `${n} 个文件${invalid ? `，${invalid} 个无效` : ''}`,
  asOf: (instant) => `评估时点 ${instant}`,
  totals: (files, counts, asOf) => `${files}：${counts}（${asOf}）`,
  waivedCount: (n) => `其中 ${n} 项已豁免`,
  waivedLabel: '已豁免（不计入退出码）',
  account: (name, id) => (name && id ? `${name}（账号 ID ${id}）` : name ?? (id ? `账号 ID ${id}` : '')),
  reportTitle: '服务协议检查',
  reportHeading: '阿里云服务协议检查报告',
  reportSub: (files) => `逐条检查 ${files} 个账号`,
  accounts: '账号',
  accountName: '账号名称',
  accountId: '账号 ID',
  unnamedAccount: '（未填写账号名称）',
  file: '文件',
  result: '结果',
  search: '按账号名称、账号 ID 或文件搜索',
  sortBy: '排序',
  sortFails: '未通过最多',
  sortWarns: '警告最多',
  sortName: '名称',
  backToIndex: '← 全部账号',
  print: '打印',
  attention: '需要处理',
  nothingToAttend: '无需处理：没有未通过或警告的检查项。',
  folded: (pass, skip) => `已通过（${pass}）和已跳过（${skip}）的检查项`,
  clause: '条款',
  clauseAppendix: '附录 A：引用的条款',
  clauseAppendixIntro: '上文引用的阿里云服务协议条款原文。',
  clauseSummary: '摘要',
  evidenceAppendix: '附录 B：检查依据',
  evidenceIntro: '本次检查的确切输入：文件、其 SHA-256 摘要，以及每项结果在文件中的位置。',
  tool: '工具',
  agreement: '协议版本',
  failOn: '失败阈值',
  baseline: '基线',
  sha256: 'SHA-256',
  location: '行:列',
  subject: '对象',
  rule: '检查项',
  due: '到期',
  amount: '金额',
  problems: '配置文件未能完整读取',
  notes: '提示',
  invalidProfile: '无效',
  noMatch: '没有符合搜索条件的账号。',
  shown: (shown, total) => `共 ${total} 个账号，显示 ${shown} 个`,
  asOfLabel: '评估时点',
  showAll: (total) => `显示全部 ${total} 个`,
  evidenceLink: '依据',
  generatedBy: '生成工具',
  footer: '条款内容引自服务协议原文。附录 B 载明本次检查的确切输入。',
  csv: {
    file: '文件', account_id: '账号ID', account_name: '账号名称', line: '行', column: '列', rule: '规则', clauses: '条款',
    status: '状态', subject: '对象', message: '说明', due_at: '到期时间', amount: '金额', amount_kind: '金额类型', waived: '已豁免',
    waiver_reason: '豁免原因', waiver_owner: '豁免负责人', waiver_expires: '豁免到期', waiver_reference: '豁免依据',
    sha256: 'SHA-256', agreement: '协议版本', as_of: '评估时点', tool_version: '工具版本',
  },
};

/** Labels per language. */
const LABELS: Record<Lang, Labels> = { en: EN, 'zh-CN': ZH };

/** The labels of a language (English when none is given). */
export function labelsFor(lang: Lang | undefined): Labels {
  return LABELS[lang ?? 'en'];
}
