/** Running totals of a batch: the summary, the exit code's inputs, waiver matches, internal errors. */
import { exitCodeFor } from '../engine/summary.js';
import type { ExitCode } from '../engine/exit-codes.js';
import type { FailOn, FileReport, ReportFinding } from '../contract/report.js';
import { emptySummary } from './render.js';
import type { FileResult } from './types.js';

/** Totals over the results seen so far. */
export class Tally {
  readonly summary = emptySummary();
  /** Findings each waiver matched, over every file. */
  readonly matched: number[];
  readonly internalErrors: { file: string; rule: string; message: string }[] = [];
  /** Files that are invalid or have an unwaived fail finding (for progress). */
  failingFiles = 0;
  private invalid = false;
  private internal = false;
  private unwaivedFail = false;
  private unwaivedWarn = false;

  constructor(waivers: number) {
    this.matched = Array.from({ length: waivers }, () => 0);
  }

  add(result: FileResult): void {
    const s = this.summary;
    const c = result.counts;
    s.files += c.files;
    s.invalid += c.invalid;
    s.pass += c.pass;
    s.warn += c.warn;
    s.fail += c.fail;
    s.skip += c.skip;
    this.invalid ||= result.invalid;
    this.internal ||= result.internal;
    this.unwaivedFail ||= result.unwaivedFail;
    this.unwaivedWarn ||= result.unwaivedWarn;
    if (result.unwaivedFail || result.invalid) this.failingFiles++;
    result.matched.forEach((n, i) => (this.matched[i] = (this.matched[i] ?? 0) + n));
    for (const e of result.internalErrors ?? []) this.internalErrors.push({ file: result.file, ...e });
  }

  /** The run's exit code, by the one rule in engine/summary.ts (exitCodeFor). */
  exitCode(failOn: FailOn): ExitCode {
    const findings: ReportFinding[] = [];
    const stub = (status: 'fail' | 'warn'): ReportFinding => ({ rule: '', status, clauses: [], subject: '', message: '', messageId: '', path: [], line: 1, column: 1, data: {} });
    if (this.unwaivedFail) findings.push(stub('fail'));
    if (this.unwaivedWarn) findings.push(stub('warn'));
    const totals: FileReport = { file: '', sha256: '', valid: !this.invalid, errors: [], findings };
    if (this.internal) totals.internalErrors = [{ rule: '', message: '' }];
    return exitCodeFor([totals], failOn);
  }
}
