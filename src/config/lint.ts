/**
 * `clausecheck waivers lint` and `waivers list`: static checks of waivers (invalid entries, expired,
 * expiring soon) plus, when a run's outcomes are given, unused waivers; and their renderings.
 */
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { daysLeft, toRfc3339 } from '../model/time.js';
import type { FailOn, Lang, YamlPath } from '../contract/report.js';
import { CONFIG_TEXT } from './config-text.js';
import { localizeConfigError } from './error-text.js';
import { waiverJson, waiverLine } from './effective.js';
import type { ConfigError, Waiver } from './load-config.js';
import { describeSource } from './source.js';
import { EXPIRING_WITHIN_DAYS } from './defaults.js';
import { waiverEnd, type WaiverOutcome, type WaiverSet } from './waivers.js';

/** What a lint problem is about. */
type LintKind = 'invalid' | 'expired' | 'expiring' | 'unused';

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
interface WaiverStanding {
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
export function lintWaivers(waivers: readonly Waiver[], options: { asOf: number; withinDays?: number; lang?: Lang }): LintProblem[] {
  const text = CONFIG_TEXT[options.lang ?? 'en'];
  const out: LintProblem[] = [];
  for (const w of waivers) {
    const standing = waiverStanding(w, options.asOf, options.withinDays);
    if (standing.state === 'expired') {
      out.push({ ...at(w), level: 'fail', kind: 'expired', message: text.expired({ rule: w.rule, end: standing.end, date: w.expires.text, owner: w.owner }) });
    } else if (standing.state === 'expiring') {
      out.push({ ...at(w), level: 'warn', kind: 'expiring', message: text.expiring({ rule: w.rule, days: standing.daysLeft, end: standing.end, owner: w.owner }) });
    }
  }
  return out;
}

/** Config and waivers file errors (missing fields, unknown rules, wrong types) as lint problems. */
export function invalidProblems(errors: readonly ConfigError[], lang: Lang = 'en'): LintProblem[] {
  return errors.map((e) => ({ file: e.file, line: e.line, column: e.column, path: e.path, level: 'fail', kind: 'invalid', message: localizeConfigError(e.message, lang) }));
}

/** Unused waivers from a run's outcomes (see applyWaivers). */
export function unusedProblems(outcomes: readonly WaiverOutcome[], lang: Lang = 'en'): LintProblem[] {
  return outcomes
    .filter((o) => o.state === 'unused')
    .map((o) => ({ ...at(o.waiver), level: 'warn' as const, kind: 'unused' as const, message: CONFIG_TEXT[lang].unused({ rule: o.waiver.rule }) }));
}

/** Problems in file, line and column order. */
function sortProblems(problems: readonly LintProblem[]): LintProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** Exit 1 when a problem reaches `failOn` (fail, or warn too), else 0. */
export function lintExitCode(problems: readonly LintProblem[], failOn: FailOn): ExitCode {
  if (failOn === 'never') return EXIT.clean;
  return problems.some((p) => p.level === 'fail' || failOn === 'warn') ? EXIT.findings : EXIT.clean;
}

/** Lint problems as text, `file:line:col  level  kind  message`, with a closing count. */
export function renderLintText(problems: readonly LintProblem[], notes: readonly string[] = [], lang: Lang = 'en'): string {
  const text = CONFIG_TEXT[lang];
  const lines = sortProblems(problems).map((p) => `${p.file}:${p.line}:${p.column}  ${p.level}  ${p.kind}  ${p.message}`);
  const fails = problems.filter((p) => p.level === 'fail').length;
  lines.push(...notes.map((note) => text.note({ note })));
  lines.push(problems.length === 0 ? text.noProblems : text.problems({ fail: fails, warn: problems.length - fails }));
  return `${lines.join('\n')}\n`;
}

/** Lint problems as pretty JSON: `{ problems, notes, summary }`. */
export function renderLintJson(problems: readonly LintProblem[], notes: readonly string[] = []): string {
  const fails = problems.filter((p) => p.level === 'fail').length;
  return `${JSON.stringify({ problems: sortProblems(problems), notes, summary: { fail: fails, warn: problems.length - fails } }, null, 2)}\n`;
}

function standingText(s: WaiverStanding, lang: Lang): string {
  const text = CONFIG_TEXT[lang];
  if (s.state === 'expired') return text.standingExpired({ end: s.end });
  return text.standingLeft({ expiring: s.state === 'expiring', days: s.daysLeft });
}

/** `waivers list` as text: one block per waiver with its standing at `asOf`. */
export function renderWaiverListText(set: WaiverSet, asOf: number, lang: Lang = 'en', withinDays = EXPIRING_WITHIN_DAYS): string {
  const text = CONFIG_TEXT[lang];
  if (!set.enabled) return `${text.waiversIgnored({ source: describeSource(set.source, lang) })}\n`;
  if (set.waivers.length === 0) return `${text.waiversNone({ file: set.file })}\n`;
  const lines = [text.waiversFrom({ count: set.waivers.length, file: set.file ?? '?', source: set.source.kind === 'cli' ? `(${describeSource(set.source, lang)})` : '' })];
  for (const w of set.waivers) {
    const [where, rule, scope, expires] = waiverLine(w, lang);
    lines.push('', `${where}  ${rule}  ${scope}`);
    lines.push(`  ${expires} (${standingText(waiverStanding(w, asOf, withinDays), lang)})`);
    lines.push(`  ${text.owner({ owner: w.owner, reference: w.reference })}`);
    lines.push(`  ${text.reason({ reason: w.reason })}`);
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
