import { describe, expect, it } from 'vitest';
import { isWhitespace } from '../../src/util/whitespace.js';

describe('isWhitespace', () => {
  it('is what \\s matches and trim removes, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isWhitespace(c) !== /\s/.test(ch) || isWhitespace(c) !== (ch.trim() === '')) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect([0x09, 0x20, 0xa0, 0x3000, 0xfeff].every(isWhitespace)).toBe(true);
  });
});
