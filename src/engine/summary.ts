/** Counts, exit codes and report assembly over file reports. */
import { isBaselined, type FailOn, type FileReport, type Report, type ReportFinding, type ReportSummary } from '../contract/report.js';
import { EXIT, type ExitCode } from './exit-codes.js';

/** Counts files, invalid files and findings by status. */
export function summarize(files: readonly FileReport[]): ReportSummary {
  const summary: ReportSummary = { files: files.length, invalid: 0, pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const file of files) {
    if (!file.valid) summary.invalid++;
    for (const finding of file.findings) summary[finding.status]++;
  }
  return summary;
}

/** True when a finding may count toward the exit code: neither waived nor baselined. */
export function counts(finding: Pick<ReportFinding, 'waived' | 'baseline'>): boolean {
  return !finding.waived && !isBaselined(finding);
}

/** True when a finding that counts (neither waived nor baselined) reaches the threshold. */
export function reachesThreshold(files: readonly FileReport[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return files.some((f) => f.findings.some((x) => counts(x) && (x.status === 'fail' || (failOn === 'warn' && x.status === 'warn'))));
}

/** The exit code of a run: invalid input or internal errors first, then findings. */
export function exitCodeFor(files: readonly FileReport[], failOn: FailOn): ExitCode {
  if (files.some((f) => !f.valid || (f.internalErrors?.length ?? 0) > 0)) return EXIT.invalid;
  return reachesThreshold(files, failOn) ? EXIT.findings : EXIT.clean;
}

/** Assembles the report from file reports. */
export function buildReport(files: FileReport[], meta: Pick<Report, 'tool' | 'agreement' | 'asOf'>): Report {
  return { version: 1, ...meta, files, summary: summarize(files) };
}
