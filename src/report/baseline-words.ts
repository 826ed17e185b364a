/**
 * Every word about baselines that people read (formatters, the baseline file's errors, the baseline
 * commands), keyed by message id so that it can be translated. English.
 */
import type { BaselineMark, BaselineSummary, FixedEntry } from '../contract/report.js';

/** The baseline messages, by id. */
export const BASELINE_MESSAGES = {
  /** Short label of a finding's baseline state (text marker, badges). */
  label: (p: { mark: BaselineMark }) =>
    p.mark.state === 'unchanged'
      ? `baselined`
      : p.mark.state === 'updated'
        ? `baselined, was ${p.mark.recorded ?? '?'}`
        : p.mark.recorded
          ? `worse than baseline (${p.mark.recorded})`
          : 'new',
  /** A fixed entry on one line. */
  fixed: (p: { entry: FixedEntry }) => `${p.entry.rule} ${p.entry.subject}: fixed since the baseline (recorded ${p.entry.status})`,
  /** The run's baseline in one sentence. */
  summary: (p: { baseline: BaselineSummary }) =>
    `baseline ${p.baseline.file}: ${p.baseline.baselined} baselined, ${p.baseline.new} new, ${p.baseline.fixed} fixed`,
  /** Status column wording for a fixed entry. */
  fixedStatus: () => 'fixed',
  notJson: (p: { detail: string }) => `not a JSON baseline: ${p.detail}`,
  notMapping: () => `expected a clausecheck baseline (a JSON object with "format": "clausecheck-baseline/v1")`,
  wrongFormat: (p: { found: string; expected: string }) => `format ${p.found} is not ${p.expected}; this is not a clausecheck baseline, or one from an incompatible version`,
  foreignAgreement: (p: { found: string; expected: string }) =>
    `recorded against agreement ${p.found}; this clausecheck checks agreement ${p.expected}, so its statuses do not compare`,
  missingKey: (p: { key: string }) => `missing required key "${p.key}"`,
  expectedType: (p: { what: string; found: string }) => `expected ${p.what}, got ${p.found}`,
  duplicateEntry: (p: { file: string; rule: string; subject: string }) => `entry for ${p.file}, rule ${p.rule}, subject ${p.subject} is listed twice`,
  hintFix: () => 'write a new one with: clausecheck baseline write PATHS... -o FILE',
  cannotRead: (p: { file: string; why: string }) => `cannot read baseline ${p.file}: ${p.why}`,
  written: (p: { file: string; entries: number; fail: number; warn: number; files: number }) =>
    `wrote ${p.file}: ${p.entries} entr${p.entries === 1 ? 'y' : 'ies'} (${p.fail} fail, ${p.warn} warn) in ${p.files} file${p.files === 1 ? '' : 's'}`,
  invalidSkipped: (p: { count: number }) => `${p.count} invalid file${p.count === 1 ? ' is' : 's are'} not recorded (fix ${p.count === 1 ? 'it' : 'them'}: invalid input always fails)`,
  pruned: (p: { file: string; dropped: number; lowered: number; kept: number }) =>
    `pruned ${p.file}: dropped ${p.dropped} fixed entr${p.dropped === 1 ? 'y' : 'ies'}, lowered ${p.lowered} to the current status, kept ${p.kept}`,
  noStdin: () => 'a baseline records files by path; stdin (-) has none',
  noStdinHint: () => 'name the files or folders to record',
  noBaselineHint: () => 'record one with: clausecheck baseline write PATHS... (or name it with --baseline FILE)',
} as const;

/** A finding's baseline label, or an empty string when it has no mark. */
export function baselineLabel(mark: BaselineMark | undefined): string {
  return mark ? BASELINE_MESSAGES.label({ mark }) : '';
}

/** The statuses in a fixed entry's words. */
export function fixedText(entry: FixedEntry): string {
  return BASELINE_MESSAGES.fixed({ entry });
}

