/** `clausecheck import`: a profile from the account's OpenAPI answers (recorded files or the live API), new or merged. */
import { Command, Option } from 'commander';
import type { ExitCode } from '../engine/exit-codes.js';
import { UsageError } from '../util/usage-error.js';
import { pick } from '../util/i18n.js';
import { cliLang } from './lang.js';
import { COMMANDS_TEXT } from './text/commands.js';

interface ImportOptions {
  from?: string;
  live?: boolean;
  output?: string;
  merge?: string;
  profile?: string;
  region?: string[];
  saveResponses?: string;
  capturedAt?: string;
}

/** Builds the `import` command. */
export function importCommand(done: (code: ExitCode) => void): Command {
  const text = pick(COMMANDS_TEXT, cliLang());
  return new Command('import')
    .description(text.import)
    .option('--from <dir>', text.from)
    .option('--live', text.live)
    .option('-o, --output <file>', text.importOutput)
    .option('--merge <file>', text.merge)
    .option('--profile <name>', text.profile)
    .addOption(new Option('--region <id...>', text.region))
    .option('--save-responses <dir>', text.saveResponses)
    .option('--captured-at <when>', text.capturedAt)
    .addHelpText('after', text.importAfter)
    .action(async (options: ImportOptions) => {
      const { setImportLang } = await import('../import/messages.js');
      // The import's messages in the CLI's language for this run only (nothing left for the next one).
      setImportLang(cliLang());
      try {
        done(await importAction(options));
      } finally {
        setImportLang('en');
      }
    });
}

/** One import run; its exit code. */
async function importAction(options: ImportOptions): Promise<ExitCode> {
  const [{ runImport }, { say }] = await Promise.all([import('../import/run-import.js'), import('../import/messages.js')]);
  if (options.from && options.live) throw new UsageError(say('bothSources'));
  if (!options.from && !options.live) throw new UsageError(say('sourceRequired'), say('sourceRequiredHint'));
  if (options.merge && options.output) throw new UsageError(say('mergeAndOutput'));
  const output = options.merge ?? options.output;
  if (!output) throw new UsageError(say('outputRequired'));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let live;
  if (options.live) {
    const { liveSource } = await import('../import/live.js');
    live = liveSource({ profile: options.profile, regions: options.region });
  }
  return runImport({ from: options.from, live, output, capturedAt: options.capturedAt, saveResponses: options.saveResponses, log });
}
