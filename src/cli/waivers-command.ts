/**
 * `clausecheck waivers list` and `clausecheck waivers lint`: the commands' arguments and options.
 * What they run (waivers-run.ts) is loaded only when they run.
 */
import { Command, Option } from 'commander';
import { FAIL_ON_LEVELS } from '../contract/report.js';
import { EXPIRING_WITHIN_DAYS } from '../config/defaults.js';
import type { ExitCode } from '../engine/exit-codes.js';
import type { CommandEnv } from './config-command.js';
import { say } from './lang.js';
import { INFO_HELP } from './text/info.js';
import { OPTION_TEXT } from './text/options.js';
import { WAIVERS_TEXT } from './text/waivers.js';
import type { CommonOptions, LintOptions } from './waivers-run.js';

function common(command: Command): Command {
  const text = say(WAIVERS_TEXT);
  return command
    .option('-c, --config <file>', text.config)
    .option('--waivers <file>', say(OPTION_TEXT).waivers)
    .option('--as-of <date|date-time>', text.asOf)
    .addOption(new Option('--format <name>', say(INFO_HELP).format).choices(['text', 'json']).default('text'));
}

/** Builds the `waivers` command with `list` and `lint`; `done` receives the exit code. */
export function waiversCommand(done: (code: ExitCode) => void, env: CommandEnv = {}): Command {
  const text = say(WAIVERS_TEXT);
  const list = common(new Command('list').description(text.list))
    .addHelpText('after', text.listAfter)
    .action(async (options: CommonOptions) => done(await (await import('./waivers-run.js')).runList(options, env)));

  const lint = common(new Command('lint').description(text.lint))
    .argument('[paths...]', text.lintPaths)
    .option('--within-days <days>', text.withinDays, String(EXPIRING_WITHIN_DAYS))
    .addOption(new Option('--fail-on <level>', text.failOn).choices(FAIL_ON_LEVELS).default('fail'))
    .addHelpText('after', text.lintAfter)
    .action(async (paths: string[], options: LintOptions) => done(await (await import('./waivers-run.js')).runLint(paths, options, env)));

  return new Command('waivers')
    .description(text.waivers)
    .addCommand(list.exitOverride())
    .addCommand(lint.exitOverride())
    .addHelpText('after', text.waiversAfter);
}
