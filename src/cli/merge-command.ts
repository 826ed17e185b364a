/** `clausecheck merge`: turns the JSON reports of shards into any format, as one unsharded run would give. */
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { resolveEffectiveConfig } from '../config/effective.js';
import type { ExitCode } from '../engine/exit-codes.js';
import type { FailOn } from '../contract/report.js';
import { FORMAT_NAMES } from '../report/formatters/names.js';
import { RULES } from '../../rules/index.js';
import { configFlags, type ConfigOptionValues } from './config-command.js';
import { UsageError } from '../util/usage-error.js';
import { parseFormats } from '../report/output-targets.js';
import { openOutput } from '../batch/check-batch.js';
import { asReport, mergeReports, type NamedReport } from '../batch/merge.js';
import { resultOf } from '../batch/file-step.js';
import { Tally } from '../batch/tally.js';
import { say, setCliLang } from './lang.js';
import { CHECK_TEXT } from './text/check.js';

interface MergeOptions extends ConfigOptionValues {
  format: string[];
  failOn?: FailOn;
  verbose?: boolean;
}

async function readReport(name: string): Promise<NamedReport> {
  let text: string;
  try {
    text = await readFile(name, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${name}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${name} is not JSON: ${(error as Error).message}`, 'merge takes the files written by clausecheck check --format json');
  }
  return { name, report: asReport(name, value) };
}

async function runMerge(names: string[], options: MergeOptions): Promise<ExitCode> {
  const targets = parseFormats(options.format);
  if (names.length === 0) throw new UsageError('no reports given', 'e.g. clausecheck merge shard-*.json --format text');
  const reports = await Promise.all(names.map(readReport));
  const cwd = process.cwd();
  // The config decides the rules formatters cite, fail_on and the language; waivers were applied by the shards.
  const effective = await resolveEffectiveConfig({ cwd, rules: RULES, flags: { ...configFlags(options), waivers: false, env: process.env } });
  const lang = effective.lang.value;
  setCliLang(lang);
  const { meta, files } = mergeReports(reports, lang);
  const asOf = Date.parse(meta.asOf);
  const output = await openOutput({ targets, effective, asOf, cwd, verbose: Boolean(options.verbose), lang, meta, hold: false });
  const tally = new Tally(0);
  try {
    for (let i = 0; i < files.length; i++) {
      const result = resultOf(i, files[i]!, output.context);
      tally.add(result);
      await output.sink.write(result);
    }
    await output.sink.finish(tally.summary);
  } catch (error) {
    await output.sink.abort();
    throw error;
  }
  return tally.exitCode(effective.failOn.value);
}

/** Builds the `merge` command; `done` receives the exit code. */
export function mergeCommand(done: (code: ExitCode) => void): Command {
  const command = new Command('merge')
    .description(say(CHECK_TEXT).merge)
    .argument('[reports...]', 'JSON reports written by clausecheck check --format json')
    .option('-f, --format <name[=file]>', `output format: ${FORMAT_NAMES.join(', ')}; repeat to write several as NAME=FILE, at most one to stdout`, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--fail-on <level>', 'exit 1 when an unwaived finding is at or above this level (default: fail_on in the config, else fail)').choices(['fail', 'warn', 'never']))
    .option('-v, --verbose', 'also list pass and skip findings')
    .addHelpText(
      'after',
      `
The merged report is the one a single unsharded run would give: files in path order, waivers
judged over all shards (unused only if no shard used one; an expired one counts every shard's
findings), the summary recounted. Reports from different clausecheck versions, agreements or
--as-of instants are refused. Give the same --config, --rule and --skip-rule as the shards had, so
that formats citing the rules (sarif) and the exit code agree.

Examples:
  $ clausecheck check profiles/ --shard 1/2 --format json=shard-1.json
  $ clausecheck check profiles/ --shard 2/2 --format json=shard-2.json
  $ clausecheck merge shard-*.json                                  the text report
  $ clausecheck merge shard-*.json --format json=all.json --format sarif=all.sarif

Exit codes: as check: 0 nothing at or above --fail-on, 1 findings at or above it, 2 invalid input in a report, or a usage error.`,
    )
    .action(async (names: string[], options: MergeOptions) => done(await runMerge(names, options)));
  return command
    .option('--config <file>', 'the config the shards ran with (default: .clausecheck.yaml upward from the working directory)')
    .option('--rule <id>', 'as given to the shards; repeatable', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--skip-rule <id>', 'as given to the shards; repeatable', (v: string, prev: string[]) => [...prev, v], [] as string[]);
}
