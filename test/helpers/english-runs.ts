/**
 * Finds untranslated sentences in zh-CN output: what may stay English is stripped first (example
 * command lines, flags, placeholders, quoted and code values, paths, identifiers, rule ids, status
 * words, keys, format names and the profiles' own data); three or more English words in a row that
 * remain are an untranslated sentence.
 */
import { RULES } from '../../rules/index.js';
import { CONFIG_KEYS, WAIVER_KEYS } from '../../src/config/schema.js';
import { FORMAT_NAMES } from '../../src/report/formatters/names.js';

const KEPT = new Set([
  ...RULES.map((r) => r.id),
  ...CONFIG_KEYS,
  ...WAIVER_KEYS,
  ...FORMAT_NAMES,
  ...['fail', 'warn', 'pass', 'skip', 'never', 'off', 'invalid', 'expired', 'expiring', 'unused', 'severity', 'options', 'en', 'ics'],
  ...['dingtalk', 'wecom', 'feishu', 'options', 'command', 'paths', 'reports', 'file', 'rule-or-clause', 'lang', 'jq', 'select', 'state'],
]);

/** The runs of three or more English words left in `text` once what may stay English is removed. */
export function englishRuns(text: string, data: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const raw of text.split('\n')) {
    if (/^\s*\$ /.test(raw)) continue; // an example command line
    let line = raw;
    for (const value of data) line = line.split(value).join(' ');
    line = line
      .replace(/clausecheck(?: [a-z][\w-]*)*/g, ' ') // an invocation: clausecheck baseline write
      .replace(/"[^"]*"|'[^']*'|`[^`]*`|<[^>]*>|\[[^\]]*\]/g, ' ')
      .replace(/(?:^|\s)--?[\w-]+(?:=\S*)?/g, ' ')
      .replace(/\S*[\d/._@=*§:+\\]\S*/g, ' ') // paths, versions, numbers, keys with dots, globs
      .replace(/\b[A-Z][A-Z0-9_]+\b/g, ' ') // environment variables and acronyms
      .replace(/[A-Za-z][\w-]*/g, (word) => (KEPT.has(word) || /[A-Z].*[A-Z]|-/.test(word) ? ' ' : word)); // ids, CamelCase
    for (const m of line.matchAll(/[A-Za-z]+(?:[ ,;()]+[A-Za-z]+){2,}/g)) found.push(`${m[0]}   ⟵ ${raw.trim()}`);
  }
  return found;
}

