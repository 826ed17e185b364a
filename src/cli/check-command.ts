/**
 * `clausecheck check`: the command's arguments and options. What it runs (check-run.ts) is loaded
 * only when it runs, so that every other command starts without the checking code.
 */
import { Command, Option } from 'commander';
import { FAIL_ON_LEVELS } from '../contract/report.js';
import type { ExitCode } from '../engine/exit-codes.js';
import { FORMAT_NAMES } from '../report/formatters/names.js';
import { addConfigOptions } from './config-command.js';
import { addDisplayOptions } from './display-options.js';
import { addOutputOptions } from './output-options.js';
import { say } from './lang.js';
import { CHECK_TEXT } from './text/check.js';
import type { CheckOptions } from './check-run.js';

/** Builds the `check` command; `done` receives the exit code. */
export function checkCommand(done: (code: ExitCode) => void): Command {
  const text = say(CHECK_TEXT);
  const command = new Command('check')
    .description(text.check)
    .argument('[paths...]', text.paths)
    .option('--as-of <date|date-time>', text.asOf)
    .option('-f, --format <name[=file]>', text.format({ names: FORMAT_NAMES.join(', ') }), (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--fail-on <level>', text.failOn).choices(FAIL_ON_LEVELS))
    .option('-v, --verbose', text.verbose)
    .option('--ignore <pattern>', text.ignore, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-j, --jobs <n>', text.jobs)
    .option('--shard <K/N>', text.shard)
    .option('-q, --quiet', text.quiet)
    .option('--max-file-size <size>', text.maxFileSize)
    .addHelpText('after', text.checkAfter)
    .action(async (paths: string[], options: CheckOptions) => done(await (await import('./check-run.js')).runCheck(paths, options)));
  return addConfigOptions(addOutputOptions(addDisplayOptions(command)));
}
