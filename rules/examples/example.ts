/**
 * The example cases each rule's docs page shows: a partial profile merged over the smallest valid
 * one, an as-of and options. `npm run docs` runs them through the engine and prints the findings as
 * `clausecheck check --verbose` does; test/docs.test.ts fails when a page differs from that.
 */

/** One example case of a rule. */
export interface RuleExample {
  /** What the case shows; every figure in it (amount, count, date) must also stand in its profile, as-of or output. */
  name: string;
  /** `--as-of`, a date or date-time (Beijing time unless an offset is given). */
  asOf: string;
  /** The rule's options (as a config file's `rules.<id>.options` gives them). */
  options?: Record<string, unknown>;
  /** Merged over {@link EXAMPLE_BASELINE}: objects deeply, lists replaced. */
  profile: Record<string, unknown>;
}

/** The smallest valid profile; examples (and rule tests) add to it. */
export const EXAMPLE_BASELINE: Readonly<Record<string, unknown>> = { format: 'clausecheck/v1', account: { id: '1000000000000001' } };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges objects; lists and scalars in `over` replace those in `base`. */
export function mergeProfile(base: Readonly<Record<string, unknown>>, over: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? mergeProfile(current, value) : value;
  }
  return result;
}
