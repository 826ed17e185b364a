/**
 * Rule selection: the config's per-rule severity, then `--rule` and `--skip-rule` (repeatable, with
 * `*` wildcards), giving each rule's state, where it came from, and the run's ActiveRule list.
 */
import { say } from '../util/i18n.js';
import { CONFIG_USAGE_TEXT } from './messages.js';
import picomatch from 'picomatch/posix.js';
import type { ActiveRule } from '../engine/check-file.js';
import type { Rule } from '../engine/types.js';
import { UsageError } from '../util/usage-error.js';
import { closest } from '../model/suggest.js';
import type { ProjectConfig } from './load-config.js';
import type { Severity } from './schema.js';
import { DEFAULT_SOURCE, fromFile, fromFlag, type ValueSource } from './source.js';
import { ruleDefaults } from '../../rules/options/index.js';

/** The command-line selection: `--rule` patterns (run only these) and `--skip-rule` patterns. */
export interface Selection {
  only?: readonly string[];
  skip?: readonly string[];
}

/** One rule's resolved state for a run. */
interface RuleDecision {
  rule: Rule;
  /** `off`: not run; `warn`: run with fail findings capped to warn; `fail`: run as is. */
  state: Severity;
  stateSource: ValueSource;
  /** The options with defaults applied (config options when written). */
  options: unknown;
}

/** True when a `--rule` value is a pattern rather than a plain id. */
export function isPattern(value: string): boolean {
  return picomatch.scan(value).isGlob;
}

/** A suggestion for a pattern that matched nothing: the pattern with its literal part corrected. */
function suggestForPattern(pattern: string, ids: readonly string[]): string | undefined {
  const literal = /^([^*?[\]{}()!]+)(.*)$/.exec(pattern);
  if (!literal) return undefined;
  const [, stem = '', rest = ''] = literal;
  const prefixes = [...new Set(ids.flatMap((id) => [0, 1, -1].map((d) => id.slice(0, stem.length + d))))].filter((p) => p !== '');
  const best = closest(stem, prefixes);
  return best === undefined ? undefined : `${best}${rest}`;
}

/**
 * The rule ids a pattern or id matches. An unknown id, or a pattern that matches nothing, is a
 * UsageError with a "did you mean" suggestion.
 */
export function matchRuleIds(pattern: string, ids: readonly string[], flag: string): string[] {
  if (ids.includes(pattern)) return [pattern];
  if (!isPattern(pattern)) {
    const best = closest(pattern, ids);
    const text = say(CONFIG_USAGE_TEXT);
    throw new UsageError(text.unknownRule({ flag, pattern, best: best ?? '' }), text.unknownRuleHint);
  }
  const isMatch = picomatch(pattern, { nocase: false, noextglob: true });
  const matched = ids.filter((id) => isMatch(id));
  if (matched.length === 0) {
    const best = suggestForPattern(pattern, ids);
    const text = say(CONFIG_USAGE_TEXT);
    throw new UsageError(text.noMatch({ flag, pattern, best: best ?? '' }), text.noMatchHint);
  }
  return matched;
}

/** Each rule's state for the run, in catalog order: config first, then `--rule`, then `--skip-rule`. */
export function decideRules(rules: readonly Rule[], config: ProjectConfig | undefined, selection: Selection = {}): RuleDecision[] {
  const ids = rules.map((r) => r.id);
  const chosenBy = new Map<string, string>();
  for (const pattern of selection.only ?? []) {
    for (const id of matchRuleIds(pattern, ids, '--rule')) if (!chosenBy.has(id)) chosenBy.set(id, pattern);
  }
  const skippedBy = new Map<string, string>();
  for (const pattern of selection.skip ?? []) {
    for (const id of matchRuleIds(pattern, ids, '--skip-rule')) if (!skippedBy.has(id)) skippedBy.set(id, pattern);
  }
  const only = (selection.only ?? []).length > 0;
  return rules.map((rule) => {
    const setting = config?.rules[rule.id];
    let state: Severity = setting?.severity ?? 'fail';
    let stateSource: ValueSource = setting?.severity && config ? fromFile(config.source.file) : DEFAULT_SOURCE;
    const chosen = chosenBy.get(rule.id);
    if (only && chosen === undefined) {
      state = 'off';
      stateSource = fromFlag(`--rule ${(selection.only ?? []).join(' --rule ')}`);
    } else if (chosen !== undefined && state === 'off') {
      state = 'fail';
      stateSource = fromFlag(`--rule ${chosen}`);
    }
    const skipped = skippedBy.get(rule.id);
    if (skipped !== undefined) {
      state = 'off';
      stateSource = fromFlag(`--skip-rule ${skipped}`);
    }
    const options = setting?.options !== undefined ? setting.options : ruleDefaults(rule);
    return { rule, state, stateSource, options };
  });
}

/** The rules to run: `off` removed, `warn` applied as the cap. */
export function activeRules(decisions: readonly RuleDecision[]): ActiveRule[] {
  return decisions
    .filter((d) => d.state !== 'off')
    .map((d): ActiveRule => (d.state === 'warn' ? { rule: d.rule, options: d.options, cap: 'warn' } : { rule: d.rule, options: d.options }));
}

/** Config plus selection in one step; a selection that leaves no rule to run is a UsageError. */
export function selectRules(rules: readonly Rule[], config: ProjectConfig | undefined, selection: Selection = {}): ActiveRule[] {
  const active = activeRules(decideRules(rules, config, selection));
  if (active.length === 0 && rules.length > 0) {
    throw new UsageError(say(CONFIG_USAGE_TEXT).noRules, say(CONFIG_USAGE_TEXT).noRulesHint);
  }
  return active;
}
