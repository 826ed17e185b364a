/** A folder of profiles for batch tests: generated realistic profiles, the examples, and bad files. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus.js';
import { ROOT } from '../helpers/cli.js';

/** Batch runs go through the in-process CLI runner (worker threads included). */
export { runCli as run } from '../helpers/cli.js';

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
