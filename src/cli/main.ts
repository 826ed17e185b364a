/**
 * The command-line entry point: builds the program and maps every outcome to an exit code. Each
 * command's module holds only its arguments and options; what it runs is imported when it runs.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { TOOL } from '../contract/version.js';
import { checkCommand } from './check-command.js';
import { removeTempFilesSync } from '../util/temp-files.js';
import { coverageCommand, explainCommand, rulesCommand, schemaCommand } from './info-commands.js';
import { initCommand } from './init-command.js';
import { configCommand } from './config-command.js';
import { waiversCommand } from './waivers-command.js';
import { mergeCommand } from './merge-command.js';
import { agendaCommand } from './agenda-command.js';
import { baselineCommand } from './baseline-command.js';
import { githubCommentCommand } from './github-comment-command.js';
import { importCommand } from './import-command.js';
import { addLangOption, cliLang, say, setCliLang, startupLang } from './lang.js';
import { HELP_TEXT } from './text/help.js';
import { INFO_HELP } from './text/info.js';
import { CHECK_TEXT } from './text/check.js';
import { commanderErrorZh } from './text/commander-errors.js';

/** Puts commander's own words (titles, --help, --version, defaults and choices) in the CLI's language, on every command. */
function localizeHelp(command: Command): void {
  const text = say(HELP_TEXT);
  command.helpOption('-h, --help', text.help);
  if (command.commands.length > 0) command.helpCommand('help [command]', text.help);
  if (cliLang() === 'zh-CN') command.configureOutput({ outputError: (str, write) => write(commanderErrorZh(str)) });
  command.configureHelp({
    styleTitle: (title: string) => text.titles({ title }),
    optionDescription(option) {
      const extra: string[] = [];
      if (option.argChoices) extra.push(text.choicesAre({ values: option.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
      // A repeatable option starts from an empty list: "(default: [])" would teach nothing.
      const emptyList = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
      const shown = (option.required || option.optional) && !emptyList;
      if (option.defaultValue !== undefined && shown) extra.push(text.defaultIs({ value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) }));
      // Chinese puts no space before its full-width parentheses.
      return [option.description, ...extra].join(cliLang() === 'zh-CN' ? '' : ' ');
    },
  });
  for (const sub of command.commands) localizeHelp(sub);
}

/** Builds the program; `done` receives each command's exit code. */
function buildProgram(done: (code: ExitCode) => void): Command {
  const help = say(INFO_HELP);
  const program = new Command('clausecheck')
    .description(help.program)
    .version(TOOL.version, '-V, --version', say(HELP_TEXT).version)
    .showHelpAfterError(help.afterError)
    .addHelpText('after', help.programAfter);
  for (const command of [checkCommand, agendaCommand, mergeCommand, importCommand, rulesCommand, explainCommand, coverageCommand, schemaCommand, initCommand, configCommand, waiversCommand, baselineCommand, githubCommentCommand]) {
    const built = command(done);
    if (!built.options.some((o) => o.long === '--lang')) addLangOption(built, say(HELP_TEXT).langOption);
    for (const sub of built.commands) if (!sub.options.some((o) => o.long === '--lang')) addLangOption(sub, say(HELP_TEXT).langOption);
    program.addCommand(built);
  }
  program.exitOverride();
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  localizeHelp(program);
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
    const choice = await startupLang(argv, process.env, process.cwd());
    setCliLang(choice.lang);
    if (choice.badVariable !== undefined) process.stderr.write(`clausecheck: ${say(CHECK_TEXT).badVariable({ value: choice.badVariable })}\n`);
    await buildProgram((c) => (code = c)).parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      code = ok || error.exitCode === 0 ? EXIT.clean : EXIT.invalid;
    } else code = (await import('./errors.js')).reportError(error); // loaded only for an error
  }
  process.exitCode = code;
}
