/** `clausecheck check`: load, validate and check profiles, then write the requested reports. */
import { FAIL_ON_LEVELS } from '../contract/report.js';
import { Command, Option } from 'commander';
import { AGREEMENT_VERSION } from '../model/clauses/index.js';
import { beijingMidnight, epochDay, parseWhen, toRfc3339 } from '../model/time.js';
import { DEFAULT_MAX_FILE_BYTES, expandInputs, parseByteSize, type Input } from '../load/inputs.js';

/** The latest --as-of (9899-12-31 00:00 +08:00): deadlines a century later still have four-digit years. */
const LATEST_AS_OF = beijingMidnight(epochDay(9899, 12, 31));
import { resolveEffectiveConfig, type EffectiveConfig } from '../config/effective.js';
import { loadRunBaseline } from '../config/baseline.js';
import { addConfigOptions, configFlags, type ConfigOptionValues } from './config-command.js';
import { FORMAT_NAMES } from '../report/formatters/names.js';
import type { FailOn } from '../contract/report.js';
import { RULES } from '../../rules/index.js';
import { TOOL } from '../contract/version.js';
import { UsageError } from '../util/usage-error.js';
import { parseFormats, refuseOverwritingInputs, type ProtectedFile } from '../report/output-targets.js';
import type { ExitCode } from '../engine/exit-codes.js';
import { parseJobs, runCheckBatch } from '../batch/check-batch.js';
import { parseShard, selectShard } from '../batch/shard.js';
import { addDisplayOptions, displayFlags, type DisplayOptionValues } from './display-options.js';
import { addOutputOptions, type OutputOptionValues } from './output-options.js';

interface CheckOptions extends ConfigOptionValues, DisplayOptionValues, OutputOptionValues {
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
    throw new UsageError(`--as-of: ${parsed}`, 'use a date such as 2026-11-26 or a date-time such as 2026-11-26T09:30:00+08:00');
  }
  if (parsed.at > LATEST_AS_OF) throw new UsageError(`--as-of: ${value} is too late; the latest is 9899-12-31`, 'deadlines are computed from it and must stay within the year 9999');
  return parsed.at;
}

/** Every file a check reads: the inputs, the config file, the waivers file. */
function readFiles(inputs: readonly { kind: string; file: string }[], effective: EffectiveConfig): ProtectedFile[] {
  const reads: ProtectedFile[] = inputs.filter((i) => i.kind === 'file').map((i) => ({ file: i.file, role: 'an input' }));
  if (effective.configFile) reads.push({ file: effective.configFile, role: 'the config file' });
  if (effective.waivers.file) reads.push({ file: effective.waivers.file, role: 'the waivers file' });
  return reads;
}

/** The files a run checks: paths expanded (folders, globs, stdin), ignores applied, the shard selected. */
export async function resolveRunInputs(paths: string[], options: { ignore: string[]; shard?: string }, cwd: string): Promise<Input[]> {
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (paths.length === 0) throw new UsageError('no profiles given', 'name files or directories, e.g. clausecheck check examples/, or - for stdin');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  const expanded = await expandInputs(paths, { ignore: options.ignore, cwd });
  if (expanded.length === 0) {
    const ignoring = options.ignore.length ? ` (after --ignore ${options.ignore.join(', ')})` : '';
    throw new UsageError(`no *.yaml or *.yml files found in ${paths.join(', ')}${ignoring}`);
  }
  // A shard may be empty (few files, many shards): it still writes a report, for merge.
  return selectShard(expanded, shard);
}

async function runCheck(paths: string[], options: CheckOptions): Promise<ExitCode> {
  const targets = parseFormats(options.format);
  const display = displayFlags(options);
  const asOf = parseAsOf(options.asOf, Date.now());
  const jobs = parseJobs(options.jobs);
  const maxFileBytes = options.maxFileSize === undefined ? DEFAULT_MAX_FILE_BYTES : parseByteSize(options.maxFileSize);
  if (maxFileBytes === undefined) throw new UsageError(`--max-file-size: expected a size such as 64MiB, got "${options.maxFileSize}"`, 'bytes, or a number with KiB, MiB or GiB');
  const cwd = process.cwd();
  const inputs = await resolveRunInputs(paths, options, cwd);
  const effective = await resolveEffectiveConfig({ cwd, rules: RULES, flags: configFlags(options) });
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
    jobs,
    quiet: Boolean(options.quiet),
    display,
    color: options.color,
    maxFileBytes,
    meta: { tool: { ...TOOL }, agreement: AGREEMENT_VERSION, asOf: toRfc3339(asOf) },
  });
}

/** Builds the `check` command; `done` receives the exit code. */
export function checkCommand(done: (code: ExitCode) => void): Command {
  const command = new Command('check')
    .description('check account profiles against the service agreement and report findings with clauses')
    .argument('[paths...]', "profile files, directories (searched for *.yaml and *.yml), quoted globs ('profiles/**/*.yaml'), or - for stdin")
    .option('--as-of <date|date-time>', 'judge as of this instant, in Beijing time unless an offset is given (default: now)')
    .option('-f, --format <name[=file]>', `output format: ${FORMAT_NAMES.join(', ')} (csv-bom: csv with a UTF-8 BOM, for Excel); repeat to write several as NAME=FILE, at most one to stdout`, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--fail-on <level>', 'exit 1 when an unwaived finding is at or above this level (default: fail_on in the config, else fail)').choices(FAIL_ON_LEVELS))
    .option('-v, --verbose', 'also list pass and skip findings')
    .option('--ignore <pattern>', 'skip files and folders matching this glob (without a /: any path segment, as in .gitignore); repeatable', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-j, --jobs <n>', 'check on this many threads (default: the idle cores, cores less the load average; small runs use one)')
    .option('--shard <K/N>', 'check only shard K of N (by a hash of each path), or k8s/N in a Kubernetes Indexed Job (K from JOB_COMPLETION_INDEX); merge the shards\' JSON reports with "clausecheck merge"')
    .option('-q, --quiet', 'no progress spinner on stderr')
    .option('--max-file-size <size>', 'the largest profile read, e.g. 64MiB (the default) or 200MiB; a larger file is reported as invalid')
    .addHelpText(
      'after',
      `
Examples:
  $ clausecheck check examples/                     check every profile in a folder
  $ clausecheck check acme.yaml --as-of 2026-11-26  judge as of 00:00 Beijing time that day
  $ clausecheck check acme.yaml --format json > report.json
  $ clausecheck check profiles/ -f sarif -o out.sarif   one report, to a file
  $ clausecheck check profiles/ --format text --format sarif=out.sarif --format junit=out.xml
  $ clausecheck check profiles/ --format html=report.html --format csv-bom=audit.csv
  $ cat acme.yaml | clausecheck check -              read a profile from stdin
  $ clausecheck check profiles/ --fail-on warn      exit 1 on warnings too (for CI)
  $ clausecheck check profiles/ --only fail --sort due   only failures, soonest deadline first
  $ clausecheck check profiles/ --summary-only      one line per account with something to fix
  $ clausecheck check profiles/ --rule 'backup-*'   only the backup rules
  $ clausecheck check profiles/ --waivers waivers.yaml   accept known risks, with reasons and end dates
  $ clausecheck baseline write profiles/            record today's findings in .clausecheck-baseline.json
  $ clausecheck check profiles/ --baseline .clausecheck-baseline.json   fail only on new or worse findings
  $ clausecheck check 'accounts/**/*.yaml' --ignore archive   a glob (quoted: expanded by clausecheck)
  $ clausecheck check profiles/ --shard 2/4 --format json=shard-2.json   one of four CI machines
  $ clausecheck check profiles/ --shard k8s/8 --format json=/out/shard-$JOB_COMPLETION_INDEX.json   a pod of an Indexed Job
  $ clausecheck merge shard-*.json --format sarif=all.sarif     the four shards' reports as one

Settings come from .clausecheck.yaml or .yml (found from the working directory upward) or -c FILE; see
"clausecheck config" for what applies and where each value came from.

Files are reported in argument order, each folder or glob in path order, whatever --jobs is. A
missing path, a dangling or looping symbolic link, or a FIFO is reported as an invalid file
(exit 2); the other files are still checked. Progress shows on stderr when it is a terminal
(not under CI, not with --quiet).

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 invalid input, usage or internal error.`,
    )
    .action(async (paths: string[], options: CheckOptions) => done(await runCheck(paths, options)));
  return addConfigOptions(addOutputOptions(addDisplayOptions(command)));
}
