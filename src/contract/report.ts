/** The JSON report, version 1 (shared/spec/report-format.md), and what formatters receive. */

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
}

/** One located problem that made a file invalid. */
export interface ReportError {
  message: string;
  path: YamlPath;
  line: number;
  column: number;
}

/** The result for one input file. */
export interface FileReport {
  file: string;
  sha256: string;
  valid: boolean;
  errors: ReportError[];
  findings: ReportFinding[];
  notes?: string[];
  /** Rules that threw on this file (an internal error: exit 2); the other rules still ran. */
  internalErrors?: { rule: string; message: string }[];
}

/** Counts over the whole run. */
export interface ReportSummary {
  files: number;
  invalid: number;
  pass: number;
  warn: number;
  fail: number;
  skip: number;
}

/** The whole report. */
export interface Report {
  version: 1;
  tool: { name: string; version: string };
  agreement: string;
  asOf: string;
  files: FileReport[];
  summary: ReportSummary;
}

/** The exit-code threshold. */
export type FailOn = 'fail' | 'warn' | 'never';

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
}

/** A formatter is a pure function of the report and its context. */
export type Formatter = (report: Report, context: FormatContext) => string;
