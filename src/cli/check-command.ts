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
import { setCliLang } from './lang.js';

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
    throw new UsageError(`--as-of: ${parsed}`, 'use a date such as 2026-11-26 or a date-time such as 2026-11-26T09:30:00+08:00');
  }
  return parsed.at;
}

async function runCheck(paths: string[], options: CheckOptions): Promise<ExitCode> {
  const targets = parseFormats(options.format);
  const asOf = parseAsOf(options.asOf, Date.now());
  const jobs = parseJobs(options.jobs);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (paths.length === 0) throw new UsageError('no profiles given', 'name files or directories, e.g. clausecheck check examples/, or - for stdin');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  const cwd = process.cwd();
  const expanded = await expandInputs(paths, { ignore: options.ignore, cwd });
  if (expanded.length === 0) {
    const ignoring = options.ignore.length ? ` (after --ignore ${options.ignore.join(', ')})` : '';
    throw new UsageError(`no *.yaml or *.yml files found in ${paths.join(', ')}${ignoring}`);
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
  const command = new Command('check')
    .description('check account profiles against the service agreement and report findings with clauses')
    .argument('[paths...]', "profile files, directories (searched for *.yaml and *.yml), quoted globs ('profiles/**/*.yaml'), or - for stdin")
    .option('--as-of <date|date-time>', 'judge as of this instant, in Beijing time unless an offset is given (default: now)')
    .option('-f, --format <name[=file]>', `output format: ${FORMAT_NAMES.join(', ')} (csv-bom: csv with a UTF-8 BOM, for Excel); repeat to write several as NAME=FILE, at most one to stdout`, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--fail-on <level>', 'exit 1 when an unwaived finding is at or above this level (default: fail_on in the config, else fail)').choices(['fail', 'warn', 'never']))
    .option('-v, --verbose', 'also list pass and skip findings')
    .option('--ignore <pattern>', 'skip files and folders matching this glob (without a /: any path segment, as in .gitignore); repeatable', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-j, --jobs <n>', 'check on this many threads (default: the number of cores; small runs use one)')
    .option('--shard <K/N>', 'check only shard K of N (by a hash of each path); merge the shards\' JSON reports with "clausecheck merge"')
    .option('-q, --quiet', 'no progress spinner on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ clausecheck check examples/                     check every profile in a folder
  $ clausecheck check acme.yaml --as-of 2026-11-26  judge as of 00:00 Beijing time that day
  $ clausecheck check acme.yaml --format json > report.json
  $ clausecheck check profiles/ --format text --format sarif=out.sarif --format junit=out.xml
  $ clausecheck check profiles/ --format html=report.html --format csv-bom=audit.csv
  $ cat acme.yaml | clausecheck check -              read a profile from stdin
  $ clausecheck check profiles/ --fail-on warn      exit 1 on warnings too (for CI)
  $ clausecheck check profiles/ --rule 'backup-*'   only the backup rules
  $ clausecheck check profiles/ --waivers waivers.yaml   accept known risks, with reasons and end dates
  $ clausecheck check 'accounts/**/*.yaml' --ignore archive   a glob (quoted: expanded by clausecheck)
  $ clausecheck check profiles/ --shard 2/4 --format json=shard-2.json   one of four CI machines
  $ clausecheck merge shard-*.json --format sarif=all.sarif     the four shards' reports as one

Settings come from .clausecheck.yaml (found from the working directory upward) or --config; see
"clausecheck config" for what applies and where each value came from.

Files are reported in argument order, each folder or glob in path order, whatever --jobs is. A
missing path, a dangling or looping symbolic link, or a FIFO is reported as an invalid file
(exit 2); the other files are still checked. Progress shows on stderr when it is a terminal
(not under CI, not with --quiet).

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 invalid input, usage or internal error.`,
    )
    .action(async (paths: string[], options: CheckOptions) => done(await runCheck(paths, options)));
  return addConfigOptions(command);
}
