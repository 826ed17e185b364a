/** The command-line entry point: builds the program and maps every outcome to an exit code. */
import './zod-setup.js'; // first: before any schema is built
import { Command, CommanderError } from 'commander';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { TOOL } from '../contract/version.js';
import { checkCommand } from './check-command.js';
import { reportError } from './errors.js';
import { coverageCommand, explainCommand, rulesCommand, schemaCommand } from './info-commands.js';
import { initCommand } from './init-command.js';
import { configCommand } from './config-command.js';
import { waiversCommand } from './waivers-command.js';
import { mergeCommand } from './merge-command.js';

/** Builds the program; `done` receives each command's exit code. */
export function buildProgram(done: (code: ExitCode) => void): Command {
  const program = new Command('clausecheck')
    .description('Check Alibaba Cloud account profiles against the service agreement (effective 2020-09-24), clause by clause.')
    .version(TOOL.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nStart with:\n  $ clausecheck check examples/ --as-of 2026-11-26\n  $ clausecheck help check');
  for (const command of [checkCommand, mergeCommand, rulesCommand, explainCommand, coverageCommand, schemaCommand, initCommand, configCommand, waiversCommand]) {
    program.addCommand(command(done));
  }
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  return program;
}

let pipeGuarded = false;

/** Runs the CLI with the given arguments and sets the process exit code (callable more than once, as tests do). */
export async function main(argv: string[]): Promise<void> {
  if (!pipeGuarded) {
    pipeGuarded = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.clean);
      throw error;
    });
  }
  let code: ExitCode = EXIT.clean;
  try {
    await buildProgram((c) => (code = c)).parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      code = ok || error.exitCode === 0 ? EXIT.clean : EXIT.invalid;
    } else code = reportError(error);
  }
  process.exitCode = code;
}
