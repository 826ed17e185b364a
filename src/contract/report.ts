/** The JSON report, version 1 (docs/report-format.md), and what formatters receive. */

/** A finding's status, from best to worst (skip aside). */
export type Status = 'pass' | 'warn' | 'fail' | 'skip';

/** A path into the YAML document: mapping keys and list indexes. */
export type YamlPath = (string | number)[];

/** A waiver applied to a finding (config-format.md). */
export interface WaiverInfo {
  reason: string;
  owner: string;
  expires: string;
  reference?: string;
}

/**
 * How a warn or fail finding compares with the baseline of a run that uses one (SARIF's
 * `baselineState`): `unchanged` (recorded with the same status) and `updated` (recorded with a worse
 * status: it improved) are baselined and do not count toward the exit code; `new` (a subject not
 * recorded, or a status worse than recorded) counts.
 */
type BaselineState = 'unchanged' | 'updated' | 'new';

/** A finding's place in the baseline: its state and the status recorded for it, if any. */
export interface BaselineMark {
  state: BaselineState;
  recorded?: Status;
}

/** A baseline entry whose file was checked but whose rule and subject no longer warn or fail. */
export interface FixedEntry {
  rule: string;
  subject: string;
  /** The status recorded in the baseline. */
  status: Status;
}

/** One finding as reported. */
export interface ReportFinding {
  rule: string;
  status: Status;
  clauses: string[];
  subject: string;
  message: string;
  /** The rule's message id (several joined by `+`), or `skip.noData` / `skip.notApplicable`; the same in every language. */
  messageId: string;
  path: YamlPath;
  line: number;
  column: number;
  data: Record<string, unknown>;
  waived?: WaiverInfo;
  /** Present on warn and fail findings when the run uses a baseline. */
  baseline?: BaselineMark;
}

/** One located problem that made a file invalid. */
export interface ReportError {
  message: string;
  path: YamlPath;
  line: number;
  column: number;
}

/** The account a profile describes, as far as the profile names it. */
export interface AccountRef {
  id?: string;
  name?: string;
}

/** The result for one input file. */
export interface FileReport {
  file: string;
  /** The file's hex SHA-256 ('' for an unreadable file, and inside a run whose outputs show none: text, the agenda). */
  sha256: string;
  valid: boolean;
  /** The profile's account id and name (absent when the profile does not give them or is unreadable). */
  account?: AccountRef;
  errors: ReportError[];
  findings: ReportFinding[];
  notes?: string[];
  /** The profile's `captured_at` (RFC 3339); only in runs that ask for it (the agenda). */
  capturedAt?: string;
  /** Rules that threw on this file (an internal error: exit 2); the other rules still ran. */
  internalErrors?: { rule: string; message: string }[];
  /** Baseline entries of this file that no longer match a warn or fail finding (reported as fixed). */
  baselineFixed?: FixedEntry[];
}

/** Counts over the whole run. */
export interface ReportSummary {
  files: number;
  invalid: number;
  pass: number;
  warn: number;
  fail: number;
  skip: number;
  /** Findings a waiver covers (also counted under their status). */
  waived: number;
}

/** What a baseline did in a run (present only when the run used one). */
export interface BaselineSummary {
  /** The baseline file as given (relative to the working directory when inside it). */
  file: string;
  /** Warn and fail findings no worse than recorded: shown, not counted toward the exit code. */
  baselined: number;
  /** Warn and fail findings not in the baseline, or worse than recorded: they count. */
  new: number;
  /** Baseline entries of checked files that no longer warn or fail. */
  fixed: number;
}

/** The whole report. */
export interface Report {
  version: 1;
  tool: { name: string; version: string };
  agreement: string;
  asOf: string;
  files: FileReport[];
  summary: ReportSummary;
  /** Present when the run used a baseline (`check --baseline`). */
  baseline?: BaselineSummary;
}

/** True when a finding is covered by the baseline (shown, not counted toward the exit code). */
export function isBaselined(finding: Pick<ReportFinding, 'baseline'>): boolean {
  return finding.baseline !== undefined && finding.baseline.state !== 'new';
}

/** The pseudo-rule of findings about waivers (expired, unused); it cannot itself be waived. */
export const WAIVER_RULE = 'waiver';

/** The exit-code thresholds (`--fail-on`, `fail_on`), the strictest last. */
export const FAIL_ON_LEVELS = ['fail', 'warn', 'never'] as const;

/** The exit-code threshold. */
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Catalog facts about a rule that formatters may cite (SARIF driver rules, help links). */
export interface RuleSummary {
  id: string;
  title: string;
  clauses: string[];
  description: string;
}

/** A language people read the output in (rule ids, keys and data values stay English). */
export type Lang = 'en' | 'zh-CN';

/** Everything a formatter may use besides the report. */
export interface FormatContext {
  /** The language of the words people read; English when absent. */
  lang?: Lang;
  failOn: FailOn;
  verbose: boolean;
  color: boolean;
  /** The working directory, for relative artifact URIs. */
  cwd: string;
  rules: RuleSummary[];
  /** Terminal columns to wrap text to (set only when stdout is a terminal); no wrapping when absent. */
  width?: number;
  /** Show only findings with these statuses in human formats (a display filter: exit codes are unchanged). */
  only?: Status[];
  /** Order findings within a file: `due` puts the soonest `data.dueAt` first, findings without one after. */
  sort?: 'due';
  /** Text: one summary line per file instead of its findings, then the totals. */
  summaryOnly?: boolean;
  /** JSON: two-space indentation (`--pretty`, `pretty: true`) instead of compact. */
  pretty?: boolean;
  /** True when the run checks more than one file: text adds a summary line per file (set by the run, not judged from the report, so that streamed and whole output agree). */
  batch?: boolean;
}

/** A formatter is a pure function of the report and its context. */
export type Formatter = (report: Report, context: FormatContext) => string;
