/** What `clausecheck check` runs (loaded when the command runs): load, validate and check profiles, then write the requested reports. */
import { AGREEMENT_VERSION } from '../model/clauses/version.js';
import { beijingMidnight, epochDay, parseWhen, toRfc3339 } from '../model/time.js';
import { expandInputs, parseByteSize, type Input } from '../load/inputs.js';

/** The latest --as-of (9899-12-31 00:00 +08:00): deadlines a century later still have four-digit years. */
const LATEST_AS_OF = beijingMidnight(epochDay(9899, 12, 31));
import { resolveEffectiveConfig, type EffectiveConfig } from '../config/effective.js';
import { loadRunBaseline } from '../config/baseline.js';
import { configFlags, type ConfigOptionValues } from './config-command.js';
import type { FailOn } from '../contract/report.js';
import { RULES } from '../../rules/index.js';
import { TOOL } from '../contract/version.js';
import { UsageError } from '../util/usage-error.js';
import { parseFormats, refuseOverwritingInputs, type ProtectedFile } from '../report/output-targets.js';
import type { ExitCode } from '../engine/exit-codes.js';
import { parseJobs, runCheckBatch } from '../batch/check-batch.js';
import { parseShard, selectShard } from '../batch/shard.js';
import { displayFlags, type DisplayOptionValues } from './display-options.js';
import type { OutputOptionValues } from './output-options.js';
import { cliLang, say, setCliLang } from './lang.js';
import { localizeInputError } from '../engine/error-text.js';
import { CHECK_TEXT } from './text/check.js';

/** The options commander parses for `check`. */
export interface CheckOptions extends ConfigOptionValues, DisplayOptionValues, OutputOptionValues {
  asOf?: string;
  format: string[];
  /** Undefined when not given, so that fail_on from the config applies. */
  failOn?: FailOn;
  verbose?: boolean;
  ignore: string[];
  jobs?: string;
  shard?: string;
  quiet?: boolean;
  maxFileSize?: string;
}

/** Parses `--as-of`: a date (00:00 Beijing time) or a date-time (Beijing time when no offset). */
export function parseAsOf(value: string | undefined, now: number): number {
  if (value === undefined) return now;
  const parsed = parseWhen(value);
  if (typeof parsed === 'string') {
    const text = say(CHECK_TEXT);
    throw new UsageError(text.badAsOf({ problem: cliLang() === 'en' ? parsed : localizeInputError(parsed) }), text.badAsOfHint);
  }
  if (parsed.at > LATEST_AS_OF) {
    const text = say(CHECK_TEXT);
    throw new UsageError(text.lateAsOf({ value, latest: '9899-12-31' }), text.lateAsOfHint);
  }
  return parsed.at;
}

/** Parses `--max-file-size` (undefined when not given, so that the config's max_file_size applies). */
function parseMaxFileSize(value: string | undefined): { bytes: number; text: string } | undefined {
  if (value === undefined) return undefined;
  const bytes = parseByteSize(value);
  if (bytes !== undefined) return { bytes, text: value };
  const text = say(CHECK_TEXT);
  throw new UsageError(text.badMaxFileSize({ value }), text.badMaxFileSizeHint);
}

/** Every file a check reads: the inputs, the config file, the waivers file (no output may replace one). */
export function readFiles(inputs: readonly { kind: string; file: string }[], effective: EffectiveConfig): ProtectedFile[] {
  const reads: ProtectedFile[] = inputs.filter((i) => i.kind === 'file').map((i) => ({ file: i.file, role: 'input' }));
  if (effective.configFile) reads.push({ file: effective.configFile, role: 'config' });
  if (effective.waivers.file) reads.push({ file: effective.waivers.file, role: 'waivers' });
  return reads;
}

/** The files a run checks: paths expanded (folders, globs, stdin), ignores applied, the shard selected. */
export async function resolveRunInputs(paths: string[], options: { ignore: string[]; shard?: string }, cwd: string): Promise<Input[]> {
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const text = say(CHECK_TEXT);
  if (paths.length === 0) throw new UsageError(text.noPaths, text.noPathsHint);
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError(text.stdinTwice);
  const expanded = await expandInputs(paths, { ignore: options.ignore, cwd });
  if (expanded.length === 0) {
    throw new UsageError(text.noFiles({ paths: paths.join(', '), ignore: options.ignore.join(', ') }));
  }
  // A shard may be empty (few files, many shards): it still writes a report, for merge.
  return selectShard(expanded, shard);
}

/** Runs `check` with the parsed arguments; its exit code. */
export async function runCheck(paths: string[], options: CheckOptions): Promise<ExitCode> {
  const targets = parseFormats(options.format, options.output);
  const display = displayFlags(options);
  const asOf = parseAsOf(options.asOf, Date.now());
  const jobs = parseJobs(options.jobs);
  const maxFileSize = parseMaxFileSize(options.maxFileSize);
  const cwd = process.cwd();
  const inputs = await resolveRunInputs(paths, options, cwd);
  const effective = await resolveEffectiveConfig({ cwd, rules: RULES, flags: { ...configFlags(options), ...(maxFileSize ? { maxFileSize } : {}), env: process.env } });
  setCliLang(effective.lang.value);
  await refuseOverwritingInputs(targets, readFiles(inputs, effective));
  const baseline = await loadRunBaseline(effective, cwd);
  return runCheckBatch({
    ...(baseline ? { baseline } : {}),
    inputs,
    targets,
    asOf,
    cwd,
    effective,
    verbose: Boolean(options.verbose),
    lang: effective.lang.value,
    jobs,
    quiet: Boolean(options.quiet),
    display,
    color: options.color,
    maxFileBytes: effective.maxFileBytes.value,
    meta: { tool: { ...TOOL }, agreement: AGREEMENT_VERSION, asOf: toRfc3339(asOf) },
  });
}
