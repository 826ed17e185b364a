/** Deep nesting is an explicit, located error, the same on every thread; a file gives the same errors alone and in a batch. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/load/load-profile.js';
import { DEPTH_MESSAGE, MAX_DEPTH, nestingProblem } from '../../src/load/depth.js';
import { runCli } from '../helpers/cli.js';

const HEAD = 'format: clausecheck/v1\naccount:\n  id: "1"\n';
const DEEP: [string, string, number, number][] = [
  ['flow lists', `${HEAD}x: ${'['.repeat(100_000)}`, 4, 4 + MAX_DEPTH - 1],
  ['flow maps', `${HEAD}x: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}`, 4, 4 + 4 * (MAX_DEPTH - 1)],
  ['compact lists', `${HEAD}x:\n  ${'- '.repeat(200)}1\n`, 5, 3 + 2 * (MAX_DEPTH - 1)],
  ['indentation', `${HEAD}${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')}\n`, 4 + MAX_DEPTH, MAX_DEPTH + 1],
];

describe('nesting depth', () => {
  for (const [name, text, line, column] of DEEP) {
    it(`${name}: a located error at the first node too deep`, () => {
      expect(loadProfile('deep.yaml', Buffer.from(text)).errors).toEqual([{ message: DEPTH_MESSAGE(MAX_DEPTH), path: [], line, column }]);
    });
  }

  it('real profiles and quoted or block-scalar brackets are not nesting', () => {
    expect(nestingProblem(`${HEAD}a: "${'['.repeat(200)}"\nb: |\n  ${'{'.repeat(200)}\nc: '${'['.repeat(200)}'\n`)).toBeUndefined();
    expect(nestingProblem(`${HEAD}x: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`)).toBeUndefined();
  });

  it('the same errors with --jobs 1 and 2, and for a file alone and in a batch', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-deep-'));
    mkdirSync(path.join(dir, 'p'));
    DEEP.forEach(([, text], i) => writeFileSync(path.join(dir, 'p', `deep${i}.yaml`), text));
    for (let i = 0; i < 6; i++) writeFileSync(path.join(dir, 'p', `ok${i}.yaml`), HEAD);
    const env = { CLAUSECHECK_PARALLEL_MIN: '0' };
    const args = (jobs: string, ...inputs: string[]) => ['check', ...inputs, '--as-of', '2026-11-26', '--format', 'json', '--jobs', jobs];
    const one = JSON.parse((await runCli(args('1', 'p'), { cwd: dir, env })).stdout).files;
    const two = JSON.parse((await runCli(args('2', 'p'), { cwd: dir, env })).stdout).files;
    expect(two).toEqual(one);
    const alone = JSON.parse((await runCli(args('1', 'p/deep0.yaml'), { cwd: dir, env })).stdout).files[0];
    expect(alone).toEqual(one.find((f: { file: string }) => f.file === 'p/deep0.yaml'));
    expect(alone.errors[0].message).toBe(DEPTH_MESSAGE(MAX_DEPTH));
  });
});
