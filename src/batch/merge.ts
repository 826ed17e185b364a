/**
 * Merging the JSON reports of shards (`check --shard K/N --format json`) into the report one
 * unsharded run gives: file entries in path order (each shard's own order kept), waiver findings
 * recomputed over all shards (a waiver is unused only if no shard used it; an expired waiver
 * covers the findings of every shard), the summary recomputed by the caller.
 */
import { UsageError } from '../util/usage-error.js';
import type { Waiver } from '../config/load-config.js';
import { expiredFinding } from '../config/waiver-apply.js';
import { comparePaths } from '../load/inputs.js';
import { parseWhen } from '../model/time.js';
import type { FileReport, Lang, Report, ReportFinding } from '../contract/report.js';

/** The pseudo-rule of waiver findings (config/schema.ts WAIVER_RULE; not imported, to keep zod off this path). */
const WAIVER = 'waiver';

/** One report to merge and the name it was read from (for messages). */
export interface NamedReport {
  name: string;
  report: Report;
}

/** Checks that a parsed document is a v1 JSON report. */
export function asReport(name: string, value: unknown): Report {
  const r = value as Partial<Report> | null;
  const ok =
    typeof r === 'object' &&
    r !== null &&
    r.version === 1 &&
    typeof r.tool?.name === 'string' &&
    typeof r.tool.version === 'string' &&
    typeof r.agreement === 'string' &&
    typeof r.asOf === 'string' &&
    Array.isArray(r.files) &&
    r.files.every((f) => typeof f?.file === 'string' && Array.isArray(f.findings) && Array.isArray(f.errors));
  if (!ok) throw new UsageError(`${name} is not a clausecheck JSON report (version 1)`, 'merge takes the files written by clausecheck check --format json');
  return r as Report;
}

function sameMeta(reports: readonly NamedReport[]): void {
  const first = reports[0]!;
  const fields: [string, (r: Report) => string][] = [
    ['tool', (r) => `${r.tool.name} ${r.tool.version}`],
    ['agreement version', (r) => r.agreement],
    ['asOf', (r) => r.asOf],
  ];
  for (const [label, get] of fields) {
    for (const other of reports.slice(1)) {
      if (get(other.report) !== get(first.report)) {
        throw new UsageError(
          `the reports differ in ${label}: ${first.name} has ${get(first.report)}, ${other.name} has ${get(other.report)}`,
          'merge only shards of one run: the same clausecheck version, agreement and --as-of',
        );
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
  if (typeof expires === 'string') throw new UsageError(`a waiver finding has an unreadable expires "${String(d.expires)}"`);
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

/** Takes files entries in order from several lists, each list's order kept, the smallest path first. */
function mergeOrdered(lists: FileReport[][]): FileReport[] {
  const heads = lists.map(() => 0);
  const out: FileReport[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const candidate = lists[i]![heads[i]!];
      if (!candidate) continue;
      if (best < 0 || comparePaths(candidate.file, lists[best]![heads[best]!]!.file) < 0) best = i;
    }
    if (best < 0) return out;
    out.push(lists[best]![heads[best]!++]!);
  }
}

/** Merges shard reports into the files of one report (the summary is for the caller to count). */
export function mergeReports(reports: readonly NamedReport[], lang?: Lang): { meta: Pick<Report, 'tool' | 'agreement' | 'asOf'>; files: FileReport[] } {
  if (reports.length === 0) throw new UsageError('no reports given', 'e.g. clausecheck merge shard-*.json --format text');
  sameMeta(reports);
  const seen = new Map<string, string>();
  const waivers = new Map<string, WaiverTally>();
  const lists: FileReport[][] = [];
  for (const { name, report } of reports) {
    const list: FileReport[] = [];
    for (const entry of report.files) {
      const waiverFindings = entry.findings.filter(isWaiverFinding);
      for (const finding of waiverFindings) {
        const index = Number(/^waivers\[(\d+)\]$/.exec(finding.subject)?.[1] ?? NaN);
        const kind = (finding.data as { kind?: unknown }).kind;
        if (!Number.isInteger(index) || (kind !== 'expired' && kind !== 'unused')) throw new UsageError(`${name}: a waiver finding for ${finding.subject} that merge cannot read`);
        const key = `${entry.file}\u0000${index}\u0000${kind}`;
        const tally = waivers.get(key) ?? { file: entry.file, sha256: entry.sha256, index, kind, first: finding, reports: 0, covers: 0 };
        tally.reports++;
        tally.covers += Number((finding.data as { covers?: unknown }).covers ?? 0);
        waivers.set(key, tally);
      }
      if (isWaiverEntry(entry)) continue;
      const previous = seen.get(entry.file);
      if (previous !== undefined) {
        throw new UsageError(`${entry.file} is in both ${previous} and ${name}`, 'merge takes the reports of disjoint shards (--shard 1/N … N/N of one run), each once');
      }
      seen.set(entry.file, name);
      list.push(waiverFindings.length ? { ...entry, findings: entry.findings.filter((f) => !isWaiverFinding(f)) } : entry);
    }
    lists.push(list);
  }
  const files = mergeOrdered(lists);
  // Waiver findings, in waiver order, per file holding them: expired ones with every shard's
  // matches; unused ones only when every shard found the waiver unused.
  const byFile = new Map<string, { sha256: string; findings: { index: number; finding: ReportFinding }[] }>();
  for (const tally of waivers.values()) {
    let finding: ReportFinding;
    if (tally.kind === 'expired') finding = expiredFinding(waiverFromFinding(tally.first, tally.index), tally.covers, lang);
    else if (tally.reports === reports.length) finding = tally.first;
    else continue;
    const group = byFile.get(tally.file) ?? { sha256: tally.sha256, findings: [] };
    group.findings.push({ index: tally.index, finding });
    byFile.set(tally.file, group);
  }
  for (const [file, group] of byFile) {
    const findings = group.findings.sort((a, b) => a.index - b.index).map((x) => x.finding);
    const at = files.findIndex((f) => f.file === file);
    if (at >= 0) files[at] = { ...files[at]!, findings: [...files[at]!.findings, ...findings] };
    else files.push({ file, sha256: group.sha256, valid: true, errors: [], findings });
  }
  const { tool, agreement, asOf } = reports[0]!.report;
  return { meta: { tool: { name: tool.name, version: tool.version }, agreement, asOf }, files };
}
