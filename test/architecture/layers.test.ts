import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Layers from the bottom up: a file may import its own layer and any below, never one above. */
const LAYERS = ['src/contract', 'src/util', 'src/model', 'src/load', 'src/engine', 'src/rule-kit.ts', 'rules', 'src/report', 'src/config', 'src/batch', 'src/import', 'src/cli'];

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  if (dir.endsWith('.ts')) return [dir]; // a layer that is one file (src/rule-kit.ts)
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer index of a repository-relative path, or -1 outside the layered folders. */
function layerOf(path: string): number {
  const rel = relative(root, path).split('\\').join('/');
  let best = -1;
  LAYERS.forEach((layer, i) => {
    if (rel === layer || rel.startsWith(`${layer}/`)) best = i;
  });
  return best;
}

const importPattern = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

function violations(): string[] {
  const found: string[] = [];
  for (const layer of LAYERS) {
    for (const file of sources(join(root, layer))) {
      const from = layerOf(file);
      for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
        const spec = match[1] ?? match[2]!;
        const target = resolve(dirname(file), spec);
        const to = layerOf(target);
        if (to > from) found.push(`${relative(root, file)} imports ${spec} (${LAYERS[to]} is above ${LAYERS[from]})`);
      }
    }
  }
  return found;
}

describe('layers', () => {
  it('no lower layer imports a higher one', () => {
    expect(violations()).toEqual([]);
  });

  it('the check itself sees an upward import', () => {
    const file = join(root, 'src/model/x.ts');
    expect(layerOf(file)).toBeLessThan(layerOf(join(root, 'src/cli/main.ts')));
    expect(layerOf(join(root, 'rules/arrears.ts'))).toBeGreaterThan(layerOf(join(root, 'src/engine/types.ts')));
    expect(layerOf(join(root, 'src/rule-kit.ts'))).toBeGreaterThan(layerOf(join(root, 'src/engine/types.ts')));
    expect(layerOf(join(root, 'src/rule-kit.ts'))).toBeLessThan(layerOf(join(root, 'rules/arrears.ts')));
  });
});
