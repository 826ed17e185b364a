/**
 * Waivers (shared/spec/config-format.md): loading them from the config or a `--waivers FILE`, and
 * applying them to a run's file reports, with expired and unused waivers reported as findings of
 * the pseudo-rule `waiver` in a files entry for the file that holds them.
 */
import path from 'node:path';
import picomatch from 'picomatch/posix.js';
import type { Rule } from '../engine/types.js';
import { formatBeijing, inclusiveEnd, toRfc3339 } from '../model/time.js';
import type { FileReport, ReportFinding, RuleSummary, WaiverInfo } from '../report/types.js';
import {
  ConfigErrors,
  locateIssues,
  locateWaivers,
  parseYamlSource,
  readForFlag,
  sourceFile,
  type ConfigError,
  type ProjectConfig,
  type SourceFile,
  type Waiver,
} from './load-config.js';
import { displayConfigPath } from './discover.js';
import { validateWaiversDocument, WAIVER_RULE } from './schema.js';
import { DEFAULT_SOURCE, fromFile, fromFlag, type ValueSource } from './source.js';

/** The catalog entry formatters may cite for the pseudo-rule `waiver` (add it to FormatContext.rules). */
export const WAIVER_RULE_SUMMARY: RuleSummary = {
  id: WAIVER_RULE,
  title: 'Waivers are current and used',
  clauses: [],
  description:
    'A finding about the project configuration itself: a waiver that has expired (it no longer applies, so the findings it covered count again) or a waiver that matched no warn or fail finding in the run (remove it, or fix its rule, files or subject).',
};

/** The waivers of a run and where they came from. */
export interface WaiverSet {
  waivers: Waiver[];
  /** The file holding them (config or `--waivers FILE`); undefined when there are none. */
  file?: string;
  /** default (none), the config file, or the command line (`--waivers FILE` / `--no-waivers`). */
  source: ValueSource;
  enabled: boolean;
}

/** The result of reading a waivers file: what was valid and every located error. */
export interface WaiversFileResult {
  source: SourceFile;
  waivers: Waiver[];
  errors: ConfigError[];
}

/** Parses a `--waivers FILE` document (a mapping with one key, `waivers:`). */
export function parseWaiversFile(bytes: Uint8Array, options: { absolute: string; cwd: string; rules: readonly Rule[] }): WaiversFileResult {
  const parsed = parseYamlSource(bytes, sourceFile(options.absolute, options.cwd, bytes), 'waivers file');
  if (parsed.errors.length > 0) return { source: parsed.source, waivers: [], errors: parsed.errors };
  const { waivers, issues } = validateWaiversDocument(parsed.data, options.rules);
  return { source: parsed.source, waivers: locateWaivers(parsed, waivers), errors: locateIssues(parsed, issues) };
}

/** Reads a `--waivers FILE` (resolved against `cwd`), keeping partial results for linting. */
export async function readWaiversFile(file: string, options: { cwd: string; rules: readonly Rule[] }): Promise<WaiversFileResult> {
  const absolute = path.resolve(options.cwd, file);
  const bytes = await readForFlag(absolute, '--waivers', displayConfigPath(absolute, options.cwd));
  return parseWaiversFile(bytes, { absolute, cwd: options.cwd, rules: options.rules });
}

/** What the command line says about waivers: a file (replacing the config's), `false` for `--no-waivers`. */
export type WaiversFlag = string | false | undefined;

/**
 * The run's waivers: none with `--no-waivers`; those of `--waivers FILE`, which replace the
 * config's (the command line overrides the config file); else the config's. Throws ConfigErrors
 * when the waivers file is invalid.
 */
export async function loadWaivers(options: { config?: ProjectConfig; flag: WaiversFlag; cwd: string; rules: readonly Rule[] }): Promise<WaiverSet> {
  const { config, flag } = options;
  if (flag === false) return { waivers: [], source: fromFlag('--no-waivers'), enabled: false };
  if (typeof flag === 'string') {
    const result = await readWaiversFile(flag, options);
    if (result.errors.length > 0) throw new ConfigErrors(result.errors);
    return { waivers: result.waivers, file: result.source.file, source: fromFlag(`--waivers ${flag}`), enabled: true };
  }
  if (config?.hasWaivers) return { waivers: config.waivers, file: config.source.file, source: fromFile(config.source.file), enabled: true };
  return { waivers: [], source: DEFAULT_SOURCE, enabled: true };
}

/** Options for applying waivers. */
export interface ApplyOptions {
  /** The evaluation instant T. */
  asOf: number;
  /** The working directory that report file paths are relative to. */
  cwd: string;
  /** Rules that ran; a waiver for a rule that did not run is not reported unused. Default: all. */
  activeRuleIds?: readonly string[];
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

function scope(waiver: Waiver): string {
  const parts = [`rule ${waiver.rule}`];
  if (waiver.subject !== undefined) parts.push(`subject ${waiver.subject}`);
  if (waiver.files !== undefined) parts.push(`files ${waiver.files}`);
  return parts.join(', ');
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
export function expiredFinding(waiver: Waiver, matched: number): ReportFinding {
  const end = waiverEnd(waiver);
  const covered = matched === 1 ? 'the finding it covered counts' : `the ${matched} findings it covered count`;
  return {
    rule: WAIVER_RULE,
    status: 'warn',
    clauses: [],
    subject: `waivers[${waiver.index}]`,
    message: `Waiver (${scope(waiver)}; owner ${waiver.owner}) expired at ${formatBeijing(end)}${matched ? `; ${covered} again` : ''}. Fix the findings, or renew the waiver with a new expires date and reason.`,
    path: [...waiver.path],
    line: waiver.line,
    column: waiver.column,
    data: waiverData(waiver, 'expired', { expiredAt: toRfc3339(end), covers: matched }),
  };
}

/** The pseudo-rule finding for a waiver that matched no warn or fail finding. */
export function unusedFinding(waiver: Waiver): ReportFinding {
  return {
    rule: WAIVER_RULE,
    status: 'warn',
    clauses: [],
    subject: `waivers[${waiver.index}]`,
    message: `Waiver (${scope(waiver)}; owner ${waiver.owner}) matched no warn or fail finding in this run. Remove it if the problem is fixed, or correct its rule, files or subject.`,
    path: [...waiver.path],
    line: waiver.line,
    column: waiver.column,
    data: waiverData(waiver, 'unused', {}),
  };
}

/**
 * Applies waivers to file reports: each warn or fail finding matching a waiver's rule, files and
 * subject gets `waived` (the first matching waiver in document order) and keeps its status.
 * Expired and unused waivers become `waiver` findings in a files entry for the file holding them
 * (appended, or merged into an entry of the same name). The input is not modified.
 */
export function applyWaivers(fileReports: readonly FileReport[], waivers: readonly Waiver[], options: ApplyOptions): { files: FileReport[]; outcomes: WaiverOutcome[] } {
  const matchers = waivers.map((w) => fileMatcher(w, options.cwd));
  const expired = waivers.map((w) => isExpired(w, options.asOf));
  const matched = waivers.map(() => 0);
  const files = fileReports.map((report): FileReport => {
    const fileMatches = matchers.map((m) => m(report.file));
    const findings = report.findings.map((finding): ReportFinding => {
      if (finding.waived || (finding.status !== 'warn' && finding.status !== 'fail')) return finding;
      let applied: Waiver | undefined;
      waivers.forEach((waiver, i) => {
        if (waiver.rule !== finding.rule || !fileMatches[i]) return;
        if (waiver.subject !== undefined && waiver.subject !== finding.subject) return;
        matched[i]!++;
        if (!expired[i] && applied === undefined) applied = waiver;
      });
      return applied ? { ...finding, waived: waivedInfo(applied) } : finding;
    });
    return { ...report, findings };
  });
  const ran = options.activeRuleIds ? new Set(options.activeRuleIds) : undefined;
  const outcomes = waivers.map((waiver, i): WaiverOutcome => {
    const count = matched[i] ?? 0;
    if (expired[i]) return { waiver, state: 'expired', matched: count };
    if (count > 0) return { waiver, state: 'applied', matched: count };
    return { waiver, state: ran && !ran.has(waiver.rule) ? 'not run' : 'unused', matched: 0 };
  });
  for (const outcome of outcomes) {
    const finding = outcome.state === 'expired' ? expiredFinding(outcome.waiver, outcome.matched) : outcome.state === 'unused' ? unusedFinding(outcome.waiver) : undefined;
    if (!finding) continue;
    const { source } = outcome.waiver;
    let entry = files.find((f) => f.file === source.file);
    if (!entry) {
      entry = { file: source.file, sha256: source.sha256, valid: true, errors: [], findings: [] };
      files.push(entry);
    }
    entry.findings.push(finding);
  }
  return { files, outcomes };
}
