import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../rules/', import.meta.url);

/** Lines of rule sources outside comments that cite a clause in prose ("clause 4.7") instead of as `§4.7`. */
function proseCitations(): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    readFileSync(new URL(name, dir), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.trim();
        if (code.startsWith('/**') || code.startsWith('*') || code.startsWith('//')) return;
        if (/\bclauses? \d/i.test(code)) found.push(`rules/${name}:${i + 1}: ${code.slice(0, 120)}`);
      });
  }
  return found;
}

describe('rule messages', () => {
  it('cite clauses as §4.7, never "clause 4.7"', () => {
    expect(proseCitations()).toEqual([]);
  });
});
