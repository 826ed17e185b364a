/** `clausecheck init [file]`: write a commented template profile, never over an existing file. */
import { Command } from 'commander';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { UsageError } from '../util/usage-error.js';
import { profileTemplate } from './profile-template.js';
import { cliLang, say } from './lang.js';
import { INFO_HELP } from './text/info.js';

/** Builds the `init` command. */
export function initCommand(done: (code: ExitCode) => void): Command {
  const help = say(INFO_HELP);
  return new Command('init')
    .description(help.init)
    .argument('[file]', help.initArg, 'profile.yaml')
    .addHelpText('after', help.initAfter)
    .action(async (file: string) => {
      const words = say(INFO_HELP);
      try {
        const { writeFile } = await import('node:fs/promises');
        await writeFile(file, profileTemplate(cliLang()), { flag: 'wx' });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new UsageError(words.initExists({ file }), words.initExistsHint);
        throw new UsageError(words.initCannotWrite({ file, reason: (error as Error).message }));
      }
      process.stderr.write(words.initWrote({ file }));
      done(EXIT.clean);
    });
}
