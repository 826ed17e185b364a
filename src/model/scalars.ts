/** zod schemas for the profile's scalar conventions: dates, money, integers, identifiers. */
import { z } from 'zod';
import { parseMoney, type Money } from './money.js';
import { parseWhen, type When } from './time.js';

/** What each scalar is called in the field reference (docs/profile-format.md); not part of the JSON Schema. */
export const docTypes = z.registry<{ type: string }>();

/**
 * A plain (unquoted) YAML number as written. Loaders keep the source text so that money and
 * identifiers are read exactly (`00123` stays `00123`, `1e3` can be rejected).
 */
export class NumberToken {
  constructor(
    /** The scalar's source text. */
    readonly source: string,
  ) {}
}

/** A whole number's source text (an optional minus, digits). */
export const WHOLE_NUMBER = /^-?\d+$/;

/** Source text of a string or plain number, else undefined. */
export function sourceText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof NumberToken) return value.source;
  return undefined;
}

/** Reports a missing required value (rendered as "missing required key"). */
function missing(ctx: z.RefinementCtx): never {
  ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined });
  return z.NEVER;
}

/** How a value is named in an error message; never shows a secret-shaped string. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (value instanceof NumberToken) return `the number ${value.source}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    if (/^[A-Za-z0-9]{30}$/.test(value)) return 'a value shaped like a secret (not shown)';
    return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  }
  return String(value);
}

/** An identifier: a string, or a YAML number taken as its source text. */
export const identifier = z.unknown().transform((value, ctx) => {
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
export const text = identifier;

/** A date or date-time (profile-format.md), resolved to Beijing time. */
export const when = z.unknown().transform((value, ctx) => {
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
export const money = decimalSchema(false, 'an amount', 'money');
/** A CNY amount that may be negative (only `billing.balance`). */
export const signedMoney = decimalSchema(true, 'an amount', 'money, may be negative');
/** A non-negative decimal quantity (resource package units), exact, in millionths. */
export const quantity = decimalSchema(false, 'a quantity', 'decimal');

/** An integer count (days, hours, lengths); `min` bounds it from below. */
export function integer(min: number, max = Number.MAX_SAFE_INTEGER) {
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
export const region = z
  .string({ error: 'expected a region id such as cn-hangzhou' })
  .regex(/^[a-z]{2}(-[a-z0-9]+)+$/, { error: 'expected a region id such as cn-hangzhou' });
docTypes.add(region, { type: 'region id' });

/** A boolean (`true` / `false`). */
export const bool = z.boolean({ error: (issue) => `expected true or false, got ${describeValue(issue.input)}` });
docTypes.add(bool, { type: 'bool' });

/** One of a fixed set of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `expected one of ${values.join(', ')}, got ${describeValue(issue.input)}`,
  });
}
