/**
 * `npm test`: builds the bundle the CLI tests run (unless dist/ holds the build of these sources
 * already, as after `npm install`: scripts/bundle-stamp.mjs), type-checks (tsc, strict, over src,
 * rules, test and bench) and runs every test (vitest). tsc runs beside the build and the tests at a
 * lower priority; on the whole suite the download of the other Node.js runtimes
 * (scripts/node-runtimes.mjs) starts first too, so no test waits on the network. tsc's output is
 * printed after the tests'; the exit code is the build's or vitest's, or tsc's when the tests
 * passed and the types did not. Arguments go to vitest (`npm test -- test/rules`).
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs a Node.js script of this repository; resolves to its exit code and what it printed, when captured. */
function runScript(script, args, capture) {
  const child = spawn(process.execPath, [path.join(root, script), ...args], { cwd: root, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const chunks = [];
  if (capture) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() })));
  return { child, done };
}

/** Runs a Node.js script of a dependency, as runScript does. */
const run = (script, args, capture) => runScript(path.join('node_modules', script), args, capture);

/** Lowers a child's priority, so the build and the tests come first. */
function lowPriority(started) {
  try {
    setPriority(started.child.pid, 10);
  } catch {
    // not permitted here: it then runs at the same priority
  }
  return started;
}

const vitestArgs = process.argv.slice(2);
const prefetch = vitestArgs.length === 0 && process.platform === 'linux' && process.arch === 'x64' ? lowPriority(runScript('scripts/node-runtimes.mjs', [], true)) : undefined;
const typecheck = lowPriority(run('typescript/bin/tsc', ['-p', 'tsconfig.json', '--noEmit'], true));
const bundle = await runScript('scripts/bundle.mjs', [], false).done;
if (bundle.code !== 0) {
  typecheck.child.kill();
  process.stderr.write('npm test: the build (scripts/bundle.mjs) failed; no tests were run\n');
  process.exit(bundle.code);
}
const tests = run('vitest/vitest.mjs', ['run', ...vitestArgs], false);
const [vitest, tsc] = await Promise.all([tests.done, typecheck.done, prefetch?.done]);
if (tsc.code !== 0) process.stderr.write(`\ntsc (the type-check) failed:\n${tsc.output}`);
else process.stderr.write('tsc: the type-check passed\n');
process.exitCode = vitest.code || tsc.code;
