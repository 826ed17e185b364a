/**
 * `clausecheck waivers lint` and `waivers list`: static checks of waivers (invalid entries, expired,
 * expiring soon) plus, when a run's outcomes are given, unused waivers; and their renderings.
 */
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { daysLeft, formatBeijing, formatDays, toRfc3339 } from '../model/time.js';
import type { FailOn, YamlPath } from '../contract/report.js';
import { waiverJson, waiverLine } from './effective.js';
import type { ConfigError, Waiver } from './load-config.js';
import { describeSource } from './source.js';
import { waiverEnd, type WaiverOutcome, type WaiverSet } from './waivers.js';

/** `waivers lint` warns about waivers ending within this many days. */
export const EXPIRING_WITHIN_DAYS = 30;

/** What a lint problem is about. */
export type LintKind = 'invalid' | 'expired' | 'expiring' | 'unused';

/** One lint problem, located in the file that holds it. */
export interface LintProblem {
  file: string;
  line: number;
  column: number;
  path: YamlPath;
  /** `fail`: invalid or expired; `warn`: expiring soon or unused. */
  level: 'fail' | 'warn';
  kind: LintKind;
  message: string;
  /** The waived rule, when the problem is about one waiver. */
  rule?: string;
}

/** A waiver's standing at an instant. */
export interface WaiverStanding {
  state: 'active' | 'expiring' | 'expired';
  /** The instant it stops applying. */
  end: number;
  /** Whole days left, rounded up (0 when expired). */
  daysLeft: number;
}

/** Whether a waiver is active, ends within `withinDays`, or has expired at `asOf`. */
export function waiverStanding(waiver: Pick<Waiver, 'expires'>, asOf: number, withinDays = EXPIRING_WITHIN_DAYS): WaiverStanding {
  const end = waiverEnd(waiver);
  const left = daysLeft(asOf, end);
  const state = asOf >= end ? 'expired' : left <= withinDays ? 'expiring' : 'active';
  return { state, end, daysLeft: left };
}

function at(w: Waiver): Pick<LintProblem, 'file' | 'line' | 'column' | 'path' | 'rule'> {
  return { file: w.source.file, line: w.line, column: w.column, path: [...w.path], rule: w.rule };
}


/** Expired and expiring-soon waivers (no run needed). */
export function lintWaivers(waivers: readonly Waiver[], options: { asOf: number; withinDays?: number }): LintProblem[] {
  const out: LintProblem[] = [];
  for (const w of waivers) {
    const standing = waiverStanding(w, options.asOf, options.withinDays);
    if (standing.state === 'expired') {
      out.push({ ...at(w), level: 'fail', kind: 'expired', message: `waiver for ${w.rule} expired at ${formatBeijing(standing.end)} (expires: ${w.expires.text}); it no longer applies. Owner: ${w.owner}.` });
    } else if (standing.state === 'expiring') {
      out.push({ ...at(w), level: 'warn', kind: 'expiring', message: `waiver for ${w.rule} expires in ${formatDays(standing.daysLeft)}, at ${formatBeijing(standing.end)}; renew it or fix the findings. Owner: ${w.owner}.` });
    }
  }
  return out;
}

/** Config and waivers file errors (missing fields, unknown rules, wrong types) as lint problems. */
export function invalidProblems(errors: readonly ConfigError[]): LintProblem[] {
  return errors.map((e) => ({ file: e.file, line: e.line, column: e.column, path: e.path, level: 'fail', kind: 'invalid', message: e.message }));
}

/** Unused waivers from a run's outcomes (see applyWaivers). */
export function unusedProblems(outcomes: readonly WaiverOutcome[]): LintProblem[] {
  return outcomes
    .filter((o) => o.state === 'unused')
    .map((o) => ({ ...at(o.waiver), level: 'warn' as const, kind: 'unused' as const, message: `waiver for ${o.waiver.rule} matched no warn or fail finding in the profiles checked; remove it or correct its rule, files or subject.` }));
}

/** Problems in file, line and column order. */
export function sortProblems(problems: readonly LintProblem[]): LintProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** Exit 1 when a problem reaches `failOn` (fail, or warn too), else 0. */
export function lintExitCode(problems: readonly LintProblem[], failOn: FailOn): ExitCode {
  if (failOn === 'never') return EXIT.clean;
  return problems.some((p) => p.level === 'fail' || failOn === 'warn') ? EXIT.findings : EXIT.clean;
}

/** Lint problems as text, `file:line:col  level  kind  message`, with a closing count. */
export function renderLintText(problems: readonly LintProblem[], notes: readonly string[] = []): string {
  const lines = sortProblems(problems).map((p) => `${p.file}:${p.line}:${p.column}  ${p.level}  ${p.kind}  ${p.message}`);
  const fails = problems.filter((p) => p.level === 'fail').length;
  lines.push(...notes.map((n) => `note: ${n}`));
  lines.push(problems.length === 0 ? 'waivers: no problems' : `waivers: ${fails} failing, ${problems.length - fails} warning`);
  return `${lines.join('\n')}\n`;
}

/** Lint problems as pretty JSON: `{ problems, notes, summary }`. */
export function renderLintJson(problems: readonly LintProblem[], notes: readonly string[] = []): string {
  const fails = problems.filter((p) => p.level === 'fail').length;
  return `${JSON.stringify({ problems: sortProblems(problems), notes, summary: { fail: fails, warn: problems.length - fails } }, null, 2)}\n`;
}

function standingText(s: WaiverStanding): string {
  if (s.state === 'expired') return `EXPIRED at ${formatBeijing(s.end)}`;
  return `${s.state === 'expiring' ? 'expiring' : 'active'}, ${formatDays(s.daysLeft)} left`;
}

/** `waivers list` as text: one block per waiver with its standing at `asOf`. */
export function renderWaiverListText(set: WaiverSet, asOf: number, withinDays = EXPIRING_WITHIN_DAYS): string {
  if (!set.enabled) return `waivers: ignored (${describeSource(set.source)})\n`;
  if (set.waivers.length === 0) return `waivers: none${set.file ? ` in ${set.file}` : ''}\n`;
  const lines = [`waivers: ${set.waivers.length} from ${set.file ?? '?'}${set.source.kind === 'cli' ? ` (${describeSource(set.source)})` : ''}`];
  for (const w of set.waivers) {
    const [where, rule, scope, expires] = waiverLine(w);
    lines.push('', `${where}  ${rule}  ${scope}`);
    lines.push(`  ${expires} (${standingText(waiverStanding(w, asOf, withinDays))})`);
    lines.push(`  owner ${w.owner}${w.reference !== undefined ? `, reference ${w.reference}` : ''}`);
    lines.push(`  reason: ${w.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `waivers list` as pretty JSON: each waiver with `state`, `end` (RFC 3339) and `daysLeft`. */
export function renderWaiverListJson(set: WaiverSet, asOf: number, withinDays = EXPIRING_WITHIN_DAYS): string {
  const entries = set.waivers.map((w) => {
    const s = waiverStanding(w, asOf, withinDays);
    return { ...waiverJson(w), state: s.state, endsAt: toRfc3339(s.end), daysLeft: s.daysLeft };
  });
  return `${JSON.stringify({ enabled: set.enabled, file: set.file ?? null, source: set.source, waivers: entries }, null, 2)}\n`;
}
