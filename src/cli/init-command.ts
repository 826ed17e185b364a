/** `clausecheck init [file]`: write a commented template profile, never over an existing file. */
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { UsageError } from '../util/usage-error.js';
import { PROFILE_TEMPLATE } from './profile-template.js';

/** Builds the `init` command. */
export function initCommand(done: (code: ExitCode) => void): Command {
  return new Command('init')
    .description('write a commented template profile that validates, to fill in')
    .argument('[file]', 'where to write it', 'profile.yaml')
    .addHelpText('after', '\nExamples:\n  $ clausecheck init\n  $ clausecheck init profiles/acme.yaml && clausecheck check profiles/acme.yaml')
    .action(async (file: string) => {
      try {
        await writeFile(file, PROFILE_TEMPLATE, { flag: 'wx' });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new UsageError(`${file} already exists; init never overwrites a file`, 'name another file: clausecheck init new-profile.yaml');
        throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
      }
      process.stderr.write(`Wrote ${file}. Fill it in, then run: clausecheck check ${file}\n`);
      done(EXIT.clean);
    });
}
