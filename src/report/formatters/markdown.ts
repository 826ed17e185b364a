/** Markdown for a pull-request comment (and the GitHub step summary): a summary table, then findings. */
import { displayedFindings } from '../display.js';
import { getClause } from '../../model/clauses/index.js';
import type { FileReport, FormatContext, Formatter, Lang, Report, ReportFinding, Status } from '../../contract/report.js';
import { INVALID_INPUT, countStatuses, displayPath, fileResult, ruleDocUrl } from './common.js';
import { BASELINE_TEXT, baselineLabel, fixedText } from '../baseline-words.js';
import { MARKDOWN_TEXT } from './markdown-text.js';
import { mdText } from './cells.js';

/** GitHub rejects comments over 65,536 characters; we stay under this many. */
export const MARKDOWN_LIMIT = 65_000;

/** How a Markdown report is sized and titled. */
interface MarkdownOptions {
  /** The most the output may measure, the note about cuts included. */
  limit: number;
  /** The size of a string in the limit's unit (characters, or UTF-8 bytes). */
  measure: (text: string) => number;
  /** The unit's name in the note about cuts. */
  unit: 'characters' | 'bytes';
  /** The heading; the language's default title when absent. */
  title?: string;
}

const ICON: Record<Status | 'invalid' | 'none', string> = { fail: '❌', warn: '⚠️', pass: '✅', skip: '⏭️', invalid: '🚫', none: '➖' };

/** A code span that holds any text (backtick runs and pipes included) on one line. */
export function mdCode(value: string): string {
  const text = value.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A rule id as a reference-link label (ids are kebab-case; anything else is dropped). */
function label(rule: string): string {
  return rule.replace(/[^A-Za-z0-9._-]/g, '');
}

/** A clause's link title: its English title, or in Chinese the start of the original text (the agreement has no clause titles). */
function clauseTitle(number: string, lang: Lang): string | undefined {
  const clause = getClause(number);
  if (!clause) return undefined;
  if (lang === 'en') return clause.title;
  return clause.original.length > 40 ? `${clause.original.slice(0, 40)}…` : clause.original;
}

/** Reference-link definitions for every rule of the report and each of its clauses. */
function linkDefinitions(report: Report, lang: Lang): string[] {
  const defs = new Map<string, string>();
  for (const f of report.files.flatMap((file) => file.findings)) {
    const rule = label(f.rule);
    defs.set(rule, `[${rule}]: ${ruleDocUrl(f.rule)}`);
    for (const c of f.clauses) {
      const title = clauseTitle(c, lang);
      defs.set(`${rule} §${c}`, `[${rule} §${c}]: ${ruleDocUrl(f.rule)}${title ? ` "${title.replace(/"/g, "'")}"` : ''}`);
    }
  }
  return [...defs.values()];
}

function clauseLinks(f: ReportFinding): string {
  if (f.clauses.length === 0) return '—';
  return f.clauses.map((c) => `[§${c}][${label(f.rule)} §${c}]`).join(' ');
}

function findingRow(f: ReportFinding, text: MarkdownText, lang: Lang): string {
  const status = `${ICON[f.status]} ${f.status}${f.waived ? ` ${text.waived}` : ''}${f.baseline ? ` (${baselineLabel(f.baseline, lang)})` : ''}`;
  const message = mdText(f.message) + (f.waived ? `<br>*${mdText(text.waiver(f.waived))}*` : '');
  return `| ${status} | [${label(f.rule)}][] | ${clauseLinks(f)} | ${f.line}:${f.column} | ${mdCode(f.subject)} | ${message} |`;
}

type MarkdownText = (typeof MARKDOWN_TEXT)['en'];

/** The rows listed for a file: input errors, internal errors, then findings (all with --verbose; those of --only; by due date with --sort due). */
function fileRows(file: FileReport, context: FormatContext, text: MarkdownText): { rows: string[]; errors: number } {
  const rows = file.errors.map((e) => `| ${ICON.invalid} error | ${INVALID_INPUT} | — | ${e.line}:${e.column} | ${mdCode(e.path.join('.'))} | ${mdText(e.message)} |`);
  for (const e of file.internalErrors ?? []) rows.push(`| ${ICON.invalid} error | ${mdText(e.rule)} | — | — | — | ${mdText(text.internal(e))} |`);
  const errors = rows.length;
  const shown = displayedFindings(file.findings, context);
  const order: Record<Status, number> = { fail: 0, warn: 1, pass: 2, skip: 3 };
  rows.push(...[...shown].sort((a, b) => order[a.status] - order[b.status]).map((f) => findingRow(f, text, context.lang ?? 'en')));
  for (const entry of file.baselineFixed ?? []) rows.push(`| ${ICON.pass} ${BASELINE_TEXT[context.lang ?? 'en'].fixedStatus()} | ${mdCode(entry.rule)} | — | — | ${mdCode(entry.subject)} | ${mdText(fixedText(entry, context.lang))} |`);
  return { rows, errors };
}

/** Builds lines under a size budget; once something does not fit, it takes nothing more. */
class Budget {
  readonly lines: string[] = [];
  private used = 0;
  full = false;
  constructor(private readonly limit: number, private readonly measure: (text: string) => number) {}
  /** Adds the lines if they all fit, else marks the budget full; true when added. */
  add(...lines: string[]): boolean {
    if (this.full) return false;
    const size = lines.reduce((sum, line) => sum + this.measure(line) + 1, 0);
    if (this.used + size > this.limit) {
      this.full = true;
      return false;
    }
    this.lines.push(...lines);
    this.used += size;
    return true;
  }
}

/** Renders the report as Markdown within `options.limit`, with a note saying what was cut. */
export function renderMarkdown(report: Report, context: FormatContext, options: MarkdownOptions): string {
  const s = report.summary;
  const text = MARKDOWN_TEXT[context.lang ?? 'en'];
  const definitions = linkDefinitions(report, context.lang ?? 'en');
  const reserved = definitions.reduce((sum, d) => sum + options.measure(d) + 1, 1200);
  const budget = new Budget(options.limit - reserved, options.measure);
  budget.add(
    `## ${options.title ?? text.title}`,
    '',
    text.totals(s),
    '',
    ...(report.baseline ? [mdText(BASELINE_TEXT[context.lang ?? 'en'].summary({ baseline: report.baseline })), ''] : []),
    text.evidence({ tool: `${mdText(report.tool.name)} ${mdText(report.tool.version)}`, agreement: mdCode(report.agreement), asOf: mdCode(report.asOf), failOn: context.failOn }),
    '',
    text.summaryHead,
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  );
  let summaryCut = 0;
  for (const file of report.files) {
    const c = countStatuses(file.findings);
    const result = fileResult(file);
    const row = `| ${mdText(displayPath(file.file, context.cwd))} | ${ICON[result]} ${result} | ${c.fail} | ${c.warn} | ${c.pass} | ${c.skip} | ${file.sha256 ? mdCode(file.sha256) : '—'} |`;
    if (!budget.add(row)) summaryCut++;
  }
  let findingsCut = 0;
  let errorsCut = 0;
  const filesCut = new Set<string>();
  for (const file of report.files) {
    const { rows, errors } = fileRows(file, context, text);
    const notes = (file.notes ?? []).map((n) => `> ${mdText(n)}`);
    if (rows.length === 0 && notes.length === 0) continue;
    const head = ['', `### ${ICON[fileResult(file)]} ${mdText(displayPath(file.file, context.cwd))}`, ''];
    const opened = budget.add(...head, ...(notes.length ? [...notes, ''] : []), ...(rows.length ? [text.findingsHead, '| --- | --- | --- | --- | --- | --- |'] : []));
    rows.forEach((row, i) => {
      if (opened && budget.add(row)) return;
      filesCut.add(file.file);
      if (i < errors) errorsCut++;
      else findingsCut++;
    });
  }
  const out = [...budget.lines];
  if (budget.full) {
    const parts = [];
    if (findingsCut) parts.push(text.cutFindings({ findings: findingsCut, errors: errorsCut, files: filesCut.size }));
    else if (errorsCut) parts.push(text.cutErrors({ errors: errorsCut, files: filesCut.size }));
    if (summaryCut) parts.push(text.cutSummary({ files: summaryCut }));
    out.push('', `> [!WARNING]`, `> ${text.cut({ limit: options.limit, unit: options.unit, parts: parts.join(context.lang === 'zh-CN' ? '；' : '; ') || text.cutSome })}`, text.cutFull);
  }
  const footer = context.verbose || context.only ? '' : text.footer;
  if (footer) out.push('', `<sub>${footer}</sub>`);
  if (definitions.length) out.push('', ...definitions);
  return `${out.join('\n')}\n`;
}

/** Markdown for a pull-request comment, at most 65,000 characters, saying what it cut. */
export const formatMarkdown: Formatter = (report, context) =>
  renderMarkdown(report, context, { limit: MARKDOWN_LIMIT, measure: (text) => text.length, unit: 'characters' });
