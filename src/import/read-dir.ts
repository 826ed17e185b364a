/**
 * Offline import: reads a folder of recorded answers named `<Product>.<Action>.json` or
 * `<Product>.<Action>.<key>.json` (the key is everything between `<Action>.` and `.json`, dots
 * included). An unknown or malformed file is a located error; the others still import.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../util/usage-error.js';
import { decodeUtf8 } from '../load/bytes.js';
import { JsonSyntaxError, parseJsonExact } from './json-exact.js';
import { localized, readFailure, say } from './messages.js';
import { isObject } from './body.js';
import { isKnownAction, ResponseSet } from './responses.js';
import type { Notes } from './values.js';

/** The action and key a file name records, or undefined when it is not a recorded-answer name. */
function parseFileName(name: string): { action: string; key: string } | undefined {
  const m = /^([A-Za-z]+)\.([A-Za-z0-9]+)(?:\.(.+))?\.json$/.exec(name);
  if (!m || !isKnownAction(`${m[1]}.${m[2]}`)) return undefined;
  return { action: `${m[1]}.${m[2]}`, key: m[3] ?? '' };
}

/** Reads every recorded answer in `dir`; returns them with the newest file time (the capture instant). */
export async function readResponseDir(dir: string, notes: Notes): Promise<{ set: ResponseSet; newest: number }> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
    names = (await readdir(dir)).sort();
  } catch {
    throw new UsageError(say('notAFolder', { dir }), say('notAFolderHint'));
  }
  const set = new ResponseSet();
  let newest = 0;
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const file = path.join(dir, name);
    const parsed = parseFileName(name);
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      notes.add('error', 'unreadable', { file, reason: readFailure(error) });
      continue;
    }
    if (info.isDirectory()) continue;
    if (!parsed) {
      notes.add('error', 'unknownFile', { file });
      continue;
    }
    try {
      const decoded = decodeUtf8(await readFile(file));
      if (!decoded.ok) {
        notes.add('error', 'badJson', { file, line: decoded.problem.line, column: decoded.problem.column, reason: localized(decoded.problem.message) });
        continue;
      }
      const body = parseJsonExact(decoded.text);
      if (!isObject(body)) {
        notes.add('error', 'notAnObject', { file });
        continue;
      }
      set.add(parsed.action, { key: parsed.key, body, source: file });
      newest = Math.max(newest, Math.floor(info.mtimeMs / 1000) * 1000);
    } catch (error) {
      if (error instanceof JsonSyntaxError) notes.add('error', 'badJson', { file, line: error.line, column: error.column, reason: say('jsonProblem', error.problem) });
      else notes.add('error', 'unreadable', { file, reason: readFailure(error) });
    }
  }
  return { set, newest };
}
