/**
 * The streamed report formats, piece by piece. Concatenated, the pieces are byte for byte what the
 * whole-report formatters give: `JSON.stringify(report)` + newline for json, or with two-space
 * indentation when `pretty` (written here, so no formatter needs loading), and formatText for text
 * (whose per-file blocks and tail are text.ts's textBlock and textTail, which the pieces call too,
 * so the block layout has one source). A test checks both equalities.
 */
import type { BaselineSummary, FileReport, FormatContext, Report, ReportSummary } from '../contract/report.js';

/** The JSON report up to and including `"files": [`. */
export function jsonHead(meta: Pick<Report, 'tool' | 'agreement' | 'asOf'>, pretty = false): string {
  const fields = { version: 1, tool: meta.tool, agreement: meta.agreement, asOf: meta.asOf };
  if (!pretty) return `${JSON.stringify(fields).slice(0, -1)},"files":[`;
  const head = JSON.stringify(fields, null, 2);
  return `${head.slice(0, head.length - 2)},\n  "files": [`;
}

/** One file's entry as it appears inside `"files": [ … ]`: when pretty, each line indented by four spaces. */
export function jsonEntry(file: FileReport, pretty = false): string {
  return pretty ? `    ${JSON.stringify(file, null, 2).replace(/\n/g, '\n    ')}` : JSON.stringify(file);
}

/** What goes before the entry at `position` (0-based). */
export function jsonSeparator(position: number, pretty = false): string {
  if (!pretty) return position === 0 ? '' : ',';
  return position === 0 ? '\n' : ',\n';
}

/** The rest of the JSON report after `count` entries: the end of `files`, the summary, the baseline counts when any, a newline. */
export function jsonTail(count: number, summary: ReportSummary, baseline?: BaselineSummary, pretty = false): string {
  if (!pretty) return `],"summary":${JSON.stringify(summary)}${baseline ? `,"baseline":${JSON.stringify(baseline)}` : ''}}\n`;
  const indent = (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  return `${count === 0 ? ']' : '\n  ]'},\n  "summary": ${indent(summary)}${baseline ? `,\n  "baseline": ${indent(baseline)}` : ''}\n}\n`;
}

/** The text format in pieces: a block per file, then the summary line. */
export interface TextPieces {
  block(file: FileReport): string;
  tail(summary: ReportSummary, baseline?: BaselineSummary): string;
}

/** The parts of the text formatter (src/report/formatters/text.ts, loaded only when a run prints text). */
export interface TextFormat {
  textBlock(file: FileReport, context: FormatContext): string;
  textTail(summary: ReportSummary, asOf: string, context: FormatContext, baseline?: BaselineSummary): string;
}

/** The text format's pieces for one rendering (`context`: language, colour, width, filter). */
export function textPieces(text: TextFormat, meta: Pick<Report, 'asOf'>, context: FormatContext): TextPieces {
  return {
    block: (file) => text.textBlock(file, context),
    tail: (summary, baseline) => text.textTail(summary, meta.asOf, context, baseline),
  };
}
