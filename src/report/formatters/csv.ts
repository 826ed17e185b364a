/**
 * CSV per RFC 4180: a header, then one row per finding that `--only` keeps (and per input or internal error), CRLF line
 * endings. `csv-bom` is the same with a leading UTF-8 byte order mark, for Excel. Text cells that
 * start with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so that spreadsheets do not run them as
 * formulas (OWASP's advice for CSV injection); plain numbers and a lone `-` (stdin) are left alone.
 */
import type { FileReport, FormatContext, Formatter, Report } from '../../contract/report.js';
import { CSV_COLUMNS, labelsFor } from '../labels.js';
import { onlyFilter, sortByDue } from '../display.js';
import { INVALID_INPUT } from './common.js';
import { csvField, guardFormula } from './cells.js';

/** The columns, in order (headers in the run's language; see labels.ts). */
export { CSV_COLUMNS };

/**
 * The data keys that hold a finding's money amount (decimal yuan), most specific first: what is
 * owed, short or at stake. `amount_kind` names the key used, so a spreadsheet can tell them apart.
 */
const AMOUNT_KEYS = ['amount', 'outstanding', 'shortfall', 'needed', 'forfeitValue', 'projectedValue', 'refund', 'lateFee'] as const;

/** A finding's amount and which data key it came from; empty when it has none. */
export function amountOf(data: Record<string, unknown>): { amount: string; amount_kind: string } {
  for (const key of AMOUNT_KEYS) {
    const value = data[key];
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return { amount: value, amount_kind: key };
  }
  return { amount: '', amount_kind: '' };
}

/** A finding's deadline, `data.dueAt` (RFC 3339), or empty. */
function dueAtText(data: Record<string, unknown>): string {
  return typeof data.dueAt === 'string' ? data.dueAt : '';
}

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Columns a spreadsheet user or a profile controls; guarded against formula injection. */
const TEXT_COLUMNS = new Set<string>(['file', 'account_id', 'account_name', 'rule', 'subject', 'message', 'waiver_reason', 'waiver_owner', 'waiver_reference']);

function rowsOf(file: FileReport, report: Report, context: FormatContext): Row[] {
  const account = { account_id: file.account?.id ?? '', account_name: file.account?.name ?? '' };
  const none = { due_at: '', amount: '', amount_kind: '' };
  const evidence = { sha256: file.sha256, agreement: report.agreement, as_of: report.asOf, tool_version: `${report.tool.name} ${report.tool.version}` };
  const noWaiver = { waived: '', waiver_reason: '', waiver_owner: '', waiver_expires: '', waiver_reference: '' };
  const rows: Row[] = file.errors.map((e) => ({
    file: file.file, ...account, line: String(e.line), column: String(e.column), rule: INVALID_INPUT, clauses: '', status: 'error', subject: e.path.join('.'), message: e.message, ...none, ...noWaiver, ...evidence,
  }));
  for (const e of file.internalErrors ?? []) {
    rows.push({ file: file.file, ...account, line: '', column: '', rule: e.rule, clauses: '', status: 'error', subject: '', message: `internal error: ${e.message}`, ...none, ...noWaiver, ...evidence });
  }
  const findings = onlyFilter(file.findings, context);
  for (const f of context.sort === 'due' ? sortByDue(findings) : findings) {
    const w = f.waived;
    rows.push({
      file: file.file,
      ...account,
      line: String(f.line),
      column: String(f.column),
      rule: f.rule,
      clauses: f.clauses.join(' '),
      status: f.status,
      subject: f.subject,
      message: f.message,
      due_at: dueAtText(f.data),
      ...amountOf(f.data),
      ...(w ? { waived: 'yes', waiver_reason: w.reason, waiver_owner: w.owner, waiver_expires: w.expires, waiver_reference: w.reference ?? '' } : noWaiver),
      ...evidence,
    });
  }
  return rows;
}

function toCsv(report: Report, context: FormatContext): string {
  const headers = labelsFor(context.lang).csv;
  const lines = [CSV_COLUMNS.map((col) => csvField(headers[col])).join(',')];
  for (const file of report.files) {
    for (const row of rowsOf(file, report, context)) {
      lines.push(CSV_COLUMNS.map((col) => csvField(TEXT_COLUMNS.has(col) ? guardFormula(row[col]) : row[col])).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** CSV (RFC 4180, CRLF), one row per finding with the evidence in every row; no BOM. */
export const formatCsv: Formatter = (report, context) => toCsv(report, context);

/** The same CSV with a leading UTF-8 BOM, so Excel reads it as UTF-8 (`--format csv-bom=FILE`). */
export const formatCsvBom: Formatter = (report, context) => `\uFEFF${toCsv(report, context)}`;
