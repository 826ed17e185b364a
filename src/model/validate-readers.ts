/**
 * The scalar readers of the compiled validator (src/model/validate-compiled.ts): each returns the
 * value the zod scalar of src/model/scalars.ts produces for an input it accepts, and undefined for
 * any input it might reject (the caller then falls back to zod, which words the error). The
 * differential test (test/model/validate-compiled.test.ts) holds them to zod's answers.
 */
import { parseMoney, type Money } from './money.js';
import { NumberToken, sourceText, WHOLE_NUMBER } from './tokens.js';
import { parseWhen, type When } from './time.js';

/** A plain mapping as loaded from YAML (not a list, a number token or another class). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An identifier or text: a non-empty string, or a plain number's source text. */
export function readText(value: unknown): string | undefined {
  const text = sourceText(value);
  return text === '' ? undefined : text;
}

/** A date or date-time string, resolved to Beijing time. */
export function readWhen(value: unknown): When | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = parseWhen(value);
  return typeof parsed === 'string' ? undefined : parsed;
}

/** A decimal (money or quantity) whose text matches `pattern`, in millionths. */
export function readDecimal(value: unknown, pattern: RegExp): Money | undefined {
  const text = sourceText(value);
  return text !== undefined && pattern.test(text) ? parseMoney(text) : undefined;
}

/** A whole number written as a plain YAML number, from `min` to `max`. */
export function readInteger(value: unknown, min: number, max: number): number | undefined {
  if (!(value instanceof NumberToken) || !WHOLE_NUMBER.test(value.source)) return undefined;
  const n = Number(value.source);
  return n < min || n > max ? undefined : n;
}
