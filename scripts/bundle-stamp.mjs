/**
 * Whether dist/ already holds the bundle of these sources: `npm test` and `npm run build` skip the
 * build (and its warm-up run) when nothing it was built from changed. The stamp lists every file the
 * last build read (esbuild's inputs, the bundle scripts, the launcher's loader, the lockfile) with
 * the Node.js version that wrote the code caches, the hash of them all, and the files it wrote.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const STAMP = 'build-inputs.json';
/** Files every build reads besides the sources esbuild reports. */
const ALWAYS = ['scripts/bundle.mjs', 'scripts/bundle-files.mjs', 'scripts/bundle-pieces.mjs', 'scripts/bundle-trims.mjs', 'scripts/bundle-stamp.mjs', 'bin/bundle-loader.cjs', 'package-lock.json'];

/** The hash of the Node.js version and the named files' paths and contents (a missing file counts as changed). */
function inputsHash(root, inputs) {
  const hash = createHash('sha256').update(process.version);
  for (const file of inputs) {
    const full = path.join(root, file);
    hash.update(`\0${file}\0`).update(existsSync(full) ? readFileSync(full) : 'missing');
  }
  return hash.digest('hex');
}

/** Whether the bundle in `dist` was built from exactly the current inputs, with every output in place. */
export function upToDate(root, dist) {
  try {
    const stamp = JSON.parse(readFileSync(path.join(dist, STAMP), 'utf8'));
    return stamp.outputs.every((file) => existsSync(path.join(dist, file))) && stamp.hash === inputsHash(root, stamp.inputs);
  } catch {
    return false;
  }
}

/** Records what a finished build read (`sources`: esbuild's inputs, relative to root) and wrote (relative to dist). */
export function writeStamp(root, dist, sources, outputs) {
  const inputs = [...new Set([...ALWAYS, ...sources])].sort();
  writeFileSync(path.join(dist, STAMP), `${JSON.stringify({ hash: inputsHash(root, inputs), inputs, outputs: [...outputs].sort() }, null, 2)}\n`);
}

/** Removes the stamp: called when a build starts, so a build that fails leaves none behind. */
export function forgetStamp(dist) {
  rmSync(path.join(dist, STAMP), { force: true });
}
