/** What `clausecheck baseline write` and `baseline prune` run (loaded when they run): record today's findings, and drop the fixed ones. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AGREEMENT_VERSION } from '../model/clauses/version.js';
import { toRfc3339 } from '../model/time.js';
import { resolveEffectiveConfig, type EffectiveConfig } from '../config/effective.js';
import { entriesFrom, readBaseline, renderBaseline } from '../config/baseline.js';
import { BASELINE_FILE_NAME } from '../config/defaults.js';
import { baselineKey, prepareBaseline, type BaselineEntry } from '../config/baseline-apply.js';
import { displayConfigPath } from '../config/discover.js';
import { BASELINE_TEXT } from '../report/baseline-words.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { UsageError } from '../util/usage-error.js';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import type { FileReport, Status } from '../contract/report.js';
import { atLeast } from '../engine/verdict.js';
import { TOOL } from '../contract/version.js';
import { RULES } from '../../rules/index.js';
import { parseJobs, runCheckBatch, type CheckBatch } from '../batch/check-batch.js';
import type { Input } from '../load/inputs.js';
import { parseAsOf, resolveRunInputs } from './check-run.js';
import { configFlags } from './config-command.js';
import { say } from './lang.js';

/** The options `baseline write` and `baseline prune` share. */
interface RunOptions {
  asOf?: string;
  ignore: string[];
  jobs?: string;
  config?: string;
  rule: string[];
  skipRule: string[];
}

/** The options of `baseline write`. */
export interface WriteOptions extends RunOptions {
  output?: string;
}

/** The options of `baseline prune`. */
export interface PruneOptions extends RunOptions {
  baseline?: string;
}

/** Runs a check with no report, handing each file report to `observe`; returns the run's exit code. */
async function observeRun(inputs: Input[], options: RunOptions, effective: EffectiveConfig, cwd: string, observe: (report: FileReport) => void, extra: Pick<CheckBatch, 'baseline'> = {}): Promise<{ code: ExitCode; asOf: number }> {
  const asOf = parseAsOf(options.asOf, Date.now());
  const code = await runCheckBatch({
    ...extra,
    inputs,
    targets: [],
    asOf,
    cwd,
    effective,
    lang: effective.lang.value,
    verbose: false,
    jobs: parseJobs(options.jobs),
    quiet: true,
    meta: { tool: { ...TOOL }, agreement: AGREEMENT_VERSION, asOf: toRfc3339(asOf) },
    observe,
  });
  return { code, asOf };
}

async function effectiveFor(options: RunOptions, cwd: string): Promise<EffectiveConfig> {
  // Waivers do not change a status; the run's baseline is passed explicitly (prune) or not at all (write).
  return resolveEffectiveConfig({ cwd, rules: RULES, flags: { ...configFlags({ ...options, waivers: false }), env: process.env } });
}

function invalidNote(reports: number): void {
  if (reports > 0) process.stderr.write(`clausecheck: ${say(BASELINE_TEXT).invalidSkipped({ count: reports })}\n`);
}

/** Runs `baseline write`; its exit code. */
export async function runWrite(paths: string[], options: WriteOptions): Promise<ExitCode> {
  const cwd = process.cwd();
  const inputs = await resolveRunInputs(paths, { ignore: options.ignore }, cwd);
  if (inputs.some((i) => i.kind === 'stdin')) throw new UsageError(say(BASELINE_TEXT).noStdin(), say(BASELINE_TEXT).noStdinHint());
  const effective = await effectiveFor(options, cwd);
  // Default: where the config's baseline: points, else .clausecheck-baseline.json here.
  const absolute = path.resolve(cwd, options.output ?? effective.baseline?.value ?? BASELINE_FILE_NAME);
  const dir = path.dirname(absolute);
  const entries: BaselineEntry[] = [];
  let invalid = 0;
  const { asOf } = await observeRun(inputs, options, effective, cwd, (report) => {
    if (!report.valid) invalid++;
    entries.push(...entriesFrom([report], cwd, dir));
  });
  await writeFileAtomic(absolute, renderBaseline({ tool: { ...TOOL }, agreement: AGREEMENT_VERSION, asOf: toRfc3339(asOf) }, entries));
  const count = (status: string) => entries.filter((e) => e.status === status).length;
  const file = displayConfigPath(absolute, cwd);
  process.stdout.write(`${say(BASELINE_TEXT).written({ file, entries: entries.length, fail: count('fail'), warn: count('warn'), files: new Set(entries.map((e) => e.file)).size })}\n`);
  invalidNote(invalid);
  return invalid > 0 ? EXIT.invalid : EXIT.clean;
}

/** Runs `baseline prune`; its exit code. */
export async function runPrune(paths: string[], options: PruneOptions): Promise<ExitCode> {
  const cwd = process.cwd();
  const effective = await effectiveFor(options, cwd);
  const given = options.baseline ?? effective.baseline?.value ?? BASELINE_FILE_NAME;
  const baseline = await readBaseline(given, cwd);
  const dir = path.dirname(baseline.absolute);
  // Entries of files that no longer exist are fixed for good.
  const kept = baseline.entries.filter((e) => existsSync(path.resolve(dir, e.file)));
  const recordedFiles = [...new Set(kept.map((e) => path.relative(cwd, path.resolve(dir, e.file)) || '.'))];
  const targets = paths.length > 0 ? paths : recordedFiles;
  const byId = new Map(kept.map((e) => [`${e.file}\u0000${e.rule}\u0000${e.subject}`, e]));
  const worstNow = new Map<string, Status>();
  let lowered = 0;
  let invalid = 0;
  if (targets.length > 0) {
    const inputs = await resolveRunInputs(targets, { ignore: options.ignore }, cwd);
    const prepared = prepareBaseline(baseline.file, dir, kept, effective.active.map((a) => a.rule.id));
    await observeRun(inputs.filter((i) => i.kind !== 'stdin'), options, effective, cwd, (report) => {
      if (!report.valid) invalid++;
      const key = baselineKey(report.file, cwd, dir)!;
      for (const fixed of report.baselineFixed ?? []) byId.delete(`${key}\u0000${fixed.rule}\u0000${fixed.subject}`);
      // An entry is lowered only when every finding it covers improved (one rule can find one subject twice).
      for (const f of report.findings) {
        if (f.baseline?.recorded === undefined) continue;
        const id = `${key}\u0000${f.rule}\u0000${f.subject}`;
        const seen = worstNow.get(id);
        if (seen === undefined || !atLeast(seen, f.status)) worstNow.set(id, f.status);
      }
    }, { baseline: prepared });
  }
  for (const [id, now] of worstNow) {
    const entry = byId.get(id);
    if (entry === undefined || atLeast(now, entry.status)) continue;
    byId.set(id, { ...entry, status: now });
    lowered++;
  }
  const entries = [...byId.values()];
  await writeFileAtomic(baseline.absolute, renderBaseline(baseline, entries));
  process.stdout.write(`${say(BASELINE_TEXT).pruned({ file: baseline.file, dropped: baseline.entries.length - entries.length, lowered, kept: entries.length })}\n`);
  invalidNote(invalid);
  return invalid > 0 ? EXIT.invalid : EXIT.clean;
}
