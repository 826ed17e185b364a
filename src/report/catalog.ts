/** The rule catalog, clause coverage and explanations, as data and as text (pure functions). */
import { z } from 'zod';
import type { Rule } from '../engine/types.js';
import { CLAUSES, getClause, type Clause } from '../model/clauses/index.js';

/** One option of a rule with its default. */
export interface OptionInfo {
  name: string;
  type: string;
  default: unknown;
  description?: string;
}

/** A rule's catalog entry. */
export interface CatalogEntry {
  id: string;
  title: string;
  clauses: string[];
  description: string;
  options: OptionInfo[];
}

/** The options of a rule, read from its zod schema (defaults applied to `{}`). */
export function ruleOptions(rule: Rule): OptionInfo[] {
  const defaults = rule.options.parse({}) as Record<string, unknown>;
  const schema = z.toJSONSchema(rule.options, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { type?: string; description?: string }> };
  return Object.entries(schema.properties ?? {}).map(([name, prop]) => ({
    name,
    type: prop.type ?? 'value',
    default: defaults[name],
    ...(prop.description ? { description: prop.description } : {}),
  }));
}

/** The catalog entries of rules, in the order given. */
export function catalog(rules: readonly Rule[]): CatalogEntry[] {
  return rules.map((rule) => ({ id: rule.id, title: rule.title, clauses: [...rule.clauses], description: rule.description, options: ruleOptions(rule) }));
}

/** `name=default, ...` or `none`. */
export function optionSummary(options: readonly OptionInfo[]): string {
  return options.length ? options.map((o) => `${o.name}=${String(o.default)}`).join(', ') : 'none';
}

/** The clause references of a rule, e.g. `§3.2.2 §9.1.2`. */
export function clauseRefs(clauses: readonly string[]): string {
  return clauses.map((c) => `§${c}`).join(' ');
}

/** How one clause is covered. */
export interface ClauseCoverage {
  number: string;
  title: string;
  /** `covered` by rules (a heading: every checkable sub-clause covered); `uncheckable` with a reason; `gap` when checkable but no rule covers it; `heading` for a clause with sub-clauses not all covered. */
  state: 'covered' | 'uncheckable' | 'gap' | 'heading';
  rules: string[];
  reason?: string;
}

/** The coverage of every clause, and the share of checkable clauses covered. */
export interface Coverage {
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
export function coverage(rules: readonly Rule[]): Coverage {
  const citing = (number: string) => rules.filter((r) => r.clauses.includes(number as never)).map((r) => r.id);
  const clauses = CLAUSES.map((clause): ClauseCoverage => {
    const leaves = leavesUnder(clause.number);
    const base = { number: clause.number, title: clause.title };
    if (leaves.length === 0) {
      const covering = citing(clause.number);
      if (covering.length) return { ...base, state: 'covered', rules: covering };
      if (clause.uncheckable) return { ...base, state: 'uncheckable', rules: [], reason: clause.uncheckable };
      return { ...base, state: 'gap', rules: [], reason: 'checkable in principle, but no rule covers it yet' };
    }
    const rulesUnder = [...new Set([...citing(clause.number), ...leaves.flatMap((leaf) => citing(leaf.number))])];
    const gaps = leaves.filter((leaf) => !leaf.uncheckable && citing(leaf.number).length === 0);
    const coveredLeaves = leaves.filter((leaf) => citing(leaf.number).length > 0);
    if (clause.uncheckable && coveredLeaves.length === 0) return { ...base, state: 'uncheckable', rules: [], reason: clause.uncheckable };
    if (gaps.length === 0 && coveredLeaves.length > 0) return { ...base, state: 'covered', rules: rulesUnder };
    const open = gaps.length ? ` (not yet: ${gaps.map((g) => `§${g.number}`).join(', ')})` : '';
    return { ...base, state: 'heading', rules: rulesUnder, reason: `a heading: covered only when its sub-clauses are${open}` };
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
export function coverageText(cov: Coverage): string {
  const lines = cov.clauses.map((c) => {
    const what = c.state === 'covered' ? c.rules.join(', ') : c.state === 'heading' && c.rules.length ? `${c.reason ?? ''}; so far ${c.rules.join(', ')}` : c.reason ?? '';
    return `§${c.number.padEnd(8)} ${c.state.padEnd(11)} ${c.title} — ${what}`;
  });
  lines.push('', `${cov.covered} of ${cov.checkable} checkable clauses covered (${cov.percent}%); ${cov.uncheckable} clauses no configuration can show.`);
  return `${lines.join('\n')}\n`;
}

/** The explanation of one clause: its text and the rules that cover it, or why none can. */
export function explainClause(number: string, rules: readonly Rule[]): string | undefined {
  const clause = getClause(number.replace(/^§/, ''));
  if (!clause) return undefined;
  const covering = rules.filter((r) => r.clauses.includes(clause.number as never));
  const lines = [`§${clause.number} ${clause.title}`, '', clause.summary, '', '原文 (original):', clause.original, ''];
  if (covering.length) lines.push('Checked by:', ...covering.map((r) => `  ${r.id} — ${r.title}`));
  else if (clause.uncheckable) lines.push(`No configuration can show this clause: ${clause.uncheckable}`);
  else lines.push('No rule checks this clause yet.');
  return `${lines.join('\n')}\n`;
}

/** The explanation of one rule: what it checks, its options, how to fix a finding, and its clauses' text. */
export function explainRule(rule: Rule): string {
  const lines = [`${rule.id} — ${rule.title}`, `Clauses: ${clauseRefs(rule.clauses)}`, '', rule.description, ''];
  const options = ruleOptions(rule);
  lines.push('Options (defaults):', ...(options.length ? options.map((o) => `  ${o.name}: ${String(o.default)}`) : ['  none']), '');
  if (rule.fix) lines.push('How to fix a finding:', rule.fix, '');
  for (const number of rule.clauses) {
    const clause = getClause(number);
    if (clause) lines.push(`§${clause.number} ${clause.title}`, `  ${clause.summary}`, `  原文: ${clause.original.replace(/\n+/g, ' ')}`, '');
  }
  lines.push(`Docs: docs/rules/${rule.id}.md`);
  return `${lines.join('\n')}\n`;
}

/** The catalog as text: one line per rule. */
export function rulesText(entries: readonly CatalogEntry[]): string {
  const width = Math.max(...entries.map((e) => e.id.length), 2);
  const lines = entries.map((e) => `${e.id.padEnd(width)}  ${clauseRefs(e.clauses).padEnd(22)} ${e.title}  [${optionSummary(e.options)}]`);
  lines.push('', `${entries.length} rules. Run "clausecheck explain <rule-id>" for one rule's logic, options and clause text.`);
  return `${lines.join('\n')}\n`;
}

/** The catalog as a Markdown table (the README's rule table is this text). */
export function rulesMarkdown(entries: readonly CatalogEntry[]): string {
  const rows = entries.map((e) => `| [\`${e.id}\`](docs/rules/${e.id}.md) | ${clauseRefs(e.clauses)} | ${e.title} | ${optionSummary(e.options).replace(/\|/g, '\\|')} |`);
  return ['| rule | clauses | checks | options (defaults) |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}
