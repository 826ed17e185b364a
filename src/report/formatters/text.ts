/**
 * The terminal report. Per file: a header naming the file and the account, then one line per shown
 * finding with its location `file:line:col` first (so terminals keep it clickable), notes, and in a
 * batch a per-file summary line; then the totals. With `context.width` (stdout is a terminal) each
 * line is wrapped to the width with a hanging indent, East Asian wide characters measured as two
 * columns; without it every finding is one line, stable for grep. Every string from an input goes
 * through `visible()` here, where it is printed (so the text format needs no `forHumans` pass over
 * every finding; test/formatters/text.test.ts checks it prints the same as with one).
 */
import type { ChalkInstance } from 'chalk';
import { displayWidth, padToWidth } from '../../util/display-width.js';
import wrapAnsi from 'wrap-ansi';
import type { FileReport, FormatContext, Formatter, Lang, Report, ReportFinding, ReportSummary, Status } from '../../contract/report.js';
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
  paint: Record<Status, (s: string) => string>;
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
  const paint: Record<Status, (s: string) => string> = { fail: c.red.bold, warn: c.yellow, pass: c.green, skip: c.gray };
  const width = context.width !== undefined && context.width >= MIN_WRAP_WIDTH ? context.width : undefined;
  return { c, paint, labels: labelsFor(context.lang), width, lang: context.lang ?? 'en' };
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

/** `file:line:col`, the location a terminal makes clickable. */
function location(file: FileReport, line: number, column: number): string {
  return `${visible(file.file)}:${line}:${column}`;
}

/** The header of a file's block: its path, the account's name and id, and whether it is invalid. */
function fileHeader(file: FileReport, style: Style): string {
  const { c, labels } = style;
  const account = file.account ? labels.account(file.account.name && visible(file.account.name), file.account.id && visible(file.account.id)) : '';
  return c.underline(visible(file.file)) + (account ? `  ${c.bold(account)}` : '') + (file.valid ? '' : c.red(`  (${labels.invalid})`));
}

function findingLine(file: FileReport, f: ReportFinding, locWidth: number, style: Style): string {
  const { c, paint, labels } = style;
  const waived = f.waived ? c.cyan(` [${labels.waivedUntil(visible(f.waived.expires), visible(f.waived.reason))}]`) : '';
  const base = f.baseline ? c.cyan(` [${baselineLabel(f.baseline, style.lang)}]`) : '';
  const loc = c.gray(padToWidth(location(file, f.line, f.column), locWidth));
  return `  ${loc}  ${paint[f.status](labels.status[f.status])}  ${c.bold(visible(f.rule))}  ${c.gray(clauseRefs(f.clauses))}  ${visible(f.message)}${waived}${base}`;
}

/** The lines under a file's header: errors, internal errors, shown findings, notes (unwrapped). */
function fileLines(file: FileReport, context: FormatContext, style: Style): string[] {
  const { c, labels } = style;
  const shown = displayedFindings(file.findings, context);
  const locWidth = Math.max(0, ...shown.map((f) => displayWidth(location(file, f.line, f.column))));
  const lines: string[] = [];
  for (const e of file.errors) lines.push(`  ${c.red(labels.error)}  ${location(file, e.line, e.column)}  ${visible(e.message)}${e.path.length ? c.gray(`  (${visible(e.path.join('.'))})`) : ''}`);
  for (const e of file.internalErrors ?? []) lines.push(`  ${c.red(labels.error)}  ${labels.internalError(visible(e.rule))}: ${visible(e.message)}`);
  for (const f of shown) lines.push(findingLine(file, f, locWidth, style));
  for (const entry of file.baselineFixed ?? []) lines.push(`  ${c.green(BASELINE_TEXT[style.lang].fixedStatus())}  ${visible(fixedText(entry, style.lang))}`);
  for (const note of file.notes ?? []) lines.push(`  ${c.cyan(labels.note)}  ${visible(note)}`);
  return lines;
}

/** True when a file has something to list under the shown statuses (or is invalid). */
function hasShown(file: FileReport, context: FormatContext): boolean {
  const statuses = shownStatuses(context);
  return !file.valid || (file.internalErrors?.length ?? 0) > 0 || (file.baselineFixed?.length ?? 0) > 0 || file.findings.some((f) => statuses.has(f.status));
}

/** One file's block: header, lines, a per-file summary line in a batch, a blank line; empty when nothing is shown. */
function fileBlock(file: FileReport, context: FormatContext, style: Style, batch: boolean): string[] {
  const counts = countsText(countStatuses(file.findings), style.labels);
  if (context.summaryOnly) return hasShown(file, context) ? [wrapLine(`${fileHeader(file, style)}  ${style.c.gray(counts)}`, style.width, 2)] : [];
  const lines = fileLines(file, context, style);
  if (lines.length === 0) return [];
  if (batch) lines.push(`  ${style.c.gray(`= ${counts}`)}`);
  return [wrapLine(fileHeader(file, style), style.width, 2), ...lines.map((l) => wrapLine(l, style.width)), ''];
}

/** The totals line of a run. */
function totalsLine(summary: ReportSummary, asOf: string, style: Style): string {
  const { c, labels } = style;
  const waived = summary.waived ? `${labels.listSep}${labels.waivedCount(summary.waived)}` : '';
  return wrapLine(`${c.bold(labels.files(summary.files, summary.invalid))}: ${countsText(summary, labels)}${waived} (${labels.asOf(asOf)})`, style.width, 2);
}

/** Human-readable output: per file, its shown findings (fail and warn by default), then the totals; escapes untrusted text itself. */
export const formatText: Formatter = (report: Report, context: FormatContext) => {
  const style = styleOf(context);
  // Only the context says so: a streamed run renders each file on its own, and must match.
  const batch = context.batch === true;
  const out = report.files.flatMap((file) => fileBlock(file, context, style, batch));
  out.push(totalsLine(report.summary, report.asOf, style));
  if (report.baseline) out.push(BASELINE_TEXT[style.lang].summary({ baseline: report.baseline }));
  return `${out.join('\n')}\n`;
};
