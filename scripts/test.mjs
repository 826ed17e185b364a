/**
 * `npm test` after the bundle is built: the type-check (tsc, strict, over src, rules, test and bench)
 * and every test (vitest) at once. vitest keeps every core busy only part of the time (its workers
 * wait on the CLI processes, Chromium and xmllint they start), so tsc runs beside it at a lower
 * priority and takes up those gaps instead of running first. tsc's output is printed after the
 * tests'; the exit code is vitest's, or tsc's when the tests passed and the types did not.
 * Arguments go to vitest (`npm test -- test/rules`).
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs a Node.js script of a dependency; resolves to its exit code and what it printed, when captured. */
function run(script, args, capture) {
  const child = spawn(process.execPath, [path.join(root, 'node_modules', script), ...args], { cwd: root, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const chunks = [];
  if (capture) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() })));
  return { child, done };
}

const typecheck = run('typescript/bin/tsc', ['-p', 'tsconfig.json', '--noEmit'], true);
try {
  setPriority(typecheck.child.pid, 10);
} catch {
  // not permitted here: it then runs at the same priority
}
const tests = run('vitest/vitest.mjs', ['run', ...process.argv.slice(2)], false);
const [vitest, tsc] = await Promise.all([tests.done, typecheck.done]);
if (tsc.code !== 0) process.stderr.write(`\ntsc (the type-check) failed:\n${tsc.output}`);
else process.stderr.write('tsc: the type-check passed\n');
process.exitCode = vitest.code || tsc.code;
