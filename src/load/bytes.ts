/** Decoding a file's bytes as UTF-8 text, with located errors for what is not text. */
import { isUtf8 } from 'node:buffer';

/** A problem in the raw bytes, at a 1-based line and column. */
interface ByteProblem {
  message: string;
  line: number;
  column: number;
}

/** The result of decoding: the text (BOM removed) or the first problem. */
type Decoded = { ok: true; text: string } | { ok: false; problem: ByteProblem };


/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i; // overlong, surrogate
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i; // overlong, > U+10FFFF
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based, in characters) of a byte offset in valid UTF-8 bytes. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}

/** One decoder for every file: a decode that is not streamed starts afresh, its leading BOM dropped. */
const DECODER = new TextDecoder('utf-8', { ignoreBOM: false });

/** Decodes UTF-8, rejecting invalid sequences and NUL bytes, and dropping a leading BOM. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  // isUtf8 (native) accepts exactly the sequences firstInvalidUtf8 accepts; the scan then finds where.
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  const nul = bytes.indexOf(0);
  if (invalid >= 0 && (nul < 0 || invalid < nul)) {
    const at = positionOfByte(bytes, invalid);
    const hex = bytes[invalid]!.toString(16).padStart(2, '0');
    return { ok: false, problem: { ...at, message: `invalid UTF-8 (byte 0x${hex}); save the file as UTF-8` } };
  }
  if (nul >= 0) {
    const at = positionOfByte(bytes, nul);
    return { ok: false, problem: { ...at, message: 'NUL byte in the file; a profile is YAML text, not binary data' } };
  }
  const text = DECODER.decode(bytes);
  return { ok: true, text };
}
