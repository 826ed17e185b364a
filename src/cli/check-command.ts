/** `clausecheck check`: load, validate and check profiles, then write the requested reports. */
import { Command, Option } from 'commander';
import { AGREEMENT_VERSION } from '../model/clauses/index.js';
import { parseWhen, toRfc3339 } from '../model/time.js';
import { expandInputs } from '../load/inputs.js';
import { resolveEffectiveConfig } from '../config/effective.js';
import { addConfigOptions, configFlags, type ConfigOptionValues } from './config-command.js';
import { FORMAT_NAMES } from '../report/formatters/names.js';
import type { FailOn } from '../contract/report.js';
import { RULES } from '../../rules/index.js';
import { TOOL } from '../contract/version.js';
import { UsageError } from '../util/usage-error.js';
import { parseFormats } from '../report/output-targets.js';
import type { ExitCode } from '../engine/exit-codes.js';
import { parseJobs, runCheckBatch } from '../batch/check-batch.js';
import { parseShard, selectShard } from '../batch/shard.js';
import { say, setCliLang } from './lang.js';
import { CHECK_TEXT } from './text/check.js';

interface CheckOptions extends ConfigOptionValues {
  asOf?: string;
  format: string[];
  /** Undefined when not given, so that fail_on from the config applies. */
  failOn?: FailOn;
  verbose?: boolean;
  ignore: string[];
  jobs?: string;
  shard?: string;
  quiet?: boolean;
}

/** Parses `--as-of`: a date (00:00 Beijing time) or a date-time (Beijing time when no offset). */
export function parseAsOf(value: string | undefined, now: number): number {
  if (value === undefined) return now;
  const parsed = parseWhen(value);
  if (typeof parsed === 'string') {
    const text = say(CHECK_TEXT);
    throw new UsageError(text.badAsOf({ problem: parsed }), text.badAsOfHint);
  }
  return parsed.at;
}

async function runCheck(paths: string[], options: CheckOptions): Promise<ExitCode> {
  const targets = parseFormats(options.format);
  const asOf = parseAsOf(options.asOf, Date.now());
  const jobs = parseJobs(options.jobs);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const text = say(CHECK_TEXT);
  if (paths.length === 0) throw new UsageError(text.noPaths, text.noPathsHint);
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError(text.stdinTwice);
  const cwd = process.cwd();
  const expanded = await expandInputs(paths, { ignore: options.ignore, cwd });
  if (expanded.length === 0) {
    throw new UsageError(text.noFiles({ paths: paths.join(', '), ignore: options.ignore.join(', ') }));
  }
  // A shard may be empty (few files, many shards): it still writes a report, for merge.
  const inputs = selectShard(expanded, shard);
  const effective = await resolveEffectiveConfig({ cwd, rules: RULES, flags: { ...configFlags(options), env: process.env } });
  setCliLang(effective.lang.value);
  return runCheckBatch({
    inputs,
    targets,
    asOf,
    cwd,
    effective,
    verbose: Boolean(options.verbose),
    lang: effective.lang.value,
    jobs,
    quiet: Boolean(options.quiet),
    meta: { tool: { ...TOOL }, agreement: AGREEMENT_VERSION, asOf: toRfc3339(asOf) },
  });
}

/** Builds the `check` command; `done` receives the exit code. */
export function checkCommand(done: (code: ExitCode) => void): Command {
  const text = say(CHECK_TEXT);
  const command = new Command('check')
    .description(text.check)
    .argument('[paths...]', text.paths)
    .option('--as-of <date|date-time>', text.asOf)
    .option('-f, --format <name[=file]>', text.format({ names: FORMAT_NAMES.join(', ') }), (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--fail-on <level>', text.failOn).choices(['fail', 'warn', 'never']))
    .option('-v, --verbose', text.verbose)
    .option('--ignore <pattern>', text.ignore, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-j, --jobs <n>', text.jobs)
    .option('--shard <K/N>', text.shard)
    .option('-q, --quiet', text.quiet)
    .addHelpText('after', text.checkAfter)
    .action(async (paths: string[], options: CheckOptions) => done(await runCheck(paths, options)));
  return addConfigOptions(command);
}
