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
import { addLangOption, say, setCliLang, startupLang } from './lang.js';
import { HELP_TEXT } from './text/help.js';
import { INFO_HELP } from './text/info.js';

/** Builds the program; `done` receives each command's exit code. */
export function buildProgram(done: (code: ExitCode) => void): Command {
  const help = say(INFO_HELP);
  const program = new Command('clausecheck')
    .description(help.program)
    .version(TOOL.version, '-V, --version')
    .showHelpAfterError(help.afterError)
    .addHelpText('after', help.programAfter);
  for (const command of [checkCommand, mergeCommand, rulesCommand, explainCommand, coverageCommand, schemaCommand, initCommand, configCommand, waiversCommand]) {
    const built = command(done);
    if (!built.options.some((o) => o.long === '--lang')) addLangOption(built, say(HELP_TEXT).langOption);
    for (const sub of built.commands) if (!sub.options.some((o) => o.long === '--lang')) addLangOption(sub, say(HELP_TEXT).langOption);
    program.addCommand(built);
  }
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI with the given arguments and sets the process exit code. */
export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.clean);
    throw error;
  });
  let code: ExitCode = EXIT.clean;
  try {
    setCliLang(await startupLang(argv, process.env, process.cwd()));
    await buildProgram((c) => (code = c)).parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      code = ok || error.exitCode === 0 ? EXIT.clean : EXIT.invalid;
    } else code = reportError(error);
  }
  process.exitCode = code;
}
