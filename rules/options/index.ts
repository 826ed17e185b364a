/**
 * A rule's option defaults and option list: for the catalog's rules from the table generated at
 * build time (rules/options/table.ts), so that a check or the rule list loads no zod; for any other
 * rule (tests) from its schema. The bundle loads rule-options.ts on first use (scripts/bundle.mjs).
 */
import type { Rule } from '../../src/engine/types.js';
import { defaultOptions, optionInfo, type OptionInfo } from '../../src/engine/rule-options.js';
import { RULES } from '../index.js';
import { OPTIONS_TABLE } from './table.js';

const catalogRules = new Map(RULES.map((rule) => [rule.id, rule]));

function generated(rule: Rule) {
  return catalogRules.get(rule.id) === rule ? OPTIONS_TABLE[rule.id] : undefined;
}

/** A rule's options with every default applied. */
export function ruleDefaults(rule: Rule): Record<string, unknown> {
  const table = generated(rule);
  return table ? { ...table.defaults } : defaultOptions(rule);
}

/** A rule's options, each with its type, default and description. */
export function ruleOptionInfo(rule: Rule): OptionInfo[] {
  const table = generated(rule);
  return table ? table.options.map((option) => ({ ...option })) : optionInfo(rule);
}
