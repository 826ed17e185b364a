/** The words of `rules`, `explain` and `coverage`, in English and zh-CN. */
import { catalogs } from '../util/i18n.js';

/** Catalog, explanation and coverage texts by language. */
export const CATALOG_TEXT = catalogs(
  {
    none: 'none',
    rulesFooter: (p: { count: number }) => `${p.count} rules. Run "clausecheck explain <rule-id>" for one rule's logic, options and clause text.`,
    mdHeader: '| rule | clauses | checks | options (defaults) |',
    clausesLine: (p: { refs: string }) => `Clauses: ${p.refs}`,
    optionsHeading: 'Options (defaults):',
    fixHeading: 'How to fix a finding:',
    original: '原文 (original):',
    originalInline: '原文:',
    docs: (p: { id: string }) => `Docs: docs/rules/${p.id}.md`,
    checkedBy: 'Checked by:',
    uncheckable: (p: { reason: string }) => `No configuration can show this clause: ${p.reason}`,
    noRule: 'No rule checks this clause yet.',
    heading: 'a heading: covered only when its sub-clauses are',
    gap: 'checkable in principle, but no rule covers it yet',
    notYet: (p: { refs: string }) => ` (${p.refs} not yet)`,
    soFar: (p: { reason: string; rules: string }) => `${p.reason}; so far ${p.rules}`,
    coverageFooter: (p: { covered: number; checkable: number; percent: number; uncheckable: number }) =>
      `${p.covered} of ${p.checkable} checkable clauses covered (${p.percent}%); ${p.uncheckable} clauses no configuration can show.`,
    notFound: (p: { subject: string; suggestion: string }) => `"${p.subject}" is neither a rule id nor a clause number${p.suggestion}`,
    notFoundHint: 'see "clausecheck rules" and "clausecheck coverage"',
  },
  {
    none: '无',
    rulesFooter: (p) => `共 ${p.count} 条规则。运行 "clausecheck explain <规则 id>" 查看某条规则的逻辑、选项和条款原文。`,
    mdHeader: '| 规则 | 条款 | 检查内容 | 选项（默认值） |',
    clausesLine: (p) => `条款：${p.refs}`,
    optionsHeading: '选项（默认值）：',
    fixHeading: '如何处理发现：',
    original: '原文：',
    originalInline: '原文：',
    docs: (p) => `文档：docs/rules/${p.id}.md`,
    checkedBy: '检查该条款的规则：',
    uncheckable: (p) => `任何配置都无法体现该条款：${p.reason}`,
    noRule: '尚无规则检查该条款。',
    heading: '标题条款：其下各款都覆盖时才算覆盖',
    gap: '原则上可检查，但尚无规则覆盖',
    notYet: (p) => ` (${p.refs} 尚未覆盖)`,
    soFar: (p) => `${p.reason}；目前已由 ${p.rules} 检查`,
    coverageFooter: (p) => `可检查的 ${p.checkable} 个条款中已覆盖 ${p.covered} 个（${p.percent}%）；另有 ${p.uncheckable} 个条款任何配置都无法体现。`,
    notFound: (p) => `"${p.subject}" 既不是规则 id 也不是条款编号${p.suggestion}`,
    notFoundHint: '参见 "clausecheck rules" 和 "clausecheck coverage"',
  },
);
