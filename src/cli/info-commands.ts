/** Commands that describe the tool rather than check profiles: rules, explain, coverage, schema. */
import { Command, Option } from 'commander';
import { RULES } from '../../rules/index.js';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { CLAUSES } from '../model/clauses/index.js';
import { didYouMean } from '../model/suggest.js';
import { catalog, coverage, coverageText, explainClause, explainRule, rulesMarkdown, rulesText } from '../report/catalog.js';
import { UsageError } from '../util/usage-error.js';

/** `clausecheck rules`: the catalog. */
export function rulesCommand(done: (code: ExitCode) => void): Command {
  return new Command('rules')
    .description('list every rule with its clauses, title and default thresholds')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .addHelpText('after', '\nExamples:\n  $ clausecheck rules\n  $ clausecheck rules --format json | jq -r ".[].id"\n  $ clausecheck rules --format markdown > RULES.md')
    .action((options: { format: 'text' | 'json' | 'markdown' }) => {
      const entries = catalog(RULES);
      const render = { text: rulesText, markdown: rulesMarkdown, json: (e: typeof entries) => `${JSON.stringify(e, null, 2)}\n` };
      process.stdout.write(render[options.format](entries));
      done(EXIT.clean);
    });
}

/** `clausecheck explain <rule-id | clause>`. */
export function explainCommand(done: (code: ExitCode) => void): Command {
  return new Command('explain')
    .description('explain a rule (logic, options, how to fix, clause text) or a clause (text and the rules that cover it)')
    .argument('<rule-or-clause>', 'a rule id such as arrears, or a clause number such as 3.4 or §6.4')
    .addHelpText('after', '\nExamples:\n  $ clausecheck explain arrears\n  $ clausecheck explain 6.4\n  $ clausecheck explain §13.1')
    .action((subject: string) => {
      const rule = RULES.find((r) => r.id === subject);
      const text = rule ? explainRule(rule) : explainClause(subject, RULES);
      if (!text) {
        const candidates = [...RULES.map((r) => r.id), ...CLAUSES.map((c) => c.number)];
        throw new UsageError(`"${subject}" is neither a rule id nor a clause number${didYouMean(subject, candidates)}`, 'see "clausecheck rules" and "clausecheck coverage"');
      }
      process.stdout.write(text);
      done(EXIT.clean);
    });
}

/** `clausecheck coverage`. */
export function coverageCommand(done: (code: ExitCode) => void): Command {
  return new Command('coverage')
    .description('show every clause with the rules that cover it, or why no configuration can show it')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  $ clausecheck coverage\n  $ clausecheck coverage --format json | jq ".percent"')
    .action((options: { format: 'text' | 'json' }) => {
      const cov = coverage(RULES);
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(cov, null, 2)}\n` : coverageText(cov));
      done(EXIT.clean);
    });
}

/** `clausecheck schema`: the profile's JSON Schema, or with `--report` the report's. */
export function schemaCommand(done: (code: ExitCode) => void): Command {
  return new Command('schema')
    .description('print the JSON Schema of the profile format (generated from the model), or with --report of the JSON report, for editors and other tools')
    .option('--report', 'the JSON Schema of the JSON report (--format json, clausecheck merge) instead')
    .addHelpText(
      'after',
      '\nExamples:\n  $ clausecheck schema > profile.schema.json\n  then start a profile with: # yaml-language-server: $schema=./profile.schema.json\n  $ clausecheck schema --report > report.schema.json',
    )
    .action(async (options: { report?: boolean }) => {
      const schema = options.report ? (await import('../contract/report-schema.js')).reportJsonSchema() : (await import('../model/json-schema.js')).profileJsonSchema();
      process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      done(EXIT.clean);
    });
}
