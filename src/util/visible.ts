/** Makes untrusted text safe to show on a terminal or in a log: one line, no control or bidi characters. */

// C0 controls (newline and tab included), DEL, C1 controls, and the bidirectional formatting characters.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Shows each control or bidi character as a `\uXXXX` escape, so it is visible and inert. */
export function visible(value: string): string {
  return value.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
