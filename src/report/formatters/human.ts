/**
 * The report as people see it: every untrusted string (file names, ids, messages, paths, waiver
 * reasons, data) through `visible`, so no control or bidi character and no raw line break from an
 * input reaches a terminal, a log or a document. Human formats (text, markdown, html, csv, junit)
 * and the GitHub annotations are wrapped with `forHumans`; json and sarif hold the exact value, JSON-escaped.
 */
import type { FileReport, Formatter, Report } from '../../contract/report.js';
import { mapFileStrings, type StringMaps } from '../../contract/map-strings.js';
import { hasUnsafe, visible } from '../../util/visible.js';

/** `visible` only when needed (most strings are clean): returns the same string otherwise. */
function show(value: string): string {
  return hasUnsafe(value) ? visible(value) : value;
}

const SHOW: StringMaps = { text: show, subject: show, file: show };

/** One file report with every untrusted string made visible. */
function humanFile(file: FileReport): FileReport {
  return mapFileStrings(file, SHOW);
}

/** The report with every untrusted string made visible. */
export function humanReport(report: Report): Report {
  return { ...report, files: report.files.map(humanFile) };
}

/** A formatter that sees only visible strings. */
export function forHumans(format: Formatter): Formatter {
  return (report, context) => format(humanReport(report), context);
}
