/**
 * What a batch run passes between its parts. Everything here is plain data (structured-cloneable),
 * so the same plan reaches worker threads: rules travel as ids plus options, never as functions.
 */
import type { Waiver } from '../config/load-config.js';
import type { BaselineCounts, PreparedBaseline } from '../config/baseline-apply.js';
import type { BufferTable } from '../model/buffer-days.js';
import type { FailOn, FileReport, FormatContext, Lang, Report, ReportSummary, RuleSummary, Status } from '../contract/report.js';
import type { Outcome } from '../engine/summary.js';

/** One active rule as data: its id (looked up in the catalog), options with defaults, an optional cap. */
export interface PlannedRule {
  id: string;
  options: unknown;
  cap?: 'warn';
}

/** One text rendering wanted per file (stdout may be coloured while a text file is not). */
export interface TextVariant {
  color: boolean;
  /** Terminal columns to wrap to (stdout on a terminal); undefined: no wrapping. */
  width?: number;
}

/** How human formats show findings: the language, `--only`, `--sort`, `--summary-only`, and whether the run is a batch. */
export type DisplayOptions = Pick<FormatContext, 'lang' | 'only' | 'sort' | 'summaryOnly' | 'batch'>;

/** Everything a worker (or the main thread) needs to turn an input into its streamed result. */
export interface BatchPlan {
  asOf: number;
  /** The language of messages and human formats. */
  lang: Lang;
  rules: PlannedRule[];
  bufferDays: BufferTable;
  waivers: Waiver[];
  /** The baseline to compare findings with, when the run uses one. */
  baseline?: PreparedBaseline;
  cwd: string;
  failOn: FailOn;
  verbose: boolean;
  /** Catalog facts for formatters. */
  ruleSummaries: RuleSummary[];
  /** Report header: tool, agreement, asOf (RFC 3339). */
  meta: Pick<Report, 'tool' | 'agreement' | 'asOf'>;
  /** Render each file's streamed JSON entry. */
  json: boolean;
  /** Indent the JSON report (`--pretty`, `pretty: true`); compact otherwise. */
  pretty: boolean;
  /** What human formats show (the same in every thread). */
  display: DisplayOptions;
  /** Render each file's text block once per variant. */
  texts: TextVariant[];
  /** Send the whole FileReport back (formats that are written at the end need it). */
  keepReports: boolean;
  /** The largest file read (`--max-file-size`); a larger one is an invalid file. */
  maxFileBytes?: number;
  /** Record each file's capture instant (the agenda). */
  captureFacts?: boolean;
  /** false: no output shows a file's SHA-256 (text, the agenda), so none is computed (nor node:crypto loaded). */
  hash?: boolean;
  /** The statuses whose findings an output shows (text without json or a kept report); absent: all. Others are checked in brief. */
  detail?: Status[];
}

/** An input as sent to a worker: a file path, an error to report, or stdin's bytes read by the main thread. */
export type PlannedInput =
  | { kind: 'file'; file: string }
  | { kind: 'error'; file: string; message: string }
  | { kind: 'bytes'; file: string; bytes: Uint8Array };

/** The outcome of one file, in the form the main thread streams. */
export interface FileResult {
  /** The input's position in the run. */
  index: number;
  file: string;
  /** The file's entry in the JSON report's `files` array, indented for its place there (UTF-8 bytes from a worker). */
  json?: string | Uint8Array;
  /** The file's block in the text report, one per TextVariant (UTF-8 bytes from a worker). */
  texts?: (string | Uint8Array)[];
  /** The whole (waived) file report, when keepReports. */
  report?: FileReport;
  /** This file's contribution to the summary (`files` is 1). */
  counts: ReportSummary;
  /** This file's baseline counts (zero when the run uses no baseline). */
  baseline?: BaselineCounts;
  /** What the exit code needs: invalid or internal errors, and fail / warn findings that count (neither waived nor baselined). */
  invalid: boolean;
  internal: boolean;
  /** The worst unwaived warn or fail finding. */
  worst: Outcome['worst'];
  /** Findings each waiver matched in this file (empty when the run has no waivers or none matched). */
  matched: number[];
  internalErrors?: { rule: string; message: string }[];
}
