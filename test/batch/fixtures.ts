/** A folder of profiles for batch tests: generated realistic profiles, the examples, and bad files. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus.js';
import { spawnSync } from 'node:child_process';
import { ROOT, type CliResult } from '../cli/run-cli.js';

/** Runs the built CLI like test/cli/run-cli.ts, with room for large reports on stdout. */
export function run(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/clausecheck.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: '', GITHUB_STEP_SUMMARY: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** The as-of instant every batch test judges at. */
export const AS_OF = '2026-11-26';

/**
 * Makes `<tmp>/profiles/` with `count` generated profiles spread over sub-folders, the four
 * examples, a syntax error, a dangling link; returns the temporary root (the cwd for runs).
 */
export function profileTree(count: number, seed = 7): string {
  const root = mkdtempSync(path.join(tmpdir(), 'clausecheck-batch-'));
  const dir = path.join(root, 'profiles');
  mkdirSync(dir, { recursive: true });
  for (const [i, file] of generateCorpus(count, seed).entries()) {
    const sub = path.join(dir, `team-${i % 3}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, file.name), file.text);
  }
  for (const name of readdirSync(path.join(ROOT, 'examples'))) copyFileSync(path.join(ROOT, 'examples', name), path.join(dir, name));
  writeFileSync(path.join(dir, 'broken.yaml'), 'format: clausecheck/v1\naccount:\n  id: "42\n');
  symlinkSync('gone.yaml', path.join(dir, 'dangling.yaml'));
  return root;
}
