/**
 * zod schemas for the profile's scalar conventions: dates, money, integers, identifiers. Built on
 * first use: a valid profile is read without them (validate-compiled.ts), so a check of valid
 * files never builds them.
 */
import { z } from '../util/zod.js';
import { parseMoney } from './money.js';
import { parseWhen } from './time.js';
import { describeValue, NumberToken, sourceText, WHOLE_NUMBER } from './tokens.js';

/** Reports a missing required value (rendered as "missing required key"). */
function missing(ctx: z.RefinementCtx): never {
  ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined });
  return z.NEVER;
}

function build() {
  /** What each scalar is called in the field reference (docs/profile-format.md); not part of the JSON Schema. */
  const docTypes = z.registry<{ type: string }>();

  /** An identifier: a string, or a YAML number taken as its source text. */
  const identifier = z.unknown().transform((value, ctx) => {
      if (value === undefined) return missing(ctx);
    const text = sourceText(value);
    if (text === undefined || text === '') {
      ctx.addIssue({ code: 'custom', message: `expected an identifier (a string), got ${describeValue(value)}` });
      return z.NEVER;
    }
    return text;
  }).meta({ anyOf: [{ type: 'string', minLength: 1 }, { type: 'number' }] });
  docTypes.add(identifier, { type: 'string' });

  /** A plain string (a YAML number is taken as its source text). */
  const text = identifier;

  /** A date or date-time (profile-format.md), resolved to Beijing time. */
  const when = z.unknown().transform((value, ctx) => {
      if (value === undefined) return missing(ctx);
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: `expected a date YYYY-MM-DD or date-time, got ${describeValue(value)}` });
      return z.NEVER;
    }
    const parsed = parseWhen(value);
    if (typeof parsed === 'string' && /^[A-Za-z0-9]{30}$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: `expected a date YYYY-MM-DD or date-time, got ${describeValue(value)}` });
      return z.NEVER;
    }
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    return parsed;
  }).meta({
    type: 'string',
    pattern: '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?$',
    description: 'a date YYYY-MM-DD or a date-time; Beijing time (UTC+8) unless an offset is given',
  });
  docTypes.add(when, { type: 'date or date-time' });

  function decimalSchema(allowNegative: boolean, what: string, docType: string) {
    const pattern = allowNegative ? /^-?\d+(\.\d{1,6})?$/ : /^\d+(\.\d{1,6})?$/;
    const schema = z.unknown().transform((value, ctx) => {
      if (value === undefined) return missing(ctx);
      const source = sourceText(value);
      if (source === undefined || !pattern.test(source)) {
        const shape = allowNegative ? '-1234.56' : '1234.56';
        ctx.addIssue({
          code: 'custom',
          message: `expected ${what} like ${shape} (at most 6 decimals, no exponent, no _), got ${describeValue(value)}`,
        });
        return z.NEVER;
      }
      return parseMoney(source)!;
    }).meta({
      description: `${what}: a decimal with at most 6 decimals, quoted or plain`,
      anyOf: [{ type: 'string', pattern: pattern.source }, allowNegative ? { type: 'number' } : { type: 'number', minimum: 0 }],
    });
    docTypes.add(schema, { type: docType });
    return schema;
  }

  /** A non-negative CNY amount, exact, in micro-yuan. */
  const money = decimalSchema(false, 'an amount', 'money');
  /** A CNY amount that may be negative (only `billing.balance`). */
  const signedMoney = decimalSchema(true, 'an amount', 'money, may be negative');
  /** A non-negative decimal quantity (resource package units), exact, in millionths. */
  const quantity = decimalSchema(false, 'a quantity', 'decimal');

  /** An integer count (days, hours, lengths); `min` bounds it from below. */
  function integer(min: number, max = Number.MAX_SAFE_INTEGER) {
    const schema = z.unknown().transform((value, ctx) => {
      if (value === undefined) return missing(ctx);
      const source = value instanceof NumberToken ? value.source : undefined;
      const n = source !== undefined && WHOLE_NUMBER.test(source) ? Number(source) : undefined;
      if (n === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number, got ${describeValue(value)}` });
        return z.NEVER;
      }
      if (n < min || n > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
        ctx.addIssue({ code: 'custom', message: `expected a whole number ${range}, got ${n}` });
        return z.NEVER;
      }
      return n;
    }).meta({ type: 'integer', minimum: min, ...(max === Number.MAX_SAFE_INTEGER ? {} : { maximum: max }) });
    docTypes.add(schema, { type: max === Number.MAX_SAFE_INTEGER ? `integer ≥ ${min}` : `integer ${min}–${max}` });
    return schema;
  }

  /** A region id such as `cn-hangzhou`. */
  const region = z
    .string({ error: 'expected a region id such as cn-hangzhou' })
    .regex(/^[a-z]{2}(-[a-z0-9]+)+$/, { error: 'expected a region id such as cn-hangzhou' });
  docTypes.add(region, { type: 'region id' });

  /** A boolean (`true` / `false`). */
  const bool = z.boolean({ error: (issue) => `expected true or false, got ${describeValue(issue.input)}` });
  docTypes.add(bool, { type: 'bool' });

  /** One of a fixed set of words. */
  function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
    return z.enum(values, {
      error: (issue) => `expected one of ${values.join(', ')}, got ${describeValue(issue.input)}`,
    });
  }

  return { docTypes, identifier, text, when, money, signedMoney, quantity, integer, region, bool, oneOf };
}

let built: ReturnType<typeof build> | undefined;

/** The scalar schemas (and the registry of their names in the field reference), built on first use. */
export function scalars(): ReturnType<typeof build> {
  return (built ??= build());
}
