/**
 * Applying waivers to a run's file reports, in two steps so that a batch can stream: `waiveFile`
 * per file (in any thread: waivers are plain data), counting matches; then `waiverOutcomes` and
 * `waiverEntries` once every file is done, for the expired and unused waivers. `applyWaivers` does
 * both over a list. Kept apart from waivers.ts so that workers load no config parsing.
 */
import path from 'node:path';
import picomatch from 'picomatch/posix.js';
import { inclusiveEnd, toRfc3339 } from '../model/time.js';
import type { FileReport, Lang, ReportFinding, WaiverInfo } from '../contract/report.js';
import { WAIVER_TEXT } from './messages.js';
import type { Waiver } from './load-config.js';
import { WAIVER_RULE } from '../contract/report.js';

/** Options for applying waivers. */
export interface ApplyOptions {
  /** The evaluation instant T. */
  asOf: number;
  /** The working directory that report file paths are relative to. */
  cwd: string;
  /** Rules that ran; a waiver for a rule that did not run is not reported unused. Default: all. */
  activeRuleIds?: readonly string[];
  /** The language of waiver findings; English when absent. */
  lang?: Lang;
}

/** What happened to one waiver in a run. */
export interface WaiverOutcome {
  waiver: Waiver;
  state: 'applied' | 'expired' | 'unused' | 'not run';
  /** Warn and fail findings it matched (for an expired waiver: the ones it would have matched). */
  matched: number;
}

/** The instant a waiver stops applying: the day after `expires` at 00:00 +08:00, or the date-time given. */
export function waiverEnd(waiver: Pick<Waiver, 'expires'>): number {
  return inclusiveEnd(waiver.expires);
}

/** True when the waiver no longer applies at `asOf`. */
export function isExpired(waiver: Pick<Waiver, 'expires'>, asOf: number): boolean {
  return asOf >= waiverEnd(waiver);
}

/** A matcher for a waiver's `files` glob, relative to the folder of the file holding it; stdin only without `files`. */
export function fileMatcher(waiver: Waiver, cwd: string): (file: string) => boolean {
  if (waiver.files === undefined) return () => true;
  const isMatch = picomatch(waiver.files, { dot: true });
  return (file) => {
    if (file === '-') return false;
    const relative = path.relative(waiver.source.dir, path.resolve(cwd, file)).split(path.sep).join('/');
    return isMatch(relative);
  };
}

/** The `waived` record a finding carries. */
export function waivedInfo(waiver: Waiver): WaiverInfo {
  const info: WaiverInfo = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires.text };
  if (waiver.reference !== undefined) info.reference = waiver.reference;
  return info;
}

function scope(waiver: Waiver): { rule: string; subject?: string; files?: string; owner: string } {
  return { rule: waiver.rule, owner: waiver.owner, ...(waiver.subject === undefined ? {} : { subject: waiver.subject }), ...(waiver.files === undefined ? {} : { files: waiver.files }) };
}

function waiverData(waiver: Waiver, kind: 'expired' | 'unused', extra: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = { kind, waivedRule: waiver.rule };
  if (waiver.files !== undefined) data.files = waiver.files;
  if (waiver.subject !== undefined) data.subject = waiver.subject;
  data.expires = waiver.expires.text;
  data.owner = waiver.owner;
  if (waiver.reference !== undefined) data.reference = waiver.reference;
  return { ...data, ...extra };
}

/** The pseudo-rule finding for an expired waiver, located at its list item. */
export function expiredFinding(waiver: Waiver, matched: number, lang?: Lang): ReportFinding {
  const end = waiverEnd(waiver);
  return {
    rule: WAIVER_RULE,
    status: 'warn',
    clauses: [],
    subject: `waivers[${waiver.index}]`,
    message: WAIVER_TEXT[lang ?? 'en'].expired({ ...scope(waiver), end, matched }),
    messageId: 'waiver.expired',
    path: [...waiver.path],
    line: waiver.line,
    column: waiver.column,
    data: waiverData(waiver, 'expired', { expiredAt: toRfc3339(end), covers: matched }),
  };
}

/** The pseudo-rule finding for a waiver that matched no warn or fail finding. */
export function unusedFinding(waiver: Waiver, lang?: Lang): ReportFinding {
  return {
    rule: WAIVER_RULE,
    status: 'warn',
    clauses: [],
    subject: `waivers[${waiver.index}]`,
    message: WAIVER_TEXT[lang ?? 'en'].unused(scope(waiver)),
    messageId: 'waiver.unused',
    path: [...waiver.path],
    line: waiver.line,
    column: waiver.column,
    data: waiverData(waiver, 'unused', {}),
  };
}

/** Waivers ready to match files: their file matchers and whether each has expired. */
export interface PreparedWaivers {
  waivers: readonly Waiver[];
  matchers: ((file: string) => boolean)[];
  expired: boolean[];
  /** Waiver indexes by rule id, in document order: a finding looks only at its rule's waivers. */
  byRule: Map<string, number[]>;
}

/** Prepares waivers for waiveFile. */
export function prepareWaivers(waivers: readonly Waiver[], options: Pick<ApplyOptions, 'asOf' | 'cwd'>): PreparedWaivers {
  const byRule = new Map<string, number[]>();
  waivers.forEach((w, i) => {
    const list = byRule.get(w.rule);
    if (list) list.push(i);
    else byRule.set(w.rule, [i]);
  });
  return { waivers, matchers: waivers.map((w) => fileMatcher(w, options.cwd)), expired: waivers.map((w) => isExpired(w, options.asOf)), byRule };
}

/**
 * The per-file step: each warn or fail finding matching a waiver's rule, files and subject gets
 * `waived` (the first matching unexpired waiver in document order) and keeps its status; `matched`
 * (one count per waiver) counts the findings each waiver matched. The report is not modified.
 */
export function waiveFile(report: FileReport, prepared: PreparedWaivers, matched: number[]): FileReport {
  const { waivers, matchers, expired, byRule } = prepared;
  if (waivers.length === 0) return { ...report, findings: [...report.findings] };
  // File globs are matched lazily, once per waiver and file, only for rules that have findings here.
  const fileMatches = new Map<number, boolean>();
  const matchesFile = (i: number): boolean => {
    let hit = fileMatches.get(i);
    if (hit === undefined) fileMatches.set(i, (hit = matchers[i]!(report.file)));
    return hit;
  };
  const findings = report.findings.map((finding): ReportFinding => {
    if (finding.waived || (finding.status !== 'warn' && finding.status !== 'fail')) return finding;
    let applied: Waiver | undefined;
    for (const i of byRule.get(finding.rule) ?? []) {
      const waiver = waivers[i]!;
      if (waiver.subject !== undefined && waiver.subject !== finding.subject) continue;
      if (!matchesFile(i)) continue;
      matched[i] = (matched[i] ?? 0) + 1;
      if (!expired[i] && applied === undefined) applied = waiver;
    }
    return applied ? { ...finding, waived: waivedInfo(applied) } : finding;
  });
  return { ...report, findings };
}

/** The final step: what happened to each waiver, from the match counts of every file. */
export function waiverOutcomes(prepared: PreparedWaivers, matched: readonly number[], options: Pick<ApplyOptions, 'activeRuleIds'>): WaiverOutcome[] {
  const ran = options.activeRuleIds ? new Set(options.activeRuleIds) : undefined;
  return prepared.waivers.map((waiver, i): WaiverOutcome => {
    const count = matched[i] ?? 0;
    if (prepared.expired[i]) return { waiver, state: 'expired', matched: count };
    if (count > 0) return { waiver, state: 'applied', matched: count };
    return { waiver, state: ran && !ran.has(waiver.rule) ? 'not run' : 'unused', matched: 0 };
  });
}

/** The `waiver` findings of expired and unused waivers, as files entries for the files holding them (in waiver order). */
export function waiverEntries(outcomes: readonly WaiverOutcome[], lang?: Lang): FileReport[] {
  const entries: FileReport[] = [];
  for (const outcome of outcomes) {
    const finding = outcome.state === 'expired' ? expiredFinding(outcome.waiver, outcome.matched, lang) : outcome.state === 'unused' ? unusedFinding(outcome.waiver, lang) : undefined;
    if (!finding) continue;
    const { source } = outcome.waiver;
    let entry = entries.find((f) => f.file === source.file);
    if (!entry) {
      entry = { file: source.file, sha256: source.sha256, valid: true, errors: [], findings: [] };
      entries.push(entry);
    }
    entry.findings.push(finding);
  }
  return entries;
}

/**
 * Applies waivers to file reports: each warn or fail finding matching a waiver's rule, files and
 * subject gets `waived` (the first matching waiver in document order) and keeps its status.
 * Expired and unused waivers become `waiver` findings in a files entry for the file holding them
 * (appended, or merged into an entry of the same name). The input is not modified.
 */
export function applyWaivers(fileReports: readonly FileReport[], waivers: readonly Waiver[], options: ApplyOptions): { files: FileReport[]; outcomes: WaiverOutcome[] } {
  const prepared = prepareWaivers(waivers, options);
  const matched = waivers.map(() => 0);
  const files = fileReports.map((report) => waiveFile(report, prepared, matched));
  const outcomes = waiverOutcomes(prepared, matched, options);
  for (const entry of waiverEntries(outcomes, options.lang)) {
    const existing = files.find((f) => f.file === entry.file);
    if (existing) existing.findings.push(...entry.findings);
    else files.push(entry);
  }
  return { files, outcomes };
}
