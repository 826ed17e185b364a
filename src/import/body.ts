/** Reading API response bodies: walking nested PascalCase lists and telling error answers apart. */
import { NumberToken } from '../model/tokens.js';
import type { JsonValue } from './json-exact.js';
import type { RecordedBody, ResponseSet } from './responses.js';
import { textOf, type Notes, type ValueSite } from './values.js';

/** A JSON object of a response body. */
export type JsonObject = { [key: string]: JsonValue };

/** True for a JSON object (not a list, not null). */
export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof NumberToken);
}

/** The object at a path of keys, or undefined. */
export function objectAt(value: JsonValue | undefined, ...keys: string[]): JsonObject | undefined {
  let node = value;
  for (const key of keys) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? node : undefined;
}

/** The objects of the list at a path (`Users.User[]`); a single object counts as a list of one. */
export function listAt(value: JsonValue | undefined, ...keys: string[]): JsonObject[] {
  let node = value;
  for (const key of keys) node = isObject(node) ? node[key] : undefined;
  if (Array.isArray(node)) return node.filter(isObject);
  return isObject(node) ? [node] : [];
}

/** The error code of an error answer (`{"Code":"EntityNotExist.User.LoginProfile",…}`, SLS `errorCode`), else undefined. */
export function errorCode(body: JsonValue): string | undefined {
  if (!isObject(body)) return undefined;
  if (typeof body.errorCode === 'string') return body.errorCode;
  const code = textOf(body.Code);
  if (code === undefined || body.Success === true || /^(success|200|ok)$/i.test(code)) return undefined;
  if (body.Success === false || 'Message' in body || 'HostId' in body || 'Recommend' in body) return code;
  return undefined;
}

/** The answers of an action that are not errors; an error answer becomes a note. */
export function answers(set: ResponseSet, action: string, notes: Notes): RecordedBody[] {
  return set.all(action).filter((r) => {
    const code = errorCode(r.body);
    if (code !== undefined) notes.add('warning', 'errorAnswer', { source: r.source, code });
    return code === undefined;
  });
}

/** A ValueSite for notes about one field of one answer. */
export function site(recorded: RecordedBody, field: string, notes: Notes): ValueSite {
  return { source: recorded.source, field, notes };
}
