/**
 * Finds what looks like a secret in a profile (clauses 4.5, 8.2): a key named for one, or a value
 * shaped like an AccessKey secret. A hit says where it is, never what it holds.
 */
import type { YamlPath } from '../contract/report.js';
import { NumberToken } from './tokens.js';

/** Key names (lower-cased, `-` read as `_`) that hold a secret. */
const SECRET_KEYS: ReadonlySet<string> = new Set([
  'secret', 'secret_key', 'password', 'passwd', 'access_key_secret', 'accesskeysecret', 'token', 'private_key',
]);

/** The lengths of the secret key names, as bits: bit n set for a name of n characters. */
const SECRET_KEY_LENGTHS = [...SECRET_KEYS].reduce((bits, name) => bits | (1 << name.length), 0);

/** True when a key's whole name names a secret (`password_policy` does not). */
export function isSecretKey(name: string): boolean {
  // Every secret key name is 5, 6, 8, 10, 11, 15 or 17 characters long, starts with s, p, a or t and
  // ends with t, y, d or n; lower-casing keeps a name's length unless it holds a character that then
  // is not ASCII (only the Kelvin sign becomes ASCII, as a k), so a name outside these is none,
  // without building its lower-cased copy.
  const length = name.length;
  if (length > 17 || ((SECRET_KEY_LENGTHS >> length) & 1) === 0) return false;
  const first = name.charCodeAt(0) | 32;
  if (first !== 0x73 && first !== 0x70 && first !== 0x61 && first !== 0x74) return false;
  const last = name.charCodeAt(length - 1) | 32;
  if (last !== 0x74 && last !== 0x79 && last !== 0x64 && last !== 0x6e) return false;
  if (SECRET_KEYS.has(name)) return true;
  // A name of lower-case ASCII, digits and `_` is its own lower-cased, `-`-free form: no copy to make.
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c === 0x2d || c > 0x7e) return SECRET_KEYS.has(name.toLowerCase().replaceAll('-', '_'));
  }
  return false;
}

/** True when a scalar's text has the shape of an AccessKey secret: exactly 30 letters and digits. */
export function hasSecretShape(text: string): boolean {
  return text.length === 30 && /^[A-Za-z0-9]{30}$/.test(text);
}

/** Where a possible secret is; nothing here is ever taken from a secret's value. */
export interface SecretHit {
  /** `key`: a key named for a secret; `value`: a value (or key) shaped like an AccessKey secret. */
  kind: 'key' | 'value';
  /** How a user finds it: `key password`, `key policies[0]`, `a list item`, ... */
  where: string;
  /** Data scan: the YAML path to locate. Text scan: []. */
  path: YamlPath;
  /** Text scan: the 1-based position. */
  position?: { line: number; column: number };
}

/** The label of the node at `path` for messages: its key, with the list indices after it, e.g. `policies[0]`. */
function labelOf(path: readonly (string | number)[]): string {
  let at = path.length;
  while (at > 0 && typeof path[at - 1] === 'number') at--;
  let label = at === 0 ? 'the document' : String(path[at - 1]);
  for (let i = at; i < path.length; i++) label += `[${path[i]}]`;
  return label;
}

/** The text of a scalar that can hold an AccessKey secret: a string's own, a number's source; else undefined. */
function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : value instanceof NumberToken ? value.source : undefined;
}

/**
 * Walks parsed data in document order, one path stack for the whole walk (copied only for a hit).
 * A mapping's keys are read with for-in, which allocates no list of them: parsed mappings are plain
 * objects, whose only enumerable keys are their own, in the order Object.keys gives. A scalar child
 * (most of a profile) is judged where it is met, with no call into the walk and no step on the path
 * unless it is a hit.
 */
export function scanData(data: unknown): SecretHit[] {
  const hits: SecretHit[] = [];
  const path: (string | number)[] = [];
  const valueHit = (step: string | number): void => {
    path.push(step);
    hits.push({ kind: 'value', where: `key ${labelOf(path)}`, path: [...path] });
    path.pop();
  };
  const walk = (value: object): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const text = scalarText(item);
        if (text !== undefined) {
          if (hasSecretShape(text)) valueHit(i);
        } else if (typeof item === 'object' && item !== null) {
          path.push(i);
          walk(item);
          path.pop();
        }
      }
      return;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (hasSecretShape(key)) {
        // The key itself may be a secret: report it at its mapping and look no deeper (a path below would print it).
        hits.push({ kind: 'value', where: 'a key shaped like an AccessKey secret', path: [...path] });
        continue;
      }
      const secretKey = isSecretKey(key);
      if (secretKey) hits.push({ kind: 'key', where: `key ${key}`, path: [...path, key] });
      if (typeof child !== 'object' || child === null || child instanceof NumberToken) {
        // The key's own scalar is counted with the key; `id` scalars are identifiers, not secrets.
        if (secretKey || key === 'id') continue;
        const text = scalarText(child);
        if (text !== undefined && hasSecretShape(text)) valueHit(key);
        continue;
      }
      path.push(key);
      walk(child);
      path.pop();
    }
  };
  const text = scalarText(data);
  if (text !== undefined) {
    if (hasSecretShape(text)) hits.push({ kind: 'value', where: `key ${labelOf(path)}`, path: [] });
  } else if (typeof data === 'object' && data !== null) walk(data);
  return hits;
}

/** A mapping key on a line: after the line start, a space, `{` or `,`; optionally quoted; then `:` and a space or the end. */
const KEY_RE = /(?<=^|[\s{,])(["']?)([A-Za-z0-9_][\w-]*)\1[ \t]*:(?=[ \t]|$)/g;
/** A whole 30-character token (not part of a longer word, id or date). */
const TOKEN_RE = /(?<=^|[\s"'[{,])[A-Za-z0-9]{30}(?=$|[\s"'\]},])/g;

/** Scans text line by line, for a document that did not parse; comments are skipped, as a parser would. */
export function scanText(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '$1'); // drop a comment
    const keys = [...line.matchAll(KEY_RE)].map((m) => {
      // Located at the key's value when it is on the same line (as a parsed path is), else at the key.
      const end = m.index + m[0].length;
      const valueAt = line.slice(end).search(/\S/);
      return { name: m[2]!, column: m.index + 1, at: valueAt === -1 ? m.index + 1 : end + valueAt + 1 };
    });
    const onLine: (SecretHit & { position: { line: number; column: number } })[] = [];
    for (const key of keys) {
      const position = { line: i + 1, column: key.at };
      if (hasSecretShape(key.name)) onLine.push({ kind: 'value', where: 'a key shaped like an AccessKey secret', path: [], position });
      else if (isSecretKey(key.name)) onLine.push({ kind: 'key', where: `key ${key.name}`, path: [], position });
    }
    for (const token of line.matchAll(TOKEN_RE)) {
      const owner = keys.filter((k) => k.column - 1 < token.index).at(-1);
      if (owner && (owner.name === 'id' || isSecretKey(owner.name) || hasSecretShape(owner.name))) continue;
      const where = owner ? `key ${owner.name}` : /^\s*-\s/.test(line) ? 'a list item' : 'a value';
      onLine.push({ kind: 'value', where, path: [], position: { line: i + 1, column: token.index + 1 } });
    }
    hits.push(...onLine.sort((a, b) => a.position.column - b.position.column));
  });
  return hits;
}
