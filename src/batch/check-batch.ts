/**
 * A check run over many files: in the main thread or on worker threads, results streamed to every
 * target in input order, waivers applied per file with the expired and unused ones reported at the
 * end, progress on a terminal. The output is byte for byte the same whatever `--jobs` is.
 */
import os from 'node:os';
import type { EffectiveConfig } from '../config/effective.js';
import { waiverEntries, waiverOutcomes } from '../config/waiver-apply.js';
import type { PreparedBaseline } from '../config/baseline-apply.js';
import { waiverRuleSummary } from '../config/waivers.js';
import { ruleText } from '../../rules/i18n/index.js';
import { UsageError } from '../util/usage-error.js';
import { say } from '../util/i18n.js';
import { BATCH_TEXT } from './messages.js';
import { colorEnabled } from '../util/color.js';
import { visible } from '../util/visible.js';
import { type OutputTarget } from '../report/output-targets.js';
import type { ExitCode } from '../engine/exit-codes.js';
import { readStdin, type Input } from '../load/inputs.js';
import type { FileReport, Lang, Report, RuleSummary } from '../contract/report.js';
import { resultOf, stepContext, stepInput, type StepContext } from './file-step.js';
import { keepFreedMemory } from './allocator.js';
import { memoryGuard } from './memory.js';
import { startProgress, type Progress } from './progress.js';
import { ReportSink, sinkNeeds } from './sink.js';
import { shownStatuses } from '../report/display.js';
import { Tally } from './tally.js';
import type { BatchPlan, DisplayOptions, FileResult, PlannedInput } from './types.js';

/**
 * The default `--jobs`: the cores that are idle now, at least one. One checking thread already keeps
 * more than a core busy (V8 collects garbage and compiles on another), so a second thread pays only
 * when a whole core is free besides: on a busy 2-core machine two threads were slower than one.
 * The idle cores are the cores less the 1-minute load average (0 where the system gives none).
 */
export function defaultJobs(cores = availableCores(), load = os.loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(cores, Math.floor(cores - load)));
}

/** The cores this process may use. */
function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** Parses `--jobs N` (a whole number ≥ 1). */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    const text = say(BATCH_TEXT);
    throw new UsageError(text.badJobs({ value }), text.badJobsHint);
  }
  return n;
}

/**
 * Files per thread, at least. A worker thread costs about 0.1 s to start (it loads the checker), and
 * its isolate compiles and optimises the checker's code again (about 1 s of CPU on another thread),
 * so a second thread pays only once there is enough work to spread. Measured on 2 cores
 * (2026-12-03, six interleaved pairs each, means): 2 threads against 1 were 15% slower at 300
 * files, 13% slower at 600, 3% slower at 1,000 and 10% faster at 2,000. So a run uses one thread
 * per 600 files, up to --jobs: one thread below 1,200 files.
 */
export const MIN_FILES_PER_THREAD = 600;

/**
 * The threads a run of `files` files uses with `--jobs` `jobs` (the main thread is one of them).
 * CLAUSECHECK_PARALLEL_MIN overrides the files per thread (0: every job, for tests on small inputs).
 */
export function threadsFor(files: number, jobs: number, env: NodeJS.ProcessEnv = process.env): number {
  const override = env.CLAUSECHECK_PARALLEL_MIN;
  const perThread = override !== undefined && /^\d+$/.test(override) ? Number(override) : MIN_FILES_PER_THREAD;
  if (files < 2) return 1;
  return Math.max(1, Math.min(jobs, files, perThread === 0 ? jobs : Math.floor(files / perThread)));
}

/** Everything a check batch needs. */
export interface CheckBatch {
  inputs: readonly Input[];
  targets: readonly OutputTarget[];
  asOf: number;
  cwd: string;
  effective: EffectiveConfig;
  verbose: boolean;
  lang: Lang;
  jobs: number;
  quiet: boolean;
  /** `--color` (true) or `--no-color` (false); undefined: decided by the terminal and environment. */
  color?: boolean;
  meta: Pick<Report, 'tool' | 'agreement' | 'asOf'>;
  /** The baseline to compare findings with. */
  baseline?: PreparedBaseline;
  /** Receives every file report as it is done, in input order (for `baseline write` and `prune`). */
  observe?: (report: FileReport) => void;
  /** `--max-file-size` in bytes (default DEFAULT_MAX_FILE_BYTES). */
  maxFileBytes?: number;
  /** Record each profile's `captured_at` in its file report (the agenda). */
  captureFacts?: boolean;
  /** What human formats show; `batch` is filled in from the number of inputs when absent. */
  display?: DisplayOptions;
}

/** The terminal width to wrap stdout's text to: stdout's columns when it is a terminal, else none. */
export function terminalWidth(stdout: { isTTY?: boolean; columns?: number } = process.stdout): number | undefined {
  return stdout.isTTY && typeof stdout.columns === 'number' && stdout.columns > 0 ? stdout.columns : undefined;
}

function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

async function* inMainThread(inputs: readonly PlannedInput[], context: StepContext, progress: Progress): AsyncGenerator<FileResult> {
  let last = Date.now();
  const afterFile = memoryGuard();
  for (let i = 0; i < inputs.length; i++) {
    const result = stepInput(i, inputs[i]!, context);
    afterFile();
    yield result;
    // Let the spinner's timer run now and then (after every file while it loads).
    if (progress.wantsTicks && (progress.loading || Date.now() - last > 50)) {
      await new Promise((resolve) => setImmediate(resolve));
      last = Date.now();
    }
  }
}

/** The output side of a batch, shared with `merge`: a sink and the pieces to render what the main thread adds. */
interface Output {
  sink: ReportSink;
  context: StepContext;
}

/** The catalog facts formatters may cite: the active rules and the pseudo-rule `waiver`. */
export function ruleSummaries(effective: EffectiveConfig, lang: Lang): RuleSummary[] {
  const rules: RuleSummary[] = effective.active.map(({ rule }) => {
    const text = ruleText(rule, lang);
    return { id: rule.id, title: text.title, clauses: [...rule.clauses], description: text.description };
  });
  rules.push(waiverRuleSummary(lang));
  return rules;
}

/** Makes the plan and opens the sink for a set of targets. */
export async function openOutput(options: {
  targets: readonly OutputTarget[];
  effective: EffectiveConfig;
  asOf: number;
  cwd: string;
  verbose: boolean;
  lang: Lang;
  meta: Pick<Report, 'tool' | 'agreement' | 'asOf'>;
  hold: boolean;
  baseline?: PreparedBaseline;
  /** Keep each whole file report (for an observer) even when no format needs it. */
  keep?: boolean;
  /** Record each profile's `captured_at` in its file report (the agenda). */
  captureFacts?: boolean;
  display?: DisplayOptions;
  color?: boolean;
}): Promise<Output> {
  const { effective } = options;
  const display = options.display ?? {};
  const colorFor = (target: OutputTarget) => target.file === undefined && colorEnabled(process.stdout, options.color);
  const width = terminalWidth();
  const widthFor = (target: OutputTarget) => (target.file === undefined ? width : undefined);
  const needs = sinkNeeds(options.targets, colorFor, widthFor);
  const rules = ruleSummaries(effective, options.lang);
  const plan: BatchPlan = {
    asOf: options.asOf,
    lang: options.lang,
    rules: effective.active.map((a) => ({ id: a.rule.id, options: a.options, ...(a.cap ? { cap: a.cap } : {}) })),
    bufferDays: effective.bufferDays,
    waivers: effective.waivers.waivers,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    cwd: options.cwd,
    failOn: effective.failOn.value,
    verbose: options.verbose,
    display,
    ruleSummaries: rules,
    meta: options.meta,
    json: needs.json,
    pretty: effective.pretty.value,
    texts: needs.texts,
    keepReports: needs.keepReports || options.hold || Boolean(options.keep),
  };
  if (options.captureFacts) plan.captureFacts = true;
  // JSON and the formats written at the end show each file's SHA-256; text and observers do not.
  if (!needs.json && !needs.keepReports) plan.hash = false;
  // Text alone shows only the findings of its listed statuses: the others need no message, location or data.
  if (!needs.json && !plan.keepReports) plan.detail = options.display?.summaryOnly ? [] : [...shownStatuses({ ...display, verbose: options.verbose })];
  const text = needs.texts.length ? await import('../report/formatters/text.js') : undefined;
  const context = stepContext(plan, effective.active, text);
  const sink = await ReportSink.open({
    targets: options.targets,
    needs,
    meta: options.meta,
    context: { ...display, lang: display.lang ?? plan.lang, failOn: plan.failOn, verbose: plan.verbose, cwd: plan.cwd, rules, pretty: plan.pretty },
    colorFor,
    widthFor,
    texts: context.texts,
    hold: options.hold,
  });
  return { sink, context };
}

/** Adds the waiver entries (expired and unused waivers) after the files, merging into a file entry of the same name. */
async function addWaiverEntries(entries: readonly FileReport[], output: Output, tally: Tally, firstIndex: number): Promise<void> {
  const held = output.sink.heldResults();
  let index = firstIndex;
  for (const entry of entries) {
    const at = held.findIndex((r) => r.file === entry.file);
    const own = resultOf(index, entry, output.context);
    if (at < 0) {
      tally.add(own);
      await output.sink.write(own);
      index++;
      continue;
    }
    const previous = held[at]!;
    own.counts.files = 0;
    tally.add(own);
    const merged: FileReport = { ...previous.report!, findings: [...previous.report!.findings, ...entry.findings] };
    held[at] = resultOf(previous.index, merged, output.context, previous.matched);
  }
}

/** Runs a check batch and returns the exit code. */
export async function runCheckBatch(batch: CheckBatch): Promise<ExitCode> {
  const { inputs, effective } = batch;
  const waiverFile = effective.waivers.file;
  // When a waivers file is itself among the inputs, its waiver findings join its entry: hold results until the end.
  const hold = waiverFile !== undefined && inputs.some((input) => input.file === waiverFile);
  const output = await openOutput({ ...batch, hold, keep: batch.observe !== undefined, display: { batch: inputs.length > 1, ...batch.display } });
  const { sink, context } = output;
  const plan = context.plan;
  if (batch.maxFileBytes !== undefined) plan.maxFileBytes = batch.maxFileBytes;
  const tally = new Tally(plan.waivers.length, plan.baseline?.file);
  const progress = startProgress({ quiet: batch.quiet, total: inputs.length });
  try {
    const planned: PlannedInput[] = [];
    for (const input of inputs) {
      if (input.kind === 'stdin') {
        const bytes = await readStdin(plan.maxFileBytes);
        planned.push(typeof bytes === 'string' ? { kind: 'error', file: '-', message: bytes } : { kind: 'bytes', file: '-', bytes });
      }
      else planned.push(input);
    }
    // A batch frees memory in bursts all along: have the allocator keep it (src/batch/allocator.ts).
    if (planned.length > 1) keepFreedMemory();
    let results: AsyncGenerator<FileResult>;
    const threads = threadsFor(planned.length, batch.jobs);
    if (threads > 1 && isCloneable(plan)) {
      const { runInWorkers } = await import('./pool.js');
      const afterFile = memoryGuard();
      results = runInWorkers(planned, plan, threads, (index) => {
        const result = stepInput(index, planned[index]!, context);
        afterFile();
        return result;
      });
    } else results = inMainThread(planned, context, progress);
    for await (const result of results) {
      tally.add(result);
      progress.update(result, tally.failingFiles);
      if (batch.observe) batch.observe(result.report!);
      await sink.write(result);
    }
    const outcomes = waiverOutcomes(context.waivers, tally.matched, { activeRuleIds: plan.rules.map((r) => r.id) });
    await addWaiverEntries(waiverEntries(outcomes, plan.lang), output, tally, inputs.length);
    progress.stop();
    await sink.finish(tally.summary, tally.baseline);
  } catch (error) {
    progress.stop();
    await sink.abort();
    throw error;
  }
  for (const e of tally.internalErrors) process.stderr.write(`clausecheck: ${say(BATCH_TEXT).internalError({ rule: e.rule, file: visible(e.file), message: visible(e.message) })}\n`);
  return tally.exitCode(plan.failOn);
}
