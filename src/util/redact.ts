/**
 * The one path every message and value takes before it reaches a report, stderr or a log: secrets
 * hidden, very long values cut with an ellipsis, lone surrogates replaced, so that no output echoes
 * a secret, grows with an input's size, or stops being valid UTF-8.
 */
import { sha256Hex } from './node-crypto.js';
import { isWhitespace } from './whitespace.js';

/** What replaces each kind of secret (the words a user reads). */
const REDACTED = {
  accessKeySecret: '[secret-shaped value not shown]',
  urlPassword: '***',
  pem: '[PEM block not shown]',
  token: '[token not shown]',
  password: '[not shown]',
  ellipsis: '…',
} as const;

/** A run of non-space characters longer than this is cut (an id, a key, a value echoed in a message). */
const MAX_ECHO_RUN = 200;
/** A whole message longer than this is cut. */
const MAX_MESSAGE = 2_000;

const ACCESS_KEY_SECRET = /(?<![A-Za-z0-9])[A-Za-z0-9]{30}(?![A-Za-z0-9])/g;
/** `scheme://user:password@` (the password part). */
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s:/@"'`]*:)([^\s/@"'`]+)@/gi;
/** A PEM block, or what is left of one that was cut. */
const PEM = /-----BEGIN[A-Z0-9 _]*-----(?:[\s\S]*?-----END[A-Z0-9 _]*-----|[A-Za-z0-9+/=\s\\…]*)/g;
/** GitHub, Slack, npm and similar tokens with a known prefix. */
const TOKEN = /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,}|xox[abprs]-[A-Za-z0-9-]{10,}|npm_[A-Za-z0-9]{30,}|sk-[A-Za-z0-9_-]{20,})/g;
/** `password=…`, `secret: …` and the like inside a value: the key stays, the value goes (one already `[not shown]` stays, so cleaning is idempotent). */
const KEYED = /\b((?:pass(?:word|wd)?|pwd|secret(?:_key)?|access_?key_?secret|private_?key|token|api_?key)\s*[=:]\s*)(?!\[not shown\])("[^"]*"|'[^']*'|[^\s"',;&]+)/gi;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LONG_RUN = new RegExp(`\\S{${MAX_ECHO_RUN + 1},}`, 'g');

/** True when a whole value has the shape of an AccessKey secret (30 letters and digits). */
function isSecretShaped(value: string): boolean {
  return value.length === 30 && /^[A-Za-z0-9]{30}$/.test(value);
}

/** A stable, non-reversible stand-in for a secret-shaped value: `secret#1a2b3c4d`. */
export function fingerprint(value: string): string {
  return `secret#${sha256Hex(value).slice(0, 8)}`;
}

/** Replaces lone UTF-16 surrogates with U+FFFD, so the text encodes as valid UTF-8 and JSON. */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

/** Hides every secret-shaped part of a text. */
function redactSecrets(value: string): string {
  if (value.length < 8) return value;
  let out = value;
  if (out.includes('-----BEGIN')) out = out.replace(PEM, REDACTED.pem);
  if (out.includes('://')) out = out.replace(URL_PASSWORD, `$1${REDACTED.urlPassword}@`);
  out = out.replace(TOKEN, REDACTED.token);
  out = out.replace(KEYED, (_, key: string) => `${key}${REDACTED.password}`);
  if (out.length >= 30) out = out.replace(ACCESS_KEY_SECRET, REDACTED.accessKeySecret);
  return out;
}

/** Cuts over-long runs and over-long text with an ellipsis (never inside a surrogate pair). */
function truncateEcho(value: string, max = MAX_MESSAGE): string {
  let out = value.length > MAX_ECHO_RUN ? value.replace(LONG_RUN, (run) => cut(run, MAX_ECHO_RUN)) : value;
  if (out.length > max) out = cut(out, max);
  return out;
}

function cut(value: string, at: number): string {
  const code = value.charCodeAt(at - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
  return `${value.slice(0, end)}${REDACTED.ellipsis}`;
}

/** The one cleaning of a message, every step applied: well-formed, secrets hidden, long values cut. */
export function cleanFully(value: string, max = MAX_MESSAGE): string {
  return truncateEcho(redactSecrets(wellFormed(value)), max);
}

/**
 * The code units of the text being scanned, copied in one native call: a typed array reads the same
 * way whatever the string's representation, where `value.charCodeAt` on the many representations a
 * run passes (ropes, slices, one- and two-byte, internalized) is a megamorphic property load per character.
 */
let scratch = Buffer.alloc(4096);
let units = new Uint16Array(scratch.buffer, scratch.byteOffset, scratch.length >> 1);
/** Buffer's own UTF-16 writer (Node.js 20 to 24 have it), called without `write`'s argument and encoding checks. */
type Ucs2Writer = Buffer & { ucs2Write(value: string, offset: number, length: number): number };
const DIRECT_UCS2 = typeof (Buffer.prototype as Partial<Ucs2Writer>).ucs2Write === 'function';

/** True when the non-space unit before `at` in `u` (spaces skipped as `\s*` skips them) is the last letter of a KEYED key (d, s, t, y, n). */
function keyEndsBefore(u: Uint16Array, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && isWhitespace(u[j]!)) j--;
  if (j < 0) return false;
  const c = u[j]! | 32;
  return c === 100 || c === 115 || c === 116 || c === 121 || c === 110;
}

const KEYED_ONE = new RegExp(KEYED.source, 'i');

/** True when the first `n` units of `u` hold `prefix` at `i`. */
function unitsAt(u: Uint16Array, n: number, i: number, prefix: string): boolean {
  if (i + prefix.length > n) return false;
  for (let k = 0; k < prefix.length; k++) if (u[i + k] !== prefix.charCodeAt(k)) return false;
  return true;
}

/** True when a TOKEN prefix starts at `i`, whose unit is `c`: `gh`, `github_pat_`, `npm_`, `sk-` or `xox`. */
function tokenAt(u: Uint16Array, n: number, i: number, c: number): boolean {
  if (c === 103) return unitsAt(u, n, i, 'gh') || unitsAt(u, n, i, 'github_pat_');
  if (c === 110) return unitsAt(u, n, i, 'npm_');
  if (c === 115) return unitsAt(u, n, i, 'sk-');
  return c === 120 && unitsAt(u, n, i, 'xox');
}

/** True when a code unit is an ASCII letter or digit. */
function isAlnum(c: number): boolean {
  const lower = c | 32;
  return (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122);
}

/**
 * False when cleaning cannot change the text, found in one pass without allocating: every pattern
 * needs something this scan looks for (a surrogate; a run of exactly 30 letters and digits; a token
 * prefix where a word starts; five dashes; `://` and an `@`; a `:` or `=` after a key's last letter,
 * then confirmed by the KEYED pattern; a run of non-space characters over the echo limit; more than
 * `max` characters). True may still change nothing; `cleanFully` then decides. A run of letters and
 * digits is read in one inner loop.
 */
function mayChange(value: string, max: number): boolean {
  const n = value.length;
  if (n > max) return true;
  if (n * 2 > scratch.length) {
    scratch = Buffer.alloc(n * 2);
    units = new Uint16Array(scratch.buffer, scratch.byteOffset, n);
  }
  if (DIRECT_UCS2) (scratch as Ucs2Writer).ucs2Write(value, 0, n * 2);
  else scratch.write(value, 0, 'utf16le');
  const u = units;
  let inWord = false;
  let solid = 0;
  let dashes = 0;
  let scheme = false;
  let at = false;
  let keyed = false;
  for (let i = 0; i < n; i++) {
    const c = u[i]!;
    if (isAlnum(c)) {
      if (!inWord && tokenAt(u, n, i, c)) return true;
      let end = i + 1;
      while (end < n && isAlnum(u[end]!)) end++;
      const run = end - i;
      solid += run;
      if (run === 30 || solid > MAX_ECHO_RUN) return true;
      inWord = true;
      dashes = 0;
      i = end - 1;
      continue;
    }
    dashes = c === 45 ? dashes + 1 : 0;
    inWord = c === 95;
    if (isWhitespace(c)) {
      solid = 0;
      continue;
    }
    if (++solid > MAX_ECHO_RUN || dashes >= 5 || (c >= 0xd800 && c <= 0xdfff)) return true;
    if (c === 58) {
      if (i + 2 < n && u[i + 1] === 47 && u[i + 2] === 47) scheme = true;
      if (!keyed) keyed = keyEndsBefore(u, i);
    } else if (c === 61) {
      if (!keyed) keyed = keyEndsBefore(u, i);
    } else if (c === 64) at = true;
  }
  if (scheme && at) return true;
  return keyed && KEYED_ONE.test(value);
}

/** The one cleaning of a message: well-formed, secrets hidden, long values cut (a text that cannot change is returned as it is). */
export function safeText(value: string, max = MAX_MESSAGE): string {
  return mayChange(value, max) ? cleanFully(value, max) : value;
}

/** A subject (an id a finding is about): a secret-shaped one becomes its fingerprint; others are cleaned. */
export function safeSubject(value: string): string {
  return isSecretShaped(value) ? fingerprint(value) : safeText(value, MAX_ECHO_RUN);
}
