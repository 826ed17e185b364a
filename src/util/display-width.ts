/** Terminal columns of text, wide (East Asian) characters counting two. */
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** True when every character is printable ASCII: one column each, so the width is the length (and adds up over concatenation). */
export function isPrintableAscii(text: string): boolean {
  return PRINTABLE_ASCII.test(text);
}

/** Display width: one column per printable ASCII character (most output, measured without calling string-width), else string-width's count. */
export function displayWidth(text: string): number {
  return isPrintableAscii(text) ? text.length : stringWidth(text);
}

/** Pads text with spaces to a display width. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
