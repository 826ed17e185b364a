/**
 * The customer report's data, rendered on demand by the page's script: an index of accounts (name,
 * id, file, counts) as plain JSON, and every account's findings as compact JSON arrays (rule ids by
 * index) in chunks of CHUNK_SIZE accounts. When the findings are large, each chunk is gzip-compressed
 * and base64-encoded, and the page inflates only the chunk of the account opened: 5,000 profiles
 * are a file of about 12 MB whose index shows as soon as it is parsed.
 */
import { gzipSync } from 'node:zlib';
import type { FileReport, FormatContext, Lang, Report, ReportFinding, Status } from '../../contract/report.js';
import { formatMoney, parseMoney } from '../../model/money.js';
import { onlyFilter, sortByDue } from '../display.js';
import { labelsFor, type Labels } from '../labels.js';
import { amountOf } from './csv.js';
import { BASELINE_TEXT, baselineLabel, fixedText } from '../baseline-words.js';
import { STATUS_ORDER, countStatuses, displayPath } from './common.js';

/** Above this many bytes of findings JSON the chunks are embedded gzip-compressed (base64). */
const COMPRESS_ABOVE = 1_000_000;

/** Accounts per chunk of findings: small enough to inflate at once, large enough to compress well. */
const CHUNK_SIZE = 32;

/** An instant as people read it: `2026-11-10 00:00 +08:00` from RFC 3339 (other forms unchanged). */
export function instantText(rfc3339: string): string {
  return rfc3339.replace(/^(\d{4}-\d\d-\d\d)T(\d\d:\d\d):\d\d(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/, (_, day: string, time: string, zone: string) => `${day} ${time} ${zone === 'Z' ? '+00:00' : zone}`);
}

/** A finding's amount as `¥1,234.56`, or empty. */
function amountText(finding: ReportFinding): string {
  const { amount } = amountOf(finding.data);
  const money = amount === '' ? undefined : parseMoney(amount);
  return money === undefined ? '' : formatMoney(money);
}

/** Fails and warnings first (soonest deadline first with `sort: 'due'`), then passes and skips. */
function customerOrder(findings: readonly ReportFinding[], context: Pick<FormatContext, 'only' | 'sort'>): ReportFinding[] {
  const kept = onlyFilter(findings, context);
  return STATUS_ORDER.flatMap((status) => {
    const group = kept.filter((f) => f.status === status);
    return context.sort === 'due' ? sortByDue(group) : group;
  });
}

type Row = (string | number | (string | number)[] | 0)[];

function findingRow(f: ReportFinding, ruleIndex: Map<string, number>, lang: Lang | undefined): Row {
  const w = f.waived;
  const due = typeof f.data.dueAt === 'string' ? instantText(f.data.dueAt) : '';
  return [ruleIndex.get(f.rule) ?? -1, STATUS_ORDER.indexOf(f.status), f.clauses.join(' '), f.subject, f.message, f.line, f.column, due, amountText(f), w ? [w.owner, w.expires, w.reference ?? '', w.reason] : 0, f.baseline ? [f.baseline.state, baselineLabel(f.baseline, lang)] : 0];
}

/** An account's index entry: file, sha256, valid, name, id, counts by status. */
function indexRow(file: FileReport, context: FormatContext): Row {
  const counts = countStatuses(file.findings);
  return [displayPath(file.file, context.cwd), file.sha256, file.valid ? 1 : 0, file.account?.name ?? '', file.account?.id ?? '', STATUS_ORDER.map((s) => counts[s])];
}

/** An account's details: its findings in customer order, its problems (input and internal errors), its notes, baseline entries now fixed. */
function detailRow(file: FileReport, context: FormatContext, ruleIndex: Map<string, number>): Row {
  const problems = [
    ...file.errors.map((e) => [e.message, e.line, e.column, e.path.join('.')]),
    ...(file.internalErrors ?? []).map((e) => [`${labelsFor(context.lang).internalError(e.rule)}: ${e.message}`, 0, 0, '']),
  ];
  return [
    customerOrder(file.findings, context).map((f) => findingRow(f, ruleIndex, context.lang)) as unknown as (string | number)[],
    problems as unknown as (string | number)[],
    file.notes ?? [],
    (file.baselineFixed ?? []).map((entry) => fixedText(entry, context.lang)),
  ];
}

/** The words the page's script needs, templates with `{0}` and `{1}` where numbers go. */
function scriptLabels(labels: Labels, lang: Lang = 'en'): Record<string, string | Record<Status, string>> {
  return {
    status: labels.status,
    count: labels.count('{0}', '{1}'),
    listSep: labels.listSep,
    waivedBy: labels.waivedBy('{0}', '{1}', undefined, '{3}'),
    waivedByRef: labels.waivedBy('{0}', '{1}', '{2}', '{3}'),
    waived: labels.waived,
    accounts: labels.accounts,
    accountName: labels.accountName,
    accountId: labels.accountId,
    unnamedAccount: labels.unnamedAccount,
    file: labels.file,
    result: labels.result,
    search: labels.search,
    sortBy: labels.sortBy,
    sortFails: labels.sortFails,
    sortWarns: labels.sortWarns,
    sortName: labels.sortName,
    backToIndex: labels.backToIndex,
    print: labels.print,
    attention: labels.attention,
    nothingToAttend: labels.nothingToAttend,
    folded: labels.folded('{0}', '{1}'),
    clause: labels.clause,
    evidenceAppendix: labels.evidenceAppendix,
    evidenceIntro: labels.evidenceIntro,
    sha256: labels.sha256,
    location: labels.location,
    subject: labels.subject,
    rule: labels.rule,
    due: labels.due,
    amount: labels.amount,
    problems: labels.problems,
    notes: labels.notes,
    invalid: labels.invalidProfile,
    noMatch: labels.noMatch,
    shown: labels.shown('{0}', '{1}'),
    asOf: labels.asOfLabel,
    showAll: labels.showAll('{0}'),
    evidenceLink: labels.evidenceLink,
    fixed: BASELINE_TEXT[lang].fixedStatus(),
  };
}

/** The report as the page's script reads it; `compressAbove` is the findings size from which chunks are packed. */
export function reportData(report: Report, context: FormatContext, compressAbove = COMPRESS_ABOVE): unknown {
  const ruleIds = [...new Set(report.files.flatMap((f) => f.findings.map((x) => x.rule)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const titles = new Map(context.rules.map((r) => [r.id, r.title]));
  return {
    lang: context.lang ?? 'en',
    asOf: instantText(report.asOf),
    // Rule titles are English prose: Chinese pages name a check by its clauses and message instead.
    rules: ruleIds.map((id) => [id, (context.lang ?? 'en') === 'en' ? titles.get(id) ?? id : '']),
    labels: scriptLabels(labelsFor(context.lang), context.lang),
    chunkSize: CHUNK_SIZE,
    files: report.files.map((file) => indexRow(file, context)),
    chunks: chunksOf(report.files.map((file) => detailRow(file, context, ruleIndex)), compressAbove),
  };
}

/** The details in chunks of CHUNK_SIZE: plain arrays, or gzip + base64 strings when large. */
function chunksOf(details: Row[], compressAbove: number): (Row[] | string)[] {
  const chunks: Row[][] = [];
  for (let i = 0; i < details.length; i += CHUNK_SIZE) chunks.push(details.slice(i, i + CHUNK_SIZE));
  const texts = chunks.map((chunk) => JSON.stringify(chunk));
  if (texts.reduce((n, t) => n + t.length, 0) <= compressAbove) return chunks;
  return texts.map((text) => gzipSync(Buffer.from(text, 'utf8')).toString('base64'));
}

/** The JSON made safe inside a `<script>` element: `<`, C1 controls, bidi and line separators escaped (same JSON value). */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The data element (JSON, never run as script). */
export function dataElement(data: unknown): string {
  return `<script type="application/json" id="report-data">${scriptSafeJson(data)}</script>`;
}
