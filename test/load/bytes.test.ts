/** decodeUtf8 accepts exactly the well-formed UTF-8 a fatal decoder accepts, and locates the first bad byte. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/load/bytes.js';

const FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function wellFormed(bytes: Uint8Array): boolean {
  try {
    FATAL.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-8 text with bytes near every rule of well-formedness put in, replaced or cut. */
const EDGE = [0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90, 0x0a];
const bytes = fc
  .tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDGE), fc.boolean()), { maxLength: 4 }), fc.nat())
  .map(([text, edits, cut]) => {
    const out = [...Buffer.from(text.replaceAll('\u0000', 'x'), 'utf8')];
    for (const [at, byte, replace] of edits) out.splice(at % (out.length + 1), replace ? 1 : 0, byte);
    return Uint8Array.from(out.slice(0, out.length - (cut % 3)));
  });

describe('decodeUtf8', () => {
  it('decodes exactly what a fatal decoder decodes, and names a bad byte that is there', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const decoded = decodeUtf8(input);
        expect(decoded.ok).toBe(wellFormed(input));
        if (decoded.ok) expect(decoded.text).toBe(FATAL.decode(input));
        else expect(decoded.problem.message).toMatch(/^invalid UTF-8 \(byte 0x[89a-f][0-9a-f]\); save the file as UTF-8$/);
      }),
      { numRuns: 20_000, seed: 20261202 },
    );
  });

  it('drops a leading BOM from every file, not only the first', () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]);
    expect([decodeUtf8(withBom), decodeUtf8(withBom)]).toEqual([{ ok: true, text: 'a' }, { ok: true, text: 'a' }]);
  });
});
