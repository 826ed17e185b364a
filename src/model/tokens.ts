/**
 * Values as the YAML loaders give them, before validation: plain numbers kept as their source
 * text, and how a value is named in an error message. Apart from the zod scalars (scalars.ts) so
 * that loading and the compiled validator need no zod.
 */

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
