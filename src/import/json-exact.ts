/**
 * A small JSON reader for API response bodies that keeps every number as its source text
 * (NumberToken), so amounts never pass through binary floating point, and that locates a syntax
 * error at its line and column. Node.js 20's JSON.parse cannot show a reviver the source text.
 */
import { NumberToken } from '../model/tokens.js';

/** What is wrong, as data the messages word: `found` is a character in quotes, or empty at the end of the file. */
export interface JsonProblem {
  kind: 'tooDeep' | 'badString' | 'unexpected' | 'keyExpected' | 'colonExpected' | 'duplicateKey' | 'objectEnd' | 'arrayEnd' | 'trailing';
  found: string;
  key?: string;
}

/** A JSON syntax error at a 1-based line and column. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly problem: JsonProblem,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${problem.kind}${problem.found ? ` at ${problem.found}` : ''}`); // worded by the import's messages (jsonProblem)
  }
}

/** A parsed JSON value: numbers are NumberToken, everything else as JSON.parse gives it. */
export type JsonValue = null | boolean | string | NumberToken | JsonValue[] | { [key: string]: JsonValue };

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_RE = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const WS_RE = /[ \t\r\n]*/y;

/** Parses JSON text; numbers keep their source text. Throws JsonSyntaxError with a position. */
export function parseJsonExact(input: string): JsonValue {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let pos = 0;
  const fail = (kind: JsonProblem['kind'], key?: string): never => {
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const column = pos - before.lastIndexOf('\n');
    throw new JsonSyntaxError({ kind, found: pos >= text.length ? '' : `"${text[pos]}"`, ...(key === undefined ? {} : { key }) }, line, column);
  };
  const skip = () => {
    WS_RE.lastIndex = pos;
    WS_RE.exec(text);
    pos = WS_RE.lastIndex;
  };
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return undefined;
    pos = re.lastIndex;
    return m[0];
  };
  const value = (depth: number): JsonValue => {
    if (depth > 200) fail('tooDeep');
    skip();
    const c = text[pos];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return JSON.parse(match(STRING_RE) ?? fail('badString')) as string;
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    const number = match(NUMBER_RE);
    if (number !== undefined) return new NumberToken(number);
    return fail('unexpected');
  };
  const object = (depth: number): JsonValue => {
    pos++;
    const result: { [key: string]: JsonValue } = {};
    skip();
    if (text[pos] === '}') return pos++, result;
    for (;;) {
      skip();
      const key = match(STRING_RE);
      if (key === undefined) fail('keyExpected');
      skip();
      if (text[pos] !== ':') fail('colonExpected');
      pos++;
      const name = JSON.parse(key!) as string;
      if (Object.hasOwn(result, name)) fail('duplicateKey', name);
      result[name] = value(depth + 1);
      skip();
      if (text[pos] === ',') pos++;
      else if (text[pos] === '}') return pos++, result;
      else fail('objectEnd');
    }
  };
  const array = (depth: number): JsonValue => {
    pos++;
    const result: JsonValue[] = [];
    skip();
    if (text[pos] === ']') return pos++, result;
    for (;;) {
      result.push(value(depth + 1));
      skip();
      if (text[pos] === ',') pos++;
      else if (text[pos] === ']') return pos++, result;
      else fail('arrayEnd');
    }
  };
  const result = value(0);
  skip();
  if (pos < text.length) fail('trailing');
  return result;
}
