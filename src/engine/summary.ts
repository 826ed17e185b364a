/** The one place findings are counted, the fail-on threshold is applied and the exit code is decided. */
import { isBaselined, type FailOn, type FileReport, type Report, type ReportFinding, type ReportSummary, type Status } from '../contract/report.js';
import { EXIT, type ExitCode } from './exit-codes.js';

/** A zero summary. */
export function emptySummary(): ReportSummary {
  return { files: 0, invalid: 0, pass: 0, warn: 0, fail: 0, skip: 0, waived: 0 };
}

/** Findings by status (waived ones included). */
export function countStatuses(findings: readonly ReportFinding[]): Record<Status, number> {
  const counts: Record<Status, number> = { fail: 0, warn: 0, pass: 0, skip: 0 };
  for (const finding of findings) counts[finding.status]++;
  return counts;
}

/** Adds one file entry to a summary: the file, whether it is invalid, its findings by status and the waived ones. */
export function addFile(summary: ReportSummary, file: FileReport): void {
  summary.files++;
  if (!file.valid) summary.invalid++;
  for (const finding of file.findings) {
    summary[finding.status]++;
    if (finding.waived) summary.waived++;
  }
}

/** Adds the counts of `part` to `total`. */
export function addSummary(total: ReportSummary, part: ReportSummary): void {
  for (const key of Object.keys(total) as (keyof ReportSummary)[]) total[key] += part[key];
}

/** Counts files, invalid files, findings by status and waived findings. */
function summarize(files: readonly FileReport[]): ReportSummary {
  const summary = emptySummary();
  for (const file of files) addFile(summary, file);
  return summary;
}

/** True when a finding may count toward the exit code: neither waived nor baselined. */
export function counts(finding: Pick<ReportFinding, 'waived' | 'baseline'>): boolean {
  return !finding.waived && !isBaselined(finding);
}

/** True when a finding reaches the `--fail-on` threshold (a waived or baselined finding never does). */
export function reachesFailOn(finding: Pick<ReportFinding, 'status' | 'waived' | 'baseline'>, failOn: FailOn): boolean {
  if (!counts(finding) || failOn === 'never') return false;
  return finding.status === 'fail' || (failOn === 'warn' && finding.status === 'warn');
}

/** What decides a run's exit code. */
export interface Outcome {
  /** A file could not be checked. */
  invalid: boolean;
  /** A rule failed with an internal error. */
  internal: boolean;
  /** The worst status of the findings that count (neither waived nor baselined): fail, warn, or none. */
  worst: 'fail' | 'warn' | 'none';
}

/** The worst warn or fail finding of a file that counts (neither waived nor baselined). */
export function worstUnwaived(findings: readonly ReportFinding[]): Outcome['worst'] {
  let worst: Outcome['worst'] = 'none';
  for (const finding of findings) {
    if (!counts(finding)) continue;
    if (finding.status === 'fail') return 'fail';
    if (finding.status === 'warn') worst = 'warn';
  }
  return worst;
}

/** The exit code: invalid input or internal errors first, then a counting finding at or above `failOn`. */
export function exitCode(outcome: Outcome, failOn: FailOn): ExitCode {
  if (outcome.invalid || outcome.internal) return EXIT.invalid;
  if (outcome.worst === 'none') return EXIT.clean;
  return reachesFailOn({ status: outcome.worst }, failOn) ? EXIT.findings : EXIT.clean;
}

/** The exit code of a run over these file reports. */
export function exitCodeFor(files: readonly FileReport[], failOn: FailOn): ExitCode {
  const worst = files.map((f) => worstUnwaived(f.findings));
  return exitCode(
    {
      invalid: files.some((f) => !f.valid),
      internal: files.some((f) => (f.internalErrors?.length ?? 0) > 0),
      worst: worst.includes('fail') ? 'fail' : worst.includes('warn') ? 'warn' : 'none',
    },
    failOn,
  );
}

/** Assembles the report from file reports. */
export function buildReport(files: FileReport[], meta: Pick<Report, 'tool' | 'agreement' | 'asOf'>): Report {
  return { version: 1, ...meta, files, summary: summarize(files) };
}
