/** JavaScript's whitespace, for scans that must agree with regular expressions and `trim`. */

/** True when a UTF-16 code unit is whitespace to JavaScript: what `\s` matches and `trim` removes. */
export function isWhitespace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
