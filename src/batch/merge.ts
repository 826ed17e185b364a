/**
 * Merging the JSON reports of shards (`check --shard K/N --format json`) into the report one
 * unsharded run gives: file entries in path order (each shard's own order kept), waiver findings
 * recomputed over all shards (a waiver is unused only if no shard used it; an expired waiver
 * covers the findings of every shard), the summary recomputed by the caller. Reports are read a
 * files entry at a time (report-stream.ts), so merging never holds a whole report.
 */
import { UsageError } from '../util/usage-error.js';
import { say } from '../util/i18n.js';
import { BATCH_TEXT } from './messages.js';
import type { Waiver } from '../config/load-config.js';
import { expiredFinding } from '../config/waiver-apply.js';
import { comparePaths } from '../load/inputs.js';
import { parseWhen } from '../model/time.js';
import type { FileReport, Lang, Report, ReportFinding } from '../contract/report.js';
import type { ReportPiece } from './report-stream.js';
import { memoryGuard } from './memory.js';

/** Heap in use (MB) above which merge collects its garbage (see memory.ts). */
const MERGE_HEAP_LIMIT_MB = 150;

/** The pseudo-rule of waiver findings (config/schema.ts WAIVER_RULE; not imported, to keep zod off this path). */
const WAIVER = 'waiver';

/** The run a report describes, which every merged report must share. */
type ReportMeta = Pick<Report, 'tool' | 'agreement' | 'asOf'>;

/** A shard report opened for merging: its run, and its files entries one at a time. */
export interface OpenReport {
  name: string;
  meta: ReportMeta;
  /** The report's top-level members other than files, as read so far (all of them once the files are). */
  members: Map<string, unknown>;
  next(): Promise<FileReport | undefined>;
}

const notReport = (name: string) => new UsageError(say(BATCH_TEXT).notReport({ name }), say(BATCH_TEXT).notReportHint);

function isEntry(value: unknown): value is FileReport {
  const f = value as Partial<FileReport> | null;
  return typeof f === 'object' && f !== null && typeof f.file === 'string' && Array.isArray(f.findings) && Array.isArray(f.errors);
}

function asMeta(name: string, members: Map<string, unknown>): ReportMeta {
  const tool = members.get('tool') as Report['tool'] | undefined;
  const { agreement, asOf } = Object.fromEntries(members) as Partial<Report>;
  const ok = members.get('version') === 1 && typeof tool?.name === 'string' && typeof tool.version === 'string' && typeof agreement === 'string' && typeof asOf === 'string';
  if (!ok) throw notReport(name);
  return { tool: { name: tool.name, version: tool.version }, agreement, asOf };
}

/**
 * Opens a report for merging, reading only as far as its run's facts (version, tool, agreement,
 * asOf: clausecheck writes them before the files), so that entries then stream one at a time.
 */
export async function openReport(name: string, pieces: AsyncIterator<ReportPiece>, wrap: (error: unknown) => Error): Promise<OpenReport> {
  const members = new Map<string, unknown>();
  const early: FileReport[] = [];
  let done = false;
  const pull = async (): Promise<ReportPiece | undefined> => {
    if (done) return undefined;
    try {
      const step = await pieces.next();
      if (step.done) done = true;
      return step.done ? undefined : step.value;
    } catch (error) {
      throw wrap(error);
    }
  };
  const entry = (value: unknown): FileReport => {
    if (!isEntry(value)) throw notReport(name);
    return value;
  };
  const complete = () => ['version', 'tool', 'agreement', 'asOf'].every((key) => members.has(key));
  while (!complete()) {
    const piece = await pull();
    if (!piece) break;
    if (piece.kind === 'member') members.set(piece.key, piece.value);
    else early.push(entry(piece.value)); // another writer's layout: files before the run's facts
  }
  if (!members.has('files') && done && early.length === 0 && !complete()) throw notReport(name);
  const meta = asMeta(name, members);
  return {
    name,
    meta,
    members,
    async next() {
      if (early.length) return early.shift();
      for (let piece = await pull(); piece; piece = await pull()) {
        if (piece.kind === 'file') return entry(piece.value);
        if (piece.key === 'files') throw notReport(name); // a files member that is not an array
        members.set(piece.key, piece.value);
      }
      return undefined;
    },
  };
}

/** Refuses reports of different runs (tool, agreement or as-of). */
export function sameMeta(reports: readonly OpenReport[]): void {
  const first = reports[0]!;
  const fields: ['tool' | 'agreement' | 'asOf', (r: ReportMeta) => string][] = [
    ['tool', (r) => `${r.tool.name} ${r.tool.version}`],
    ['agreement', (r) => r.agreement],
    ['asOf', (r) => r.asOf],
  ];
  const text = say(BATCH_TEXT);
  for (const [field, get] of fields) {
    for (const other of reports.slice(1)) {
      if (get(other.meta) !== get(first.meta)) {
        throw new UsageError(text.metaDiffers({ field, first: first.name, firstValue: get(first.meta), other: other.name, otherValue: get(other.meta) }), text.metaDiffersHint);
      }
    }
  }
}

function isWaiverFinding(finding: ReportFinding): boolean {
  return finding.rule === WAIVER;
}

/** A files entry made only of waiver findings: the entry for a config or waivers file. */
function isWaiverEntry(file: FileReport): boolean {
  return file.valid && file.errors.length === 0 && !file.notes && file.findings.length > 0 && file.findings.every(isWaiverFinding);
}

/** Rebuilds the waiver an expired-waiver finding describes (what expiredFinding needs). */
function waiverFromFinding(finding: ReportFinding, index: number): Waiver {
  const d = finding.data as Record<string, unknown>;
  const expires = parseWhen(String(d.expires));
  if (typeof expires === 'string') throw new UsageError(say(BATCH_TEXT).badExpires({ value: String(d.expires) }));
  const waiver = {
    rule: String(d.waivedRule),
    reason: '',
    owner: String(d.owner),
    expires,
    index,
    path: [...finding.path],
    line: finding.line,
    column: finding.column,
    source: { file: '', absolute: '', dir: '', sha256: '' },
  } as Waiver;
  if (d.files !== undefined) waiver.files = String(d.files);
  if (d.subject !== undefined) waiver.subject = String(d.subject);
  if (d.reference !== undefined) waiver.reference = String(d.reference);
  return waiver;
}

interface WaiverTally {
  file: string;
  sha256: string;
  index: number;
  kind: 'expired' | 'unused';
  first: ReportFinding;
  reports: number;
  covers: number;
}

/** The files entry that sorts first among the reports' next entries (each report's own order kept). */
function firstHead(heads: readonly (FileReport | undefined)[]): number {
  let best = -1;
  for (let i = 0; i < heads.length; i++) {
    const candidate = heads[i];
    if (candidate && (best < 0 || comparePaths(candidate.file, heads[best]!.file) < 0)) best = i;
  }
  return best;
}

/** Tallies a report's waiver findings across the reports. */
function tallyWaivers(name: string, entry: FileReport, found: ReportFinding[], waivers: Map<string, WaiverTally>): void {
  for (const finding of found) {
    const index = Number(/^waivers\[(\d+)\]$/.exec(finding.subject)?.[1] ?? NaN);
    const kind = (finding.data as { kind?: unknown }).kind;
    if (!Number.isInteger(index) || (kind !== 'expired' && kind !== 'unused')) throw new UsageError(say(BATCH_TEXT).badWaiverFinding({ name, subject: finding.subject }));
    const key = `${entry.file}\u0000${index}\u0000${kind}`;
    const tally = waivers.get(key) ?? { file: entry.file, sha256: entry.sha256, index, kind, first: finding, reports: 0, covers: 0 };
    tally.reports++;
    tally.covers += Number((finding.data as { covers?: unknown }).covers ?? 0);
    waivers.set(key, tally);
  }
}

/** The waiver findings of the whole run, by the file that holds the waivers, in waiver order. */
function waiverFindings(waivers: Map<string, WaiverTally>, reportCount: number, lang?: Lang): Map<string, { sha256: string; findings: ReportFinding[] }> {
  const byFile = new Map<string, { sha256: string; found: { index: number; finding: ReportFinding }[] }>();
  for (const tally of waivers.values()) {
    let finding: ReportFinding;
    if (tally.kind === 'expired') finding = expiredFinding(waiverFromFinding(tally.first, tally.index), tally.covers, lang);
    else if (tally.reports === reportCount) finding = tally.first;
    else continue;
    const group = byFile.get(tally.file) ?? { sha256: tally.sha256, found: [] };
    group.found.push({ index: tally.index, finding });
    byFile.set(tally.file, group);
  }
  return new Map([...byFile].map(([file, g]) => [file, { sha256: g.sha256, findings: g.found.sort((a, b) => a.index - b.index).map((x) => x.finding) }]));
}

/**
 * Merges opened shard reports into the files entries of one run, in path order, handing each to
 * `emit` as soon as it is known: waiver findings (judged over all reports) come after the last file,
 * so entries stream through and memory stays flat. Only a waivers file that is itself among the
 * checked files holds back its entry and those after it, to add its waiver findings in place.
 */
export async function mergeReports(reports: readonly OpenReport[], emit: (entry: FileReport) => Promise<void>, lang?: Lang): Promise<ReportMeta> {
  if (reports.length === 0) throw new UsageError(say(BATCH_TEXT).noReports, say(BATCH_TEXT).noReportsHint);
  sameMeta(reports);
  const seen = new Map<string, string>();
  const waivers = new Map<string, WaiverTally>();
  const held: FileReport[] = [];
  const holdsWaivers = new Set<FileReport>();
  /** The next entry of a report that is a checked file (waiver-only entries tallied and skipped). */
  const nextFile = async (report: OpenReport): Promise<FileReport | undefined> => {
    for (let entry = await report.next(); entry; entry = await report.next()) {
      const found = entry.findings.filter(isWaiverFinding);
      tallyWaivers(report.name, entry, found, waivers);
      if (isWaiverEntry(entry)) continue;
      const previous = seen.get(entry.file);
      if (previous !== undefined) {
        throw new UsageError(say(BATCH_TEXT).twice({ file: entry.file, first: previous, second: report.name }), say(BATCH_TEXT).twiceHint);
      }
      seen.set(entry.file, report.name);
      if (found.length === 0) return entry;
      const stripped = { ...entry, findings: entry.findings.filter((f) => !isWaiverFinding(f)) };
      holdsWaivers.add(stripped);
      return stripped;
    }
    return undefined;
  };
  const heads = await Promise.all(reports.map(nextFile));
  // Each entry is read, parsed and written, then garbage: V8 lets it pile up (three shards of 20,000
  // profiles peaked at 310-350 MB with about 20 MB live), so the heap is watched as a checking
  // thread's is, with a higher limit (one thread here; 72 MB cost 20% more CPU, 150 MB about 5%),
  // giving the free pages back (with a plain major collection three shards of 20,000 peaked at 290 MB).
  const guard = memoryGuard(MERGE_HEAP_LIMIT_MB, 'shrink');
  for (let best = firstHead(heads); best >= 0; best = firstHead(heads)) {
    const entry = heads[best]!;
    // From a waivers file among the checked files on, entries wait for the waiver findings.
    if (held.length === 0 && !holdsWaivers.has(entry)) await emit(entry);
    else held.push(entry);
    heads[best] = await nextFile(reports[best]!);
    guard();
  }
  const byFile = waiverFindings(waivers, reports.length, lang);
  for (const entry of held) {
    const group = byFile.get(entry.file);
    byFile.delete(entry.file);
    await emit(group ? { ...entry, findings: [...entry.findings, ...group.findings] } : entry);
  }
  for (const [file, group] of byFile) await emit({ file, sha256: group.sha256, valid: true, errors: [], findings: group.findings });
  const { tool, agreement, asOf } = reports[0]!.meta;
  return { tool: { name: tool.name, version: tool.version }, agreement, asOf };
}
