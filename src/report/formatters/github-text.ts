/** The words of the GitHub Actions annotations, in English and zh-CN (annotation kinds stay GitHub's). */
import { catalogs } from '../../util/i18n.js';

/** GitHub annotation texts by language. */
export const GITHUB_TEXT = catalogs(
  {
    evidenceGroup: 'clausecheck evidence',
    evidence: (p: { tool: string; agreement: string; asOf: string }) => `${p.tool} · agreement ${p.agreement} · as of ${p.asOf}`,
    waived: (p: { status: string }) => `${p.status}, waived`,
    baselined: (p: { status: string; label: string }) => `${p.status}, ${p.label}`,
    internalTitle: (p: { rule: string }) => `internal error in rule ${p.rule}`,
    overflow: (p: { parts: string[]; cap: number }) =>
      `clausecheck: ${p.parts.join(', ')} not annotated (GitHub shows ${p.cap} of each kind per step); every finding is in the step summary and the other report formats`,
    more: (p: { count: number; kind: string }) => `${p.count} more ${p.kind}${p.count === 1 ? '' : 's'}`,
    summary: (p: { fail: number; warn: number; pass: number; skip: number; files: number; invalid: number; asOf: string }) =>
      `clausecheck: ${p.fail} fail, ${p.warn} warn, ${p.pass} pass, ${p.skip} skip in ${p.files} file${p.files === 1 ? '' : 's'}${p.invalid ? `, ${p.invalid} invalid` : ''} (as of ${p.asOf})`,
  },
  {
    evidenceGroup: 'clausecheck 证据',
    evidence: (p) => `${p.tool} · 协议 ${p.agreement} · 评估时点 ${p.asOf}`,
    waived: (p) => `${p.status}，已豁免`,
    baselined: (p) => `${p.status}，${p.label}`,
    internalTitle: (p) => `规则 ${p.rule} 内部错误`,
    overflow: (p) => `clausecheck：${p.parts.join('，')} 未作注释（GitHub 每个步骤每种类型只显示 ${p.cap} 条）；所有发现都在步骤摘要和其他报告格式中`,
    more: (p) => `另有 ${p.count} 条 ${p.kind}`,
    summary: (p) =>
      `clausecheck：未通过 ${p.fail}，警告 ${p.warn}，通过 ${p.pass}，跳过 ${p.skip}，共 ${p.files} 个文件${p.invalid ? `，其中 ${p.invalid} 个无效` : ''}（评估时点 ${p.asOf}）`,
  },
);
