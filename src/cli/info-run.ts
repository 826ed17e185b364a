/** What `rules`, `explain` and `coverage` run (loaded when one runs): the catalog of the rules, as text, Markdown or JSON. */
import { RULES } from '../../rules/index.js';
import { CLAUSES } from '../model/clauses/index.js';
import { didYouMean } from '../model/suggest.js';
import { catalog, coverage, coverageText, explainClause, explainRule, rulesMarkdown, rulesText } from '../report/catalog.js';
import { CATALOG_TEXT } from '../report/catalog-text.js';
import { UsageError } from '../util/usage-error.js';
import { cliLang } from './lang.js';

/** `clausecheck rules` in a format. */
export function rulesOutput(format: 'text' | 'json' | 'markdown'): string {
  const lang = cliLang();
  const entries = catalog(RULES, lang);
  const render = { text: rulesText, markdown: rulesMarkdown, json: (e: typeof entries, _lang?: unknown) => `${JSON.stringify(e, null, 2)}\n` };
  return render[format](entries, lang);
}

/** `clausecheck explain` of a rule id or clause number; a usage error naming the nearest when it is neither. */
export function explainOutput(subject: string): string {
  const lang = cliLang();
  const rule = RULES.find((r) => r.id === subject);
  const text = rule ? explainRule(rule, lang) : explainClause(subject, RULES, lang);
  if (text) return text;
  const candidates = [...RULES.map((r) => r.id), ...CLAUSES.map((c) => c.number)];
  const words = CATALOG_TEXT[lang];
  throw new UsageError(words.notFound({ subject, suggestion: didYouMean(subject, candidates) }), words.notFoundHint);
}

/** `clausecheck coverage` in a format. */
export function coverageOutput(format: 'text' | 'json'): string {
  const lang = cliLang();
  const cov = coverage(RULES, lang);
  return format === 'json' ? `${JSON.stringify(cov, null, 2)}\n` : coverageText(cov, lang);
}
