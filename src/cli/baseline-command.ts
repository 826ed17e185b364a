/**
 * `clausecheck baseline write` and `baseline prune`: the commands' arguments and options. What they
 * run (baseline-run.ts) is loaded only when they run.
 */
import { Command } from 'commander';
import { BASELINE_FILE_NAME } from '../config/defaults.js';
import type { ExitCode } from '../engine/exit-codes.js';
import { say } from './lang.js';
import { CHECK_TEXT } from './text/check.js';
import { COMMANDS_TEXT } from './text/commands.js';
import { OPTION_TEXT } from './text/options.js';
import type { PruneOptions, WriteOptions } from './baseline-run.js';

const collect = (value: string, previous: string[]) => [...previous, value];

function runOptions(command: Command): Command {
  const check = say(CHECK_TEXT);
  const options = say(OPTION_TEXT);
  return command
    .option('--as-of <date|date-time>', check.asOf)
    .option('--ignore <pattern>', say(COMMANDS_TEXT).baselineIgnore, collect, [] as string[])
    .option('-j, --jobs <n>', check.jobs)
    .option('--config <file>', options.config)
    .option('--rule <id>', options.rule, collect, [] as string[])
    .option('--skip-rule <id>', options.skipRule, collect, [] as string[]);
}

/** Builds the `baseline` command with `write` and `prune`; `done` receives the exit code. */
export function baselineCommand(done: (code: ExitCode) => void): Command {
  const text = say(COMMANDS_TEXT);
  const command = new Command('baseline').description(text.baseline);
  command.addCommand(
    runOptions(
      new Command('write')
        .description(text.write)
        .argument('[paths...]', text.writePaths)
        .option('-o, --output <file>', text.writeOutput({ file: BASELINE_FILE_NAME })),
    )
      .addHelpText('after', text.writeAfter)
      .action(async (paths: string[], options: WriteOptions) => done(await (await import('./baseline-run.js')).runWrite(paths, options))),
  );
  command.addCommand(
    runOptions(
      new Command('prune')
        .description(text.prune)
        .argument('[paths...]', text.prunePaths)
        .option('-b, --baseline <file>', text.pruneBaseline({ file: BASELINE_FILE_NAME })),
    )
      .addHelpText('after', text.pruneAfter)
      .action(async (paths: string[], options: PruneOptions) => done(await (await import('./baseline-run.js')).runPrune(paths, options))),
  );
  return command;
}
