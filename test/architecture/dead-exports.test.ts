/**
 * No dead exports: every name exported from src/ or rules/ is named in some other file of the
 * repository's code (src, rules, test, bench, scripts, bin). A name used only in its own file is
 * not exported; a name used nowhere is deleted.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const CODE = /\.(ts|mjs|cjs|js)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return CODE.test(name) ? [path] : [];
  });
}

const all = ['src', 'rules', 'test', 'bench', 'scripts', 'bin'].flatMap((dir) => files(join(root, dir)));
const text = new Map(all.map((file) => [file, readFileSync(file, 'utf8')]));
const declaration = /^export (?:async )?(?:function\*?|const|let|class|interface|type|enum|abstract class) (\w+)/gm;

describe('exports', () => {
  it('every export of src/ and rules/ is used by another file', () => {
    const dead: string[] = [];
    for (const [file, source] of text) {
      const rel = relative(root, file).split('\\').join('/');
      if (!rel.startsWith('src/') && !rel.startsWith('rules/')) continue;
      for (const [, name] of source.matchAll(declaration)) {
        const word = new RegExp(`\\b${name}\\b`);
        if (![...text].some(([other, body]) => other !== file && word.test(body))) dead.push(`${rel}: ${name}`);
      }
    }
    expect(dead, 'exported but used nowhere else: drop the export (or the code, if unused)').toEqual([]);
  });
});
