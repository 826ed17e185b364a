/**
 * CSV per RFC 4180: a header, then one row per finding (and per input or internal error), CRLF line
 * endings. `csv-bom` is the same with a leading UTF-8 byte order mark, for Excel. Text cells that
 * start with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so that spreadsheets do not run them as
 * formulas (OWASP's advice for CSV injection); plain numbers and a lone `-` (stdin) are left alone.
 */
import type { FileReport, Formatter, Report } from '../../contract/report.js';
import { INVALID_INPUT } from './common.js';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'file',
  'line',
  'column',
  'rule',
  'clauses',
  'status',
  'subject',
  'message',
  'waived',
  'waiver_reason',
  'waiver_owner',
  'waiver_expires',
  'waiver_reference',
  'sha256',
  'agreement',
  'as_of',
  'tool_version',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Columns a spreadsheet user or a profile controls; guarded against formula injection. */
const TEXT_COLUMNS = new Set<string>(['file', 'rule', 'subject', 'message', 'waiver_reason', 'waiver_owner', 'waiver_reference']);

/** Prefixes `'` to a cell a spreadsheet would run as a formula (OWASP); numbers and `-` stay. */
export function guardFormula(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value) || value === '-' || /^[-+]?\d[\d.,]*$/.test(value)) return value;
  return `'${value}`;
}

/** One field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function rowsOf(file: FileReport, report: Report): Row[] {
  const evidence = { sha256: file.sha256, agreement: report.agreement, as_of: report.asOf, tool_version: `${report.tool.name} ${report.tool.version}` };
  const noWaiver = { waived: '', waiver_reason: '', waiver_owner: '', waiver_expires: '', waiver_reference: '' };
  const rows: Row[] = file.errors.map((e) => ({
    file: file.file, line: String(e.line), column: String(e.column), rule: INVALID_INPUT, clauses: '', status: 'error', subject: e.path.join('.'), message: e.message, ...noWaiver, ...evidence,
  }));
  for (const e of file.internalErrors ?? []) {
    rows.push({ file: file.file, line: '', column: '', rule: e.rule, clauses: '', status: 'error', subject: '', message: `internal error: ${e.message}`, ...noWaiver, ...evidence });
  }
  for (const f of file.findings) {
    const w = f.waived;
    rows.push({
      file: file.file,
      line: String(f.line),
      column: String(f.column),
      rule: f.rule,
      clauses: f.clauses.join(' '),
      status: f.status,
      subject: f.subject,
      message: f.message,
      ...(w ? { waived: 'yes', waiver_reason: w.reason, waiver_owner: w.owner, waiver_expires: w.expires, waiver_reference: w.reference ?? '' } : noWaiver),
      ...evidence,
    });
  }
  return rows;
}

function toCsv(report: Report): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const file of report.files) {
    for (const row of rowsOf(file, report)) {
      lines.push(CSV_COLUMNS.map((col) => csvField(TEXT_COLUMNS.has(col) ? guardFormula(row[col]) : row[col])).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** CSV (RFC 4180, CRLF), one row per finding with the evidence in every row; no BOM. */
export const formatCsv: Formatter = (report) => toCsv(report);

/** The same CSV with a leading UTF-8 BOM, so Excel reads it as UTF-8 (`--format csv-bom=FILE`). */
export const formatCsvBom: Formatter = (report) => `\uFEFF${toCsv(report)}`;
