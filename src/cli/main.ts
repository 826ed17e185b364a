/** The command-line entry point: builds the program and maps every outcome to an exit code. */
import './zod-setup.js'; // first: before any schema is built
import { Command, CommanderError } from 'commander';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { TOOL } from '../contract/version.js';
import { checkCommand } from './check-command.js';
import { reportError } from './errors.js';
import { removeTempFilesSync } from '../util/atomic-write.js';
import { coverageCommand, explainCommand, rulesCommand, schemaCommand } from './info-commands.js';
import { initCommand } from './init-command.js';
import { configCommand } from './config-command.js';
import { waiversCommand } from './waivers-command.js';
import { mergeCommand } from './merge-command.js';
import { agendaCommand } from './agenda-command.js';
import { baselineCommand } from './baseline-command.js';
import { githubCommentCommand } from './github-comment-command.js';
import { importCommand } from './import-command.js';

/** Builds the program; `done` receives each command's exit code. */
export function buildProgram(done: (code: ExitCode) => void): Command {
  const program = new Command('clausecheck')
    .description('Check Alibaba Cloud account profiles against the service agreement (effective 2020-09-24), clause by clause.')
    .version(TOOL.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nStart with:\n  $ clausecheck check examples/ --as-of 2026-11-26\n  $ clausecheck help check');
  for (const command of [checkCommand, agendaCommand, mergeCommand, importCommand, rulesCommand, explainCommand, coverageCommand, schemaCommand, initCommand, configCommand, waiversCommand, baselineCommand, githubCommentCommand]) {
    program.addCommand(command(done));
  }
  program.exitOverride();
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  return program;
}

/** Exit codes after a signal: 128 + its number, as a shell reports them. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

let guarded = false;

/**
 * Once per process: a reader that goes away (`| head -1`) only stops the output, never decides the
 * exit code; SIGINT and SIGTERM remove temporary output files, then exit 130 or 143.
 */
function installProcessGuards(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      process.stdout.destroy();
      return;
    }
    throw error;
  });
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.once(signal, () => {
      removeTempFilesSync();
      process.exit(code);
    });
  }
}

/** Runs the CLI with the given arguments and sets the process exit code. */
export async function main(argv: string[]): Promise<void> {
  installProcessGuards();
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
