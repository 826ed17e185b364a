/** `--save-responses DIR`: writes a live run's answers as exactly the files `--from` reads, with no secret in them. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { isSecretKey } from '../model/secret-scan.js';
import { NumberToken } from '../model/tokens.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { JsonValue } from './json-exact.js';
import { fileNameFor, type ResponseSet } from './responses.js';

/** JSON text of a body, numbers written from their source text, keys named for a secret left out. */
function bodyText(value: JsonValue, indent = ''): string {
  if (value instanceof NumberToken) return value.source;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[\n${value.map((v) => inner + bodyText(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([k]) => !isSecretKey(k));
  return entries.length === 0 ? '{}' : `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${bodyText(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** Writes every answer to `dir` (created if needed); returns how many files were written. */
export async function saveResponses(set: ResponseSet, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  let count = 0;
  for (const action of set.actions()) {
    for (const recorded of set.all(action)) {
      await writeFileAtomic(path.join(dir, fileNameFor(action, recorded.key)), `${bodyText(recorded.body)}\n`);
      count++;
    }
  }
  return count;
}
