/** The words of the Markdown report (and the GitHub step summary), in English and zh-CN; status words stay English. */
import { catalogs } from '../../util/i18n.js';

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Markdown labels by language. */
export const MARKDOWN_TEXT = catalogs(
  {
    title: 'clausecheck report',
    totals: (p: { fail: number; warn: number; pass: number; skip: number; files: number; invalid: number; waived?: number }) =>
      `**${p.fail} fail · ${p.warn} warn · ${p.pass} pass · ${p.skip} skip${p.waived ? ` · ${p.waived} of them waived` : ''}** in ${plural(p.files, 'file')}${p.invalid ? ` (${p.invalid} invalid)` : ''}`,
    evidence: (p: { tool: string; agreement: string; asOf: string; failOn: string }) => `Evidence: ${p.tool} · agreement ${p.agreement} · as of ${p.asOf} · fail-on ${p.failOn}`,
    summaryHead: '| File | Result | Fail | Warn | Pass | Skip | SHA-256 |',
    findingsHead: '| Status | Rule | Clauses | Line:Col | Subject | Message |',
    waived: '(waived)',
    waiver: (p: { owner: string; expires: string; reference?: string; reason: string }) =>
      `waived by ${p.owner} until ${p.expires}${p.reference ? ` (${p.reference})` : ''}: ${p.reason}`,
    internal: (p: { message: string }) => `internal error: ${p.message}`,
    cutFindings: (p: { findings: number; errors: number; files: number }) =>
      `${plural(p.findings, 'finding')}${p.errors ? ` and ${plural(p.errors, 'input error')}` : ''} in ${plural(p.files, 'file')} are not listed`,
    cutErrors: (p: { errors: number; files: number }) => `${plural(p.errors, 'input error')} in ${plural(p.files, 'file')} are not listed`,
    cutSummary: (p: { files: number }) => `the summary table leaves out ${plural(p.files, 'file')} (the totals above count them)`,
    cutSome: 'some sections are not shown',
    cut: (p: { limit: number; unit: 'characters' | 'bytes'; parts: string }) => `**Cut to stay under ${p.limit.toLocaleString('en-US')} ${p.unit}:** ${p.parts}.`,
    cutFull: '> For the full report, run clausecheck with `--format html=report.html` (or `sarif`, `csv`, `json`).',
    footer: 'Pass and skip findings are counted above but not listed (run with `--verbose` to list them).',
  },
  {
    title: 'clausecheck 报告',
    totals: (p) => `**${p.fail} fail · ${p.warn} warn · ${p.pass} pass · ${p.skip} skip${p.waived ? ` · 其中 ${p.waived} 项已豁免` : ''}**，共 ${p.files.toLocaleString('en-US')} 个文件${p.invalid ? `（${p.invalid} 个无效）` : ''}`,
    evidence: (p) => `证据：${p.tool} · 协议 ${p.agreement} · 评估时点 ${p.asOf} · fail-on ${p.failOn}`,
    summaryHead: '| 文件 | 结果 | Fail | Warn | Pass | Skip | SHA-256 |',
    findingsHead: '| 状态 | 规则 | 条款 | 行:列 | 对象 | 消息 |',
    waived: '（已豁免）',
    waiver: (p) => `由 ${p.owner} 豁免至 ${p.expires}${p.reference ? `（${p.reference}）` : ''}：${p.reason}`,
    internal: (p) => `内部错误：${p.message}`,
    cutFindings: (p) => `${p.files.toLocaleString('en-US')} 个文件中的 ${p.findings.toLocaleString('en-US')} 项发现${p.errors ? `和 ${p.errors.toLocaleString('en-US')} 个输入错误` : ''}未列出`,
    cutErrors: (p) => `${p.files.toLocaleString('en-US')} 个文件中的 ${p.errors.toLocaleString('en-US')} 个输入错误未列出`,
    cutSummary: (p) => `汇总表省略了 ${p.files.toLocaleString('en-US')} 个文件（上方合计已包含）`,
    cutSome: '部分内容未显示',
    cut: (p) => `**为不超过 ${p.limit.toLocaleString('en-US')} ${p.unit === 'bytes' ? '字节' : '个字符'}已截断：**${p.parts}。`,
    cutFull: '> 完整报告请用 `--format html=report.html`（或 `sarif`、`csv`、`json`）运行 clausecheck。',
    footer: 'pass 和 skip 发现已计入上方数字但未列出（加 `--verbose` 可列出）。',
  },
);
