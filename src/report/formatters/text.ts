/**
 * The terminal report. Per file: a header naming the file and the account, then one line per shown
 * finding with its location `file:line:col` first (so terminals keep it clickable), notes, and in a
 * batch a per-file summary line; then the totals. With `context.width` (stdout is a terminal) each
 * line is wrapped to the width with a hanging indent, East Asian wide characters measured as two
 * columns; without it every finding is one line, stable for grep. Every string from an input goes
 * through `visible()` here, where it is printed (so the text format needs no `forHumans` pass over
 * every finding; test/formatters/text.test.ts checks it prints the same as with one). A batch
 * streams the same text as textBlock per file and textTail (src/batch/render.ts).
 */
import type { ChalkInstance } from 'chalk';
import { displayWidth, isPrintableAscii } from '../../util/display-width.js';
import wrapAnsi from 'wrap-ansi';
import type { BaselineSummary, FileReport, FormatContext, Formatter, Lang, Report, ReportFinding, ReportSummary, Status } from '../../contract/report.js';
import { visible } from '../../util/visible.js';
import { BASELINE_TEXT, baselineLabel, fixedText } from '../baseline-words.js';
import { displayedFindings, shownStatuses } from '../display.js';
import { labelsFor, type Labels } from '../labels.js';
import { painter } from '../paint.js';
import { STATUS_ORDER, clauseRefs, countStatuses } from './common.js';

/** Continuation lines of a wrapped finding start this far in. */
const HANGING_INDENT = 6;
/** Below this width wrapping does more harm than good: lines are left whole. */
const MIN_WRAP_WIDTH = 40;

/** Colours and words for one rendering. */
interface Style {
  c: ChalkInstance;
  /** Each status's word in its colour between two spaces each side, the same on every finding line. */
  status: Record<Status, string>;
  /** Rule cells by rule id (see ruleCell). */
  rules: Map<string, RuleCell>;
  labels: Labels;
  width: number | undefined;
  lang: Lang;
}

/** Each context's style, made once: a streamed run formats every file with the same context. */
const STYLES = new WeakMap<FormatContext, Style>();

function styleOf(context: FormatContext): Style {
  let style = STYLES.get(context);
  if (!style) STYLES.set(context, (style = newStyle(context)));
  return style;
}

function newStyle(context: FormatContext): Style {
  const c = painter(context.color);
  const labels = labelsFor(context.lang);
  const painted: Record<Status, string> = { fail: c.red.bold(labels.status.fail), warn: c.yellow(labels.status.warn), pass: c.green(labels.status.pass), skip: c.gray(labels.status.skip) };
  const status = Object.fromEntries(STATUS_ORDER.map((s) => [s, `  ${painted[s]}  `])) as Record<Status, string>;
  const width = context.width !== undefined && context.width >= MIN_WRAP_WIDTH ? context.width : undefined;
  return { c, status, rules: new Map(), labels, width, lang: context.lang ?? 'en' };
}

/** Wraps one logical line (starting with two spaces) to the width with a hanging indent; unchanged without a width. */
export function wrapLine(line: string, width: number | undefined, indent = HANGING_INDENT): string {
  if (width === undefined || displayWidth(line) <= width) return line;
  const lead = line.length - line.trimStart().length;
  const wrapped = wrapAnsi(line.slice(lead), width - lead, { hard: true, trim: true }).split('\n');
  const rest = wrapAnsi(wrapped.slice(1).join(' '), width - indent, { hard: true, trim: true });
  const pad = ' '.repeat(indent);
  return [' '.repeat(lead) + wrapped[0], ...rest.split('\n').map((l) => pad + l)].join('\n');
}

/** Counts in the run's words: `3 fail, 2 warn, 10 pass, 1 skip`. */
function countsText(counts: Record<Status, number>, labels: Labels): string {
  return STATUS_ORDER.map((s) => labels.count(counts[s], labels.status[s])).join(labels.listSep);
}

/** `file:line:col` (the path as shown, made visible), the location a terminal makes clickable. */
function location(path: string, line: number, column: number): string {
  return `${path}:${line}:${column}`;
}

/** Characters in a number as text: counted for whole numbers below 1e15, else measured. */
function numberLength(n: number): number {
  if (!(Number.isInteger(n) && n >= 0 && n < 1e15)) return `${n}`.length;
  let length = 1;
  for (let limit = 10; n >= limit; limit *= 10) length++;
  return length;
}

/** Runs of spaces by length, each made once. */
const SPACES: string[] = [];

function spaces(n: number): string {
  if (n <= 0) return '';
  return n < 64 ? (SPACES[n] ??= ' '.repeat(n)) : ' '.repeat(n);
}

/** Where a file's finding lines start: its path as shown, whether that is plain ASCII, and the width of the widest location. */
interface Locations {
  path: string;
  ascii: boolean;
  width: number;
}

/** The widest `file:line:col` among the findings (a plain ASCII path measured once, not per finding). */
function locations(path: string, findings: readonly ReportFinding[]): Locations {
  const ascii = isPrintableAscii(path);
  let width = 0;
  for (const f of findings) {
    const w = ascii ? path.length + numberLength(f.line) + numberLength(f.column) + 2 : displayWidth(location(path, f.line, f.column));
    if (w > width) width = w;
  }
  return { path, ascii, width };
}

/** The header of a file's block: its path, the account's name and id, and whether it is invalid. */
function fileHeader(file: FileReport, path: string, style: Style): string {
  const { c, labels } = style;
  const account = file.account ? labels.account(file.account.name && visible(file.account.name), file.account.id && visible(file.account.id)) : '';
  return c.underline(path) + (account ? `  ${c.bold(account)}` : '') + (file.valid ? '' : c.red(`  ${labels.aside(labels.invalid)}`));
}

/** A rule's cell of a finding line (its id and clauses, each followed by two spaces), kept for the next finding of the rule. */
interface RuleCell {
  clauses: readonly string[];
  cell: string;
}

/** Rules whose cells a style keeps (a run has a few dozen). */
const MAX_RULE_CELLS = 256;

function ruleCell(f: ReportFinding, style: Style): string {
  const kept = style.rules.get(f.rule);
  if (kept && kept.clauses.length === f.clauses.length && kept.clauses.every((clause, i) => clause === f.clauses[i])) return kept.cell;
  const cell = `${style.c.bold(visible(f.rule))}  ${style.c.gray(clauseRefs(f.clauses))}  `;
  if (kept || style.rules.size < MAX_RULE_CELLS) style.rules.set(f.rule, { clauses: f.clauses, cell });
  return cell;
}

/** Adds the pieces of a finding's line (location, status, rule, clauses, message, waiver, baseline) to `out`, without its newline. */
function findingParts(f: ReportFinding, at: Locations, style: Style, out: string[]): void {
  const { c, labels } = style;
  const loc = location(at.path, f.line, f.column);
  out.push('  ', c.gray(loc + spaces(at.width - (at.ascii ? loc.length : displayWidth(loc)))), style.status[f.status], ruleCell(f, style), visible(f.message));
  if (f.waived) out.push(c.cyan(` [${labels.waivedUntil(visible(f.waived.expires), visible(f.waived.reason))}]`));
  if (f.baseline) out.push(c.cyan(` [${baselineLabel(f.baseline, style.lang)}]`));
}

/** Adds a line, wrapped to the width, and its newline to `out`. */
function addLine(out: string[], line: string, width: number | undefined, indent?: number): void {
  out.push(wrapLine(line, width, indent), '\n');
}

/** Adds the lines under a file's header (errors, internal errors, shown findings, notes) to `out`. */
function fileLines(file: FileReport, path: string, context: FormatContext, style: Style, out: string[]): void {
  const { c, labels, width } = style;
  for (const e of file.errors) addLine(out, `  ${c.red(labels.error)}  ${location(path, e.line, e.column)}  ${visible(e.message)}${e.path.length ? c.gray(`  ${labels.aside(visible(e.path.join('.')))}`) : ''}`, width);
  for (const e of file.internalErrors ?? []) addLine(out, `  ${c.red(labels.error)}  ${labels.internalError(visible(e.rule))}${labels.colon}${visible(e.message)}`, width);
  const shown = displayedFindings(file.findings, context);
  const at = locations(path, shown);
  for (const f of shown) {
    if (width === undefined) {
      findingParts(f, at, style, out);
      out.push('\n');
      continue;
    }
    const line: string[] = [];
    findingParts(f, at, style, line);
    addLine(out, line.join(''), width);
  }
  for (const entry of file.baselineFixed ?? []) addLine(out, `  ${c.green(BASELINE_TEXT[style.lang].fixedStatus())}  ${visible(fixedText(entry, style.lang))}`, width);
  for (const note of file.notes ?? []) addLine(out, `  ${c.cyan(labels.note)}  ${visible(note)}`, width);
}

/** True when a file has something to list under the shown statuses (or is invalid). */
function hasShown(file: FileReport, context: FormatContext): boolean {
  const statuses = shownStatuses(context);
  return !file.valid || (file.internalErrors?.length ?? 0) > 0 || (file.baselineFixed?.length ?? 0) > 0 || file.findings.some((f) => statuses.has(f.status));
}

/** A file's counts by status, in the run's words. */
function fileCounts(file: FileReport, style: Style): string {
  return countsText(countStatuses(file.findings), style.labels);
}

/**
 * One file's block of the text report, as formatText prints it (the streamed text is these blocks
 * and textTail): header, lines, a per-file summary line in a batch, a blank line, each line ending
 * in a newline; empty when nothing is shown.
 */
export function textBlock(file: FileReport, context: FormatContext): string {
  const style = styleOf(context);
  const { c, width } = style;
  const path = visible(file.file);
  if (context.summaryOnly) return hasShown(file, context) ? `${wrapLine(`${fileHeader(file, path, style)}  ${c.gray(fileCounts(file, style))}`, width, 2)}\n` : '';
  // The pieces, joined once: the header's place first, filled in when there are lines under it.
  const out = [''];
  fileLines(file, path, context, style, out);
  if (out.length === 1) return '';
  // Only the context says so: a streamed run renders each file on its own, and must match.
  if (context.batch === true) addLine(out, `  ${c.gray(`= ${fileCounts(file, style)}`)}`, width);
  out[0] = `${wrapLine(fileHeader(file, path, style), width, 2)}\n`;
  out.push('\n');
  return out.join('');
}

/** The end of the text report: the totals line, and the baseline's counts when the run has one. */
export function textTail(summary: ReportSummary, asOf: string, context: FormatContext, baseline?: BaselineSummary): string {
  const style = styleOf(context);
  const { c, labels } = style;
  const waived = summary.waived ? `${labels.listSep}${labels.waivedCount(summary.waived)}` : '';
  const totals = wrapLine(labels.totals(c.bold(labels.files(summary.files, summary.invalid)), `${countsText(summary, labels)}${waived}`, labels.asOf(asOf)), style.width, 2);
  return baseline ? `${totals}\n${BASELINE_TEXT[style.lang].summary({ baseline })}\n` : `${totals}\n`;
}

/** Human-readable output: per file, its shown findings (fail and warn by default), then the totals; escapes untrusted text itself. */
export const formatText: Formatter = (report: Report, context: FormatContext) =>
  report.files.map((file) => textBlock(file, context)).join('') + textTail(report.summary, report.asOf, context, report.baseline);
