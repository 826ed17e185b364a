/** Running totals of a batch: the summary, the exit code's inputs, waiver matches, internal errors. */
import { addSummary, emptySummary, exitCode, type Outcome } from '../engine/summary.js';
import type { ExitCode } from '../engine/exit-codes.js';
import type { BaselineSummary, FailOn } from '../contract/report.js';
import type { FileResult } from './types.js';

/** Totals over the results seen so far. */
export class Tally {
  readonly summary = emptySummary();
  /** Findings each waiver matched, over every file. */
  readonly matched: number[];
  readonly internalErrors: { file: string; rule: string; message: string }[] = [];
  /** Files that are invalid or have an unwaived fail finding (for progress). */
  failingFiles = 0;
  private readonly outcome: Outcome = { invalid: false, internal: false, worst: 'none' };

  /** The run's baseline counts, when it uses a baseline (the file as shown). */
  readonly baseline?: BaselineSummary;

  constructor(waivers: number, baselineFile?: string) {
    this.matched = Array.from({ length: waivers }, () => 0);
    if (baselineFile !== undefined) this.baseline = { file: baselineFile, baselined: 0, new: 0, fixed: 0 };
  }

  add(result: FileResult): void {
    addSummary(this.summary, result.counts);
    const o = this.outcome;
    o.invalid ||= result.invalid;
    o.internal ||= result.internal;
    if (o.worst !== 'fail' && result.worst !== 'none') o.worst = result.worst;
    if (result.worst === 'fail' || result.invalid) this.failingFiles++;
    if (this.baseline && result.baseline) {
      this.baseline.baselined += result.baseline.baselined;
      this.baseline.new += result.baseline.new;
      this.baseline.fixed += result.baseline.fixed;
    }
    result.matched.forEach((n, i) => (this.matched[i] = (this.matched[i] ?? 0) + n));
    for (const e of result.internalErrors ?? []) this.internalErrors.push({ file: result.file, ...e });
  }

  /** The run's exit code, by the one rule in engine/summary.ts. */
  exitCode(failOn: FailOn): ExitCode {
    return exitCode(this.outcome, failOn);
  }
}
