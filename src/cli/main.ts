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
import { CHECK_TEXT } from './text/check.js';

/** Puts commander's own words (titles, --help, --version, defaults and choices) in the CLI's language, on every command. */
function localizeHelp(command: Command): void {
  const text = say(HELP_TEXT);
  command.helpOption('-h, --help', text.help);
  if (command.commands.length > 0) command.helpCommand('help [command]', text.help);
  command.configureHelp({
    styleTitle: (title: string) => text.titles({ title }),
    optionDescription(option) {
      const extra: string[] = [];
      if (option.argChoices) extra.push(text.choicesAre({ values: option.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
      const shown = option.required || option.optional;
      if (option.defaultValue !== undefined && shown) extra.push(text.defaultIs({ value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) }));
      return [option.description, ...extra].join(' ');
    },
  });
  for (const sub of command.commands) localizeHelp(sub);
}

/** Builds the program; `done` receives each command's exit code. */
export function buildProgram(done: (code: ExitCode) => void): Command {
  const help = say(INFO_HELP);
  const program = new Command('clausecheck')
    .description(help.program)
    .version(TOOL.version, '-V, --version', say(HELP_TEXT).version)
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
  localizeHelp(program);
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
    const choice = await startupLang(argv, process.env, process.cwd());
    setCliLang(choice.lang);
    if (choice.badVariable !== undefined) process.stderr.write(`clausecheck: ${say(CHECK_TEXT).badVariable({ value: choice.badVariable })}\n`);
    await buildProgram((c) => (code = c)).parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      code = ok || error.exitCode === 0 ? EXIT.clean : EXIT.invalid;
    } else code = reportError(error);
  }
  process.exitCode = code;
}
