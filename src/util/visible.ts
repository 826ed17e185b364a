/** Makes untrusted text safe to show on a terminal or in a log: one line, no control or bidi characters. */

/**
 * C0 controls (newline and tab included), DEL, C1 controls, bidirectional formatting and marks,
 * zero-width and invisible format characters, line/paragraph separators, the BOM, interlinear
 * annotation characters, and lone surrogates.
 */
const UNSAFE_CLASS =
  '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2028\\u2029\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb';
const SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]|${SURROGATE}`, 'g');
const UNSAFE_ONE = new RegExp(`[${UNSAFE_CLASS}]|${SURROGATE}`);

/** The unsafe characters and every surrogate: a plain character class, much faster to test than UNSAFE_ONE's lookarounds. */
const MAYBE_UNSAFE = new RegExp(`[${UNSAFE_CLASS}\\ud800-\\udfff]`);

/** True when `visible` would change the text. */
export function hasUnsafe(value: string): boolean {
  return MAYBE_UNSAFE.test(value) && UNSAFE_ONE.test(value);
}

/** Shows each control, bidi or invisible character as a `\uXXXX` escape, so it is visible and inert. */
export function visible(value: string): string {
  if (!hasUnsafe(value)) return value;
  return value.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
