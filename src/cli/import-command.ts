/** `clausecheck import`: a profile from the account's OpenAPI answers (recorded files or the live API), new or merged. */
import { Command, Option } from 'commander';
import type { ExitCode } from '../engine/exit-codes.js';
import { UsageError } from '../util/usage-error.js';

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
  return new Command('import')
    .description('write or refresh a profile from the account: recorded OpenAPI answers (--from) or the live API (--live)')
    .option('--from <dir>', 'a folder of recorded answers: <Product>.<Action>[.<key>].json')
    .option('--live', "call the account's OpenAPI (Alibaba Cloud's SDK; credentials from the environment, the aliyun CLI profile or an OIDC role)")
    .option('-o, --output <file>', 'the profile to write; an existing file is merged into')
    .option('--merge <file>', 'the maintained profile to refresh in place (only what the import owns changes)')
    .option('--profile <name>', 'the aliyun CLI configuration profile to take credentials from (--live)')
    .addOption(new Option('--region <id...>', 'limit regional calls to these regions (--live; default: every region ECS lists)'))
    .option('--save-responses <dir>', 'also save every answer of a --live run as the files --from reads')
    .option('--captured-at <when>', 'the capture instant to record (default: now for --live, the newest file for --from)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ clausecheck import --live --merge account.yaml\n  $ clausecheck import --live -o account.yaml --save-responses answers/\n  $ clausecheck import --from answers/ -o account.yaml\n\nThe mapping, the RAM policy to grant and a nightly CI job: docs/import.md',
    )
    .action(async (options: ImportOptions) => {
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
      done(await runImport({ from: options.from, live, output, capturedAt: options.capturedAt, saveResponses: options.saveResponses, log }));
    });
}
