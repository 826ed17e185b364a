/**
 * The one path every message and value takes before it reaches a report, stderr or a log: secrets
 * hidden, very long values cut with an ellipsis, lone surrogates replaced, so that no output echoes
 * a secret, grows with an input's size, or stops being valid UTF-8.
 */
import { createHash } from 'node:crypto';
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
  return `secret#${createHash('sha256').update(value).digest('hex').slice(0, 8)}`;
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

/** The keys KEYED hides the value of, lower-cased (its key alternatives written out). */
const KEYED_KEYS: ReadonlySet<string> = new Set([
  'pass', 'password', 'passwd', 'pwd', 'secret', 'secret_key', 'accesskeysecret', 'access_keysecret', 'accesskey_secret', 'access_key_secret',
  'privatekey', 'private_key', 'token', 'apikey', 'api_key',
]);

/** True when `c` is a word character to a regular expression without `u`: `[A-Za-z0-9_]`. */
function isWordChar(c: number): boolean {
  const lower = c | 32;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * True when a KEYED key ends right before the `:` or `=` at `at` (spaces between skipped as `\s*`
 * skips them). KEYED's key starts at a word boundary and is all word characters, so it is the whole
 * run of word characters there, compared without case (ASCII only, as a pattern without `u` does).
 */
function keyedAt(value: string, at: number): boolean {
  let end = at;
  while (end > 0 && isWhitespace(value.charCodeAt(end - 1))) end--;
  // Every key ends in d, s, t, y or n.
  const last = value.charCodeAt(end - 1) | 32;
  if (last !== 0x64 && last !== 0x73 && last !== 0x74 && last !== 0x79 && last !== 0x6e) return false;
  let start = end;
  while (start > 0 && isWordChar(value.charCodeAt(start - 1))) start--;
  return end - start >= 3 && end - start <= 17 && KEYED_KEYS.has(value.slice(start, end).toLowerCase());
}

/** True when a TOKEN alternative's prefix starts at `i`: `gh[pousr]_`, `github_pat_`, `xox[abprs]-`, `npm_`, `sk-`. */
function tokenAt(value: string, i: number): boolean {
  const c = value.charCodeAt(i);
  const next = value.charCodeAt(i + 1);
  if (c === 0x67 /* g */) {
    if (next === 0x69 /* i */) return value.startsWith('github_pat_', i);
    const kind = value.charCodeAt(i + 2);
    return next === 0x68 /* h */ && (kind === 0x70 || kind === 0x6f || kind === 0x75 || kind === 0x73 || kind === 0x72) /* pousr */ && value.charCodeAt(i + 3) === 0x5f;
  }
  if (c === 0x78 /* x */) {
    const kind = value.charCodeAt(i + 3);
    return next === 0x6f && value.charCodeAt(i + 2) === 0x78 && (kind === 0x61 || kind === 0x62 || kind === 0x70 || kind === 0x72 || kind === 0x73) /* abprs */ && value.charCodeAt(i + 4) === 0x2d;
  }
  if (c === 0x6e /* n */) return next === 0x70 && value.charCodeAt(i + 2) === 0x6d && value.charCodeAt(i + 3) === 0x5f;
  return c === 0x73 /* s */ && next === 0x6b && value.charCodeAt(i + 2) === 0x2d;
}

/**
 * False when cleaning cannot change the text, found in one pass without allocating: every pattern
 * needs something this scan looks for (a surrogate; a run of exactly 30 letters and digits; a token
 * prefix where a word starts; five dashes; `://` and an `@`; a KEYED key before a `:` or `=`; a run
 * of non-space characters over the echo limit; more than `max` characters). True may still change
 * nothing; `cleanFully` then decides.
 */
function mayChange(value: string, max: number): boolean {
  const n = value.length;
  if (n > max) return true;
  let alnum = 0;
  let inWord = false;
  let solid = 0;
  let dashes = 0;
  let scheme = false;
  let at = false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    const lower = c | 32;
    if ((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) {
      if (!inWord && (c === 0x67 || c === 0x6e || c === 0x73 || c === 0x78) && tokenAt(value, i)) return true;
      alnum++;
      solid++;
      inWord = true;
      dashes = 0;
      continue;
    }
    if (alnum === 30) return true;
    alnum = 0;
    inWord = c === 0x5f;
    if (isWhitespace(c)) {
      if (solid > MAX_ECHO_RUN) return true;
      solid = 0;
      dashes = 0;
      continue;
    }
    solid++;
    if (c === 0x2d) {
      if (++dashes >= 5) return true;
      continue;
    }
    dashes = 0;
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (c === 0x3a) {
      if (value.charCodeAt(i + 1) === 0x2f && value.charCodeAt(i + 2) === 0x2f) scheme = true;
      if (keyedAt(value, i)) return true;
    } else if (c === 0x3d) {
      if (keyedAt(value, i)) return true;
    } else if (c === 0x40) at = true;
  }
  return alnum === 30 || solid > MAX_ECHO_RUN || (scheme && at);
}

/** The one cleaning of a message: well-formed, secrets hidden, long values cut (a text that cannot change is returned as it is). */
export function safeText(value: string, max = MAX_MESSAGE): string {
  return mayChange(value, max) ? cleanFully(value, max) : value;
}

/** A subject (an id a finding is about): a secret-shaped one becomes its fingerprint; others are cleaned. */
export function safeSubject(value: string): string {
  return isSecretShaped(value) ? fingerprint(value) : safeText(value, MAX_ECHO_RUN);
}
