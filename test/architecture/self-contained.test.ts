import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** A path outside the repository, or a product spec file that is not part of it. */
const OUTSIDE = /\.\.\/shared|shared\/(spec|agreement|schemas)|spec\/[a-z-]+\.md/;

/** Every file git tracks or would track (committed, staged or new and not ignored). */
function repositoryFiles(): string[] {
  const run = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ls-files: ${run.stderr}`);
  return run.stdout.split('\0').filter((f) => f !== '');
}

describe('the repository is self-contained', () => {
  it('no file names a folder outside the repository or a spec file that is not in it', () => {
    const offending: string[] = [];
    for (const file of repositoryFiles()) {
      if (file === 'test/architecture/self-contained.test.ts') continue;
      let text: string;
      try {
        text = readFileSync(join(root, file), 'utf8');
      } catch {
        continue; // deleted in the working tree
      }
      text.split('\n').forEach((line, i) => {
        if (OUTSIDE.test(line)) offending.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(offending).toEqual([]);
  });
});
