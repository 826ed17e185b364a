/**
 * Rule options through zod: each rule's schema (built once, on first use), its defaults, and what
 * the catalog shows of each option. Only validating option settings and describing a rule that is
 * not in the catalog need it at run time: the catalog rules' defaults and option lists are generated
 * from here at build time (rules/options/table.ts, by scripts/gen-validator.mjs).
 */
import { z } from '../util/zod.js';
import type { Rule } from './types.js';

/** One option of a rule with its default. */
export interface OptionInfo {
  name: string;
  type: string;
  default: unknown;
  description?: string;
}

const schemas = new WeakMap<Rule, z.ZodType>();

/** A rule's options schema, built on first use. */
export function optionsSchema(rule: Rule): z.ZodType {
  let schema = schemas.get(rule);
  if (!schema) schemas.set(rule, (schema = rule.options(z) as z.ZodType));
  return schema;
}

/** A rule's options with every default applied (`{}` parsed). */
export function defaultOptions(rule: Rule): Record<string, unknown> {
  return optionsSchema(rule).parse({}) as Record<string, unknown>;
}

/** The options of a rule, read from its zod schema (defaults applied to `{}`). */
export function optionInfo(rule: Rule): OptionInfo[] {
  const defaults = defaultOptions(rule);
  const schema = z.toJSONSchema(optionsSchema(rule), { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { type?: string; description?: string }> };
  return Object.entries(schema.properties ?? {}).map(([name, prop]) => ({
    name,
    type: prop.type ?? 'value',
    default: defaults[name],
    ...(prop.description ? { description: prop.description } : {}),
  }));
}

/** The source of rules/options/table.ts for these rules: each one's defaults and option list. */
export function optionsTableSource(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => `  ${JSON.stringify(rule.id)}: { defaults: ${JSON.stringify(defaultOptions(rule))}, options: ${JSON.stringify(optionInfo(rule))} },\n`);
  return [
    '// Generated from the rules\' options schemas by src/engine/rule-options.ts, run by `npm run build`. Do not edit.',
    '/** Each catalog rule\'s option defaults and option list, so that checking and listing rules need no zod (rules/options/index.ts). */',
    "import type { OptionInfo } from '../../src/engine/rule-options.js';",
    '',
    '/** Option defaults and option lists by rule id. */',
    'export const OPTIONS_TABLE: Readonly<Record<string, { defaults: Readonly<Record<string, unknown>>; options: readonly OptionInfo[] }>> = {',
    ...rows.map((r) => r.replace(/\n$/, '')),
    '};',
    '',
  ].join('\n');
}
