/** The rule catalog, clause coverage and explanations, as data and as text (pure functions). */
import type { Rule } from '../engine/types.js';
import { CLAUSES, getClause, uncheckableReason, type Clause } from '../model/clauses/index.js';
import type { Lang } from '../contract/report.js';
import { ruleText } from '../../rules/i18n/index.js';
import { ruleOptionInfo } from '../../rules/options/index.js';
import type { OptionInfo } from '../engine/rule-options.js';
import { CATALOG_TEXT } from './catalog-text.js';

/** A rule's catalog entry. */
interface CatalogEntry {
  id: string;
  title: string;
  clauses: string[];
  description: string;
  options: OptionInfo[];
}

/** The catalog entries of rules, in the order given. */
export function catalog(rules: readonly Rule[], lang: Lang = 'en'): CatalogEntry[] {
  return rules.map((rule) => {
    const text = ruleText(rule, lang);
    return { id: rule.id, title: text.title, clauses: [...rule.clauses], description: text.description, options: ruleOptionInfo(rule) };
  });
}

/** `name=default, ...` or `none`. */
function optionSummary(options: readonly OptionInfo[], lang: Lang = 'en'): string {
  return options.length ? options.map((o) => `${o.name}=${String(o.default)}`).join(', ') : CATALOG_TEXT[lang].none;
}

/** A clause's first sentence in the original, for a one-line title in Chinese output. */
function originalTitle(clause: Clause): string {
  const flat = clause.original.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  const sentence = flat.split(/[。；：]/)[0] ?? flat;
  return sentence.length > 40 ? `${sentence.slice(0, 40)}…` : sentence;
}

/** The clause references of a rule, e.g. `§3.2.2 §9.1.2`. */
export function clauseRefs(clauses: readonly string[]): string {
  return clauses.map((c) => `§${c}`).join(' ');
}

/** How one clause is covered. */
interface ClauseCoverage {
  number: string;
  title: string;
  /** `covered` by rules (a heading: every checkable sub-clause covered); `uncheckable` with a reason; `gap` when checkable but no rule covers it; `heading` for a clause with sub-clauses not all covered. */
  state: 'covered' | 'uncheckable' | 'gap' | 'heading';
  rules: string[];
  reason?: string;
}

/** The coverage of every clause, and the share of checkable clauses covered. */
interface Coverage {
  clauses: ClauseCoverage[];
  checkable: number;
  covered: number;
  uncheckable: number;
  /** Covered checkable clauses as a percentage, one decimal. */
  percent: number;
}

/** The leaf clauses under a heading (clauses whose number starts with `number.` and that have no sub-clauses). */
function leavesUnder(number: string): Clause[] {
  const under = CLAUSES.filter((c) => c.number.startsWith(`${number}.`));
  return under.filter((c) => !under.some((d) => d.number.startsWith(`${c.number}.`)));
}

/**
 * Every clause with the rules that cover it, or the reason none can. A leaf clause is covered when a
 * rule cites it. A heading (a clause with sub-clauses, e.g. §10.3 or §12) is covered only when every
 * checkable sub-clause is: citing the heading alone does not cover it. The counts are over leaves.
 */
export function coverage(rules: readonly Rule[], lang: Lang = 'en'): Coverage {
  const text = CATALOG_TEXT[lang];
  const citing = (number: string) => rules.filter((r) => r.clauses.includes(number as never)).map((r) => r.id);
  const clauses = CLAUSES.map((clause): ClauseCoverage => {
    const leaves = leavesUnder(clause.number);
    const base = { number: clause.number, title: lang === 'en' ? clause.title : originalTitle(clause) };
    if (leaves.length === 0) {
      const covering = citing(clause.number);
      if (covering.length) return { ...base, state: 'covered', rules: covering };
      const reason = uncheckableReason(clause, lang);
      if (reason !== undefined) return { ...base, state: 'uncheckable', rules: [], reason };
      return { ...base, state: 'gap', rules: [], reason: text.gap };
    }
    const rulesUnder = [...new Set([...citing(clause.number), ...leaves.flatMap((leaf) => citing(leaf.number))])];
    const gaps = leaves.filter((leaf) => !leaf.uncheckable && citing(leaf.number).length === 0);
    const coveredLeaves = leaves.filter((leaf) => citing(leaf.number).length > 0);
    const reason = uncheckableReason(clause, lang);
    if (reason !== undefined && coveredLeaves.length === 0) return { ...base, state: 'uncheckable', rules: [], reason };
    if (gaps.length === 0 && coveredLeaves.length > 0) return { ...base, state: 'covered', rules: rulesUnder };
    const open = gaps.length ? text.notYet({ refs: gaps.map((g) => `§${g.number}`).join(', ') }) : '';
    return { ...base, state: 'heading', rules: rulesUnder, reason: `${text.heading}${open}` };
  });
  const leaf = new Set(CLAUSES.filter((c) => leavesUnder(c.number).length === 0).map((c) => c.number));
  const leafStates = clauses.filter((c) => leaf.has(c.number));
  const checkable = leafStates.filter((c) => c.state === 'covered' || c.state === 'gap').length;
  const covered = leafStates.filter((c) => c.state === 'covered').length;
  const uncheckable = leafStates.filter((c) => c.state === 'uncheckable').length;
  const percent = checkable === 0 ? 0 : Math.round((covered / checkable) * 1000) / 10;
  return { clauses, checkable, covered, uncheckable, percent };
}

/** The coverage report as text. */
export function coverageText(cov: Coverage, lang: Lang = 'en'): string {
  const text = CATALOG_TEXT[lang];
  const lines = cov.clauses.map((c) => {
    const what = c.state === 'covered' ? c.rules.join(', ') : c.state === 'heading' && c.rules.length ? text.soFar({ reason: c.reason ?? '', rules: c.rules.join(', ') }) : c.reason ?? '';
    return `§${c.number.padEnd(8)} ${c.state.padEnd(11)} ${c.title} — ${what}`;
  });
  lines.push('', text.coverageFooter(cov));
  return `${lines.join('\n')}\n`;
}

/** The explanation of one clause: its text and the rules that cover it, or why none can. */
export function explainClause(number: string, rules: readonly Rule[], lang: Lang = 'en'): string | undefined {
  const clause = getClause(number.replace(/^§/, ''));
  if (!clause) return undefined;
  const text = CATALOG_TEXT[lang];
  const covering = rules.filter((r) => r.clauses.includes(clause.number as never));
  // In Chinese the clause is its original text only: no back-translated title or summary.
  const lines = lang === 'en' ? [`§${clause.number} ${clause.title}`, '', clause.summary, '', text.original, clause.original, ''] : [`§${clause.number}`, '', text.original, clause.original, ''];
  if (covering.length) lines.push(text.checkedBy, ...covering.map((r) => `  ${r.id} — ${ruleText(r, lang).title}`));
  else if (clause.uncheckable) lines.push(text.uncheckable({ reason: uncheckableReason(clause, lang) ?? clause.uncheckable }));
  else lines.push(text.noRule);
  return `${lines.join('\n')}\n`;
}

/** The explanation of one rule: what it checks, its options, how to fix a finding, and its clauses' text. */
export function explainRule(rule: Rule, lang: Lang = 'en'): string {
  const text = CATALOG_TEXT[lang];
  const words = ruleText(rule, lang);
  const lines = [`${rule.id} — ${words.title}`, text.clausesLine({ refs: clauseRefs(rule.clauses) }), '', words.description, ''];
  const options = ruleOptionInfo(rule);
  lines.push(text.optionsHeading, ...(options.length ? options.map((o) => `  ${o.name}: ${String(o.default)}`) : [`  ${text.none}`]), '');
  if (words.fix) lines.push(text.fixHeading, words.fix, '');
  for (const number of rule.clauses) {
    const clause = getClause(number);
    if (!clause) continue;
    const original = `  ${text.originalInline} ${clause.original.replace(/\n+/g, ' ')}`;
    lines.push(...(lang === 'en' ? [`§${clause.number} ${clause.title}`, `  ${clause.summary}`, original] : [`§${clause.number}`, original]), '');
  }
  lines.push(text.docs({ id: rule.id }));
  return `${lines.join('\n')}\n`;
}

/** The catalog as text: one line per rule. */
export function rulesText(entries: readonly CatalogEntry[], lang: Lang = 'en'): string {
  const width = Math.max(...entries.map((e) => e.id.length), 2);
  const lines = entries.map((e) => `${e.id.padEnd(width)}  ${clauseRefs(e.clauses).padEnd(22)} ${e.title}  [${optionSummary(e.options, lang)}]`);
  lines.push('', CATALOG_TEXT[lang].rulesFooter({ count: entries.length }));
  return `${lines.join('\n')}\n`;
}

/** The catalog as a Markdown table (the README's rule table is this text). */
export function rulesMarkdown(entries: readonly CatalogEntry[], lang: Lang = 'en'): string {
  const rows = entries.map((e) => `| [\`${e.id}\`](docs/rules/${e.id}.md) | ${clauseRefs(e.clauses)} | ${e.title} | ${optionSummary(e.options, lang).replace(/\|/g, '\\|')} |`);
  return [CATALOG_TEXT[lang].mdHeader, '|---|---|---|---|', ...rows].join('\n') + '\n';
}
