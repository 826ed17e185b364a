/**
 * Commands that describe the tool rather than check profiles: rules, explain, coverage, schema.
 * Each loads what it shows (info-run.ts: the rules and their catalog; or a schema) only when it runs.
 */
import { Command, Option } from 'commander';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { say } from './lang.js';
import { INFO_HELP } from './text/info.js';

/** `clausecheck rules`: the catalog. */
export function rulesCommand(done: (code: ExitCode) => void): Command {
  const help = say(INFO_HELP);
  return new Command('rules')
    .description(help.rules)
    .addOption(new Option('-f, --format <format>', help.format).choices(['text', 'json', 'markdown']).default('text'))
    .addHelpText('after', help.rulesAfter)
    .action(async (options: { format: 'text' | 'json' | 'markdown' }) => {
      process.stdout.write((await import('./info-run.js')).rulesOutput(options.format));
      done(EXIT.clean);
    });
}

/** `clausecheck explain <rule-id | clause>`. */
export function explainCommand(done: (code: ExitCode) => void): Command {
  const help = say(INFO_HELP);
  return new Command('explain')
    .description(help.explain)
    .argument('<rule-or-clause>', help.explainArg)
    .addHelpText('after', help.explainAfter)
    .action(async (subject: string) => {
      process.stdout.write((await import('./info-run.js')).explainOutput(subject));
      done(EXIT.clean);
    });
}

/** `clausecheck coverage`. */
export function coverageCommand(done: (code: ExitCode) => void): Command {
  const help = say(INFO_HELP);
  return new Command('coverage')
    .description(help.coverage)
    .addOption(new Option('-f, --format <format>', help.format).choices(['text', 'json']).default('text'))
    .addHelpText('after', help.coverageAfter)
    .action(async (options: { format: 'text' | 'json' }) => {
      process.stdout.write((await import('./info-run.js')).coverageOutput(options.format));
      done(EXIT.clean);
    });
}

/** `clausecheck schema`: the profile's JSON Schema, or with `--report` the report's. */
export function schemaCommand(done: (code: ExitCode) => void): Command {
  const help = say(INFO_HELP);
  return new Command('schema')
    .description(help.schema)
    .option('--report', help.schemaReport)
    .addHelpText('after', help.schemaAfter)
    .action(async (options: { report?: boolean }) => {
      const schema = options.report ? (await import('../contract/report-schema.js')).reportJsonSchema() : (await import('../model/json-schema.js')).profileJsonSchema();
      process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      done(EXIT.clean);
    });
}
