/**
 * `clausecheck merge`: the command's arguments and options. What it runs (merge-run.ts: the JSON
 * reports of shards in any format, as one unsharded run would give) is loaded only when it runs.
 */
import { Command, Option } from 'commander';
import { FAIL_ON_LEVELS } from '../contract/report.js';
import type { ExitCode } from '../engine/exit-codes.js';
import { FORMAT_NAMES } from '../report/formatters/names.js';
import { addDisplayOptions } from './display-options.js';
import { addOutputOptions } from './output-options.js';
import { say } from './lang.js';
import { CHECK_TEXT } from './text/check.js';
import { OPTION_TEXT } from './text/options.js';
import type { MergeOptions } from './merge-run.js';

/** Builds the `merge` command; `done` receives the exit code. */
export function mergeCommand(done: (code: ExitCode) => void): Command {
  const check = say(CHECK_TEXT);
  const text = say(OPTION_TEXT);
  const command = new Command('merge')
    .description(check.merge)
    .argument('[reports...]', text.mergeReports)
    .option('-f, --format <name[=file]>', check.format({ names: FORMAT_NAMES.join(', ') }), (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--fail-on <level>', check.failOn).choices(FAIL_ON_LEVELS))
    .option('-v, --verbose', check.verbose)
    .addHelpText('after', text.mergeAfter)
    .action(async (names: string[], options: MergeOptions) => done(await (await import('./merge-run.js')).runMerge(names, options)));
  return addOutputOptions(addDisplayOptions(command))
    .option('-c, --config <file>', text.mergeConfig)
    .option('--rule <id>', text.mergeRule, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--skip-rule <id>', text.mergeRule, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--baseline <file>', text.mergeBaseline)
    .option('--no-baseline', text.noBaseline);
}
