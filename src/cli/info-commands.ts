/** Commands that describe the tool rather than check profiles: rules, explain, coverage, schema. */
import { profileJsonSchema } from '../model/json-schema.js';
import { Command, Option } from 'commander';
import { RULES } from '../../rules/index.js';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { CLAUSES } from '../model/clauses/index.js';
import { didYouMean } from '../model/suggest.js';
import { catalog, coverage, coverageText, explainClause, explainRule, rulesMarkdown, rulesText } from '../report/catalog.js';
import { UsageError } from '../util/usage-error.js';
import { CATALOG_TEXT } from '../report/catalog-text.js';
import { cliLang, say } from './lang.js';
import { INFO_HELP } from './text/info.js';

/** `clausecheck rules`: the catalog. */
export function rulesCommand(done: (code: ExitCode) => void): Command {
  const help = say(INFO_HELP);
  return new Command('rules')
    .description(help.rules)
    .addOption(new Option('-f, --format <format>', help.format).choices(['text', 'json', 'markdown']).default('text'))
    .addHelpText('after', help.rulesAfter)
    .action((options: { format: 'text' | 'json' | 'markdown' }) => {
      const lang = cliLang();
      const entries = catalog(RULES, lang);
      const render = { text: rulesText, markdown: rulesMarkdown, json: (e: typeof entries, _lang?: unknown) => `${JSON.stringify(e, null, 2)}\n` };
      process.stdout.write(render[options.format](entries, lang));
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
    .action((subject: string) => {
      const lang = cliLang();
      const rule = RULES.find((r) => r.id === subject);
      const text = rule ? explainRule(rule, lang) : explainClause(subject, RULES, lang);
      if (!text) {
        const candidates = [...RULES.map((r) => r.id), ...CLAUSES.map((c) => c.number)];
        const words = CATALOG_TEXT[lang];
        throw new UsageError(words.notFound({ subject, suggestion: didYouMean(subject, candidates) }), words.notFoundHint);
      }
      process.stdout.write(text);
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
    .action((options: { format: 'text' | 'json' }) => {
      const lang = cliLang();
      const cov = coverage(RULES, lang);
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(cov, null, 2)}\n` : coverageText(cov, lang));
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
      const schema = options.report ? (await import('../contract/report-schema.js')).reportJsonSchema() : profileJsonSchema();
      process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      done(EXIT.clean);
    });
}
