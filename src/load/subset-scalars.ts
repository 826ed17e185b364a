/**
 * Scalars and one-line flow collections for the subset reader (subset-yaml.ts), read exactly as
 * js-yaml reads them with the fast path's schema (fast-yaml.ts), or declined (`OutOfSubset`):
 * plain scalars on one line, quoted scalars closed on their line (every YAML 1.2 escape), flow
 * sequences and mappings closed on their line. It declines whatever js-yaml would reject or read
 * differently, and, to stay simple, some text js-yaml reads: control and other non-printable
 * characters, tabs, a BOM inside the text, plain scalars that start with `?` or `:`.
 */
import { NumberToken } from '../model/tokens.js';
import { CR, HASH, LF, SPACE } from './source-offsets.js';
import { ODD_KEYS } from './lazy-locate.js';

// YAML 1.2 core schema, as the `yaml` package resolves plain scalars (its core/*.js tests).
/** A plain null: `~`, `null`, `Null`, `NULL`. */
export const NULL_RE = /^(?:~|[Nn]ull|NULL)$/;
/** A plain boolean. */
export const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** A plain number (kept as its source text in a NumberToken). */
export const NUMBER_RE =
  /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/**
 * A plain scalar's value under the fast path's schema: null, a boolean, a NumberToken or the text.
 * The first character picks the one pattern that could match (their first characters differ).
 */
export function plainValue(text: string): unknown {
  const c = text.charCodeAt(0);
  if (c === 0x7e /* ~ */ || c === 0x6e /* n */ || c === 0x4e /* N */) return NULL_RE.test(text) ? null : text;
  if (c === 0x74 /* t */ || c === 0x54 /* T */ || c === 0x66 /* f */ || c === 0x46 /* F */) return BOOL_RE.test(text) ? c === 0x74 || c === 0x54 : text;
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b /* + */ || c === DASH || c === 0x2e /* . */) return NUMBER_RE.test(text) ? new NumberToken(text) : text;
  return text;
}

/** A plain scalar as a mapping key: declined unless it is a string (js-yaml would make `1:` "[object Object]"). */
function plainKey(text: string): string {
  if (typeof plainValue(text) !== 'string') decline();
  return text;
}

/** Thrown when the text leaves the subset; the caller then lets js-yaml read it. */
export class OutOfSubset {}

/** Leaves the subset. */
export function decline(): never {
  throw new OutOfSubset();
}

/** `-` */
export const DASH = 0x2d;
/** `:` */
export const COLON = 0x3a;
/** `"` */
export const DQ = 0x22;
/** `'` */
export const SQ = 0x27;
/** `[` */
export const OPEN = 0x5b;
/** `{` */
export const OPEN_BRACE = 0x7b;
const CLOSE = 0x5d;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;

/** Whether `c` ends a token: a space, a line break or the end of the text (NaN). */
export function spaceOrEnd(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c !== c;
}

function flowIndicator(c: number): boolean {
  return c === COMMA || c === OPEN || c === CLOSE || c === OPEN_BRACE || c === CLOSE_BRACE;
}

/** ASCII characters a plain scalar may not start with here (js-yaml's list, with `?` and `:`). */
const NOT_PLAIN_START = new Uint8Array(128);
for (const c of ' \t\r\n,[]{}#&*!|>\'"%@`?:') NOT_PLAIN_START[c.charCodeAt(0)] = 1;

/** What `\x` gives in a double-quoted scalar, for the one-character escapes (js-yaml's table, without tab). */
const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\x00', a: '\x07', b: '\x08', t: '\x09', n: '\x0A', v: '\x0B', f: '\x0C', r: '\x0D', e: '\x1B', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xA0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** Reads scalars and flow collections at `pos` in `s` (js-yaml's input, which has no BOM or whose BOM `pos` starts after). */
export class ScalarReader {
  pos = 0;
  private flowDepth = 0;

  constructor(protected readonly s: string) {}

  /** Checks a character at `i` from U+007F up (js-yaml's non-printable set, more strictly); returns the index of its last code unit. */
  private wide(i: number, c: number): number {
    if (c < 0xa0 || c === 0xfeff || c >= 0xfffe || (c >= 0xdc00 && c <= 0xdfff)) decline();
    if (c < 0xd800 || c > 0xdbff) return i;
    const low = this.s.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) decline();
    return i + 1;
  }

  /** Skips spaces from `pos`. */
  protected skipSpaces(): void {
    while (this.s.charCodeAt(this.pos) === SPACE) this.pos++;
  }

  /**
   * Reads a plain scalar on one line, trailing spaces trimmed; `pos` is left where it stopped: a
   * line break or the end, a `#` after a space, a `:` before a space (or a flow indicator), or in
   * `flow` a flow indicator.
   */
  protected plain(flow: boolean): string {
    const start = this.pos;
    return this.s.slice(start, this.plainEnd(flow));
  }

  /** Reads a plain scalar as `plain` does; returns where its text ends (trailing spaces trimmed). */
  protected plainEnd(flow: boolean): number {
    const s = this.s;
    const start = this.pos;
    const first = s.charCodeAt(start);
    if (first < 128 && NOT_PLAIN_START[first] === 1) decline();
    if (first === DASH) {
      const next = s.charCodeAt(start + 1);
      if (spaceOrEnd(next) || (flow && flowIndicator(next))) decline();
    }
    let end = start;
    let i = start;
    for (; ; i++) {
      const c = s.charCodeAt(i);
      // Letters, digits and `-./;<=>?@[\]^_`{|}~` first: the flow indicators among them are all above `:`.
      if (c >= DASH && c < 0x7f && c !== COLON) {
        if (flow && (c === OPEN || c === CLOSE || c === OPEN_BRACE || c === CLOSE_BRACE)) break;
        end = i + 1;
      } else if (c === SPACE) {
        continue;
      } else if (c === COLON) {
        const next = s.charCodeAt(i + 1);
        if (spaceOrEnd(next) || (flow && flowIndicator(next))) break;
        end = i + 1;
      } else if (c === HASH) {
        if (s.charCodeAt(i - 1) === SPACE) break;
        end = i + 1;
      } else if (c === COMMA) {
        if (flow) break;
        end = i + 1;
      } else if (c === LF) {
        break;
      } else if (c === CR) {
        if (s.charCodeAt(i + 1) !== LF) decline();
        break;
      } else if (c < 0x20) {
        decline();
      } else if (c < 0x7f) {
        end = i + 1;
      } else if (c !== c) {
        break;
      } else {
        i = this.wide(i, c);
        end = i + 1;
      }
    }
    this.pos = i;
    return end;
  }

  /** Reads a single-quoted scalar closed on its line (`pos` at the quote). */
  protected single(): string {
    const s = this.s;
    let out = '';
    let from = this.pos + 1;
    for (let i = from; ; i++) {
      const c = s.charCodeAt(i);
      if (c === SQ) {
        if (s.charCodeAt(i + 1) !== SQ) {
          this.pos = i + 1;
          return out + s.slice(from, i);
        }
        out += s.slice(from, i + 1);
        i++;
        from = i + 1;
      } else if (c < 0x20 || c !== c) decline();
      else if (c >= 0x7f) i = this.wide(i, c);
    }
  }

  /** Reads a double-quoted scalar closed on its line (`pos` at the quote). */
  protected double(): string {
    const s = this.s;
    let out = '';
    let from = this.pos + 1;
    for (let i = from; ; i++) {
      const c = s.charCodeAt(i);
      if (c === DQ) {
        this.pos = i + 1;
        return out + s.slice(from, i);
      }
      if (c === BACKSLASH) {
        out += s.slice(from, i);
        const e = s.charAt(i + 1);
        const simple = SIMPLE_ESCAPES[e];
        if (simple !== undefined) i++;
        else {
          const length = HEX_LENGTH[e] ?? decline();
          let code = 0;
          for (let k = 2; k < length + 2; k++) {
            const digit = hexDigit(s.charCodeAt(i + k));
            if (digit < 0) decline();
            code = code * 16 + digit;
          }
          if (code > 0x10ffff) decline();
          i += length + 1;
          out += String.fromCodePoint(code);
        }
        if (simple !== undefined) out += simple;
        from = i + 1;
      } else if (c < 0x20 || c !== c) decline();
      else if (c >= 0x7f) i = this.wide(i, c);
    }
  }

  /** Reads a flow node on one line: a flow collection, a quoted scalar or a plain scalar (typed). */
  protected flowNode(): unknown {
    const c = this.s.charCodeAt(this.pos);
    if (c === OPEN || c === OPEN_BRACE) return this.flowCollection();
    if (c === DQ) return this.double();
    if (c === SQ) return this.single();
    return plainValue(this.plain(true));
  }

  /** Reads `[...]` or `{...}` closed on its line, without empty entries, pairs in a list, or keys without values. */
  protected flowCollection(): unknown[] | Record<string, unknown> {
    if (++this.flowDepth > 20) decline();
    const s = this.s;
    const mapping = s.charCodeAt(this.pos) === OPEN_BRACE;
    const close = mapping ? CLOSE_BRACE : CLOSE;
    const list: unknown[] = [];
    const record: Record<string, unknown> = {};
    this.pos++;
    this.skipSpaces();
    while (s.charCodeAt(this.pos) !== close) {
      if (mapping) {
        const key = this.key(true);
        if (s.charCodeAt(this.pos) !== COLON) decline();
        this.pos++;
        this.skipSpaces();
        record[newKey(record, key)] = this.flowNode();
      } else list.push(this.flowNode());
      this.skipSpaces();
      const c = s.charCodeAt(this.pos);
      if (c === COMMA) {
        this.pos++;
        this.skipSpaces();
      } else if (c !== close) decline();
    }
    this.pos++;
    this.flowDepth--;
    return mapping ? record : list;
  }

  /**
   * Reads a mapping key (quoted, or plain and not null, a boolean or a number) and the spaces
   * after it; `pos` is left at what follows (a `:` if it is a key).
   */
  protected key(flow: boolean): string {
    const c = this.s.charCodeAt(this.pos);
    let key: string;
    if (c === DQ) key = quotedKey(this.double());
    else if (c === SQ) key = quotedKey(this.single());
    else {
      const start = this.pos;
      key = checkedPlainKey(this.s, start, this.plainEnd(flow));
    }
    this.skipSpaces();
    return key;
  }
}

/** The plain key `s` holds from `start` to `end`, checked: plainKey and badKey decline. */
export function checkedPlainKey(s: string, start: number, end: number): string {
  const key = plainKey(s.slice(start, end));
  if (badKey(key)) decline();
  return key;
}

/** `__proto__` (js-yaml defines it as an own property) and `<<`: keys this reader leaves to js-yaml. */
function badKey(key: string): boolean {
  return key === '__proto__' || key === '<<';
}

/**
 * A quoted key, checked: badKey and the keys `hasOddKey` looks for (so data from here never has
 * one) decline. A plain key cannot be one of those: plainKey declines `null`, `true` and `false`,
 * and a plain scalar cannot start with `[`.
 */
export function quotedKey(key: string): string {
  if (badKey(key) || ODD_KEYS.has(key)) decline();
  return key;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Checks a key (plain from `key`, or quotedKey) before it is added to a mapping: a duplicate declines. */
export function newKey(record: Record<string, unknown>, key: string): string {
  if (hasOwn.call(record, key)) decline();
  return key;
}
