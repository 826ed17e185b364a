/**
 * Applying a baseline to a file report, per file (in any thread: a prepared baseline is plain
 * data). Each warn or fail finding gets a `baseline` mark: `unchanged` or `updated` (no worse than
 * recorded: baselined) or `new` (not recorded, or worse); recorded entries of a valid file that no
 * longer warn or fail become `baselineFixed`. Kept apart from baseline.ts so workers load no parser.
 */
import path from 'node:path';
import { atLeast } from '../engine/verdict.js';
import type { BaselineMark, BaselineSummary, FileReport, FixedEntry, ReportFinding, Status } from '../contract/report.js';

/** The pseudo-rule of waiver findings (schema.ts WAIVER_RULE; not imported, to keep zod off this path): never baselined. */
const WAIVER = 'waiver';

/** One recorded finding: its file (relative to the baseline's folder, `/` separators), rule, subject, status. */
export interface BaselineEntry {
  file: string;
  rule: string;
  subject: string;
  status: Status;
}

/** A baseline ready to apply: its folder, its entries by file, and the rules that ran. */
export interface PreparedBaseline {
  /** The baseline file as shown in reports. */
  file: string;
  /** The absolute folder holding it: entry paths are relative to it. */
  dir: string;
  byFile: Record<string, BaselineEntry[]>;
  /** Rules that ran; an entry of a rule that did not run is never fixed. */
  ranRules: string[];
}

/** Groups entries by file. */
export function prepareBaseline(file: string, dir: string, entries: readonly BaselineEntry[], ranRules: readonly string[]): PreparedBaseline {
  const byFile: Record<string, BaselineEntry[]> = {};
  for (const entry of entries) (byFile[entry.file] ??= []).push(entry);
  return { file, dir, byFile, ranRules: [...ranRules] };
}

/** The key of a report's file in a baseline at `dir`: its path relative to that folder (`-` has none). */
export function baselineKey(file: string, cwd: string, dir: string): string | undefined {
  if (file === '-') return undefined;
  return path.relative(dir, path.resolve(cwd, file)).split(path.sep).join('/');
}

/** True when a finding is one a baseline records: warn or fail, of a real rule. */
export function isRecordable(finding: Pick<ReportFinding, 'rule' | 'status'>): boolean {
  return (finding.status === 'warn' || finding.status === 'fail') && finding.rule !== WAIVER;
}

/** The mark of a finding with status `now` against a recorded status (undefined: not recorded). */
export function markFor(now: Status, recorded: Status | undefined): BaselineMark {
  if (recorded === undefined) return { state: 'new' };
  if (now === recorded) return { state: 'unchanged', recorded };
  return atLeast(recorded, now) ? { state: 'updated', recorded } : { state: 'new', recorded };
}

/** Marks a file's findings against the baseline and lists its fixed entries. The report is not modified. */
export function baselineFile(report: FileReport, baseline: PreparedBaseline, cwd: string): FileReport {
  const key = baselineKey(report.file, cwd, baseline.dir);
  const recorded = (key !== undefined ? baseline.byFile[key] : undefined) ?? [];
  const byId = new Map(recorded.map((e) => [`${e.rule}\u0000${e.subject}`, e]));
  const matched = new Set<BaselineEntry>();
  const findings = report.findings.map((finding): ReportFinding => {
    if (!isRecordable(finding)) return finding;
    const entry = byId.get(`${finding.rule}\u0000${finding.subject}`);
    if (entry) matched.add(entry);
    return { ...finding, baseline: markFor(finding.status, entry?.status) };
  });
  const out: FileReport = { ...report, findings };
  if (!report.valid) return out;
  const ran = new Set(baseline.ranRules);
  const fixed: FixedEntry[] = recorded.filter((e) => !matched.has(e) && ran.has(e.rule)).map((e) => ({ rule: e.rule, subject: e.subject, status: e.status }));
  if (fixed.length) out.baselineFixed = fixed;
  return out;
}

/** A file's contribution to the run's baseline counts. */
export type BaselineCounts = Omit<BaselineSummary, 'file'>;

/** Counts a file report's baselined, new and fixed findings. */
export function baselineCounts(report: FileReport): BaselineCounts {
  const counts: BaselineCounts = { baselined: 0, new: 0, fixed: report.baselineFixed?.length ?? 0 };
  for (const finding of report.findings) {
    if (!finding.baseline) continue;
    if (finding.baseline.state === 'new') counts.new++;
    else counts.baselined++;
  }
  return counts;
}
