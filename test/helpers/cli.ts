/**
 * Runs the CLI in this process: `main` from src/cli/main.ts with stdout, stderr, stdin, the
 * environment and the working directory swapped for the call, no child process. About a hundred
 * times cheaper than spawning `bin/clausecheck.js`; use spawnCli (test/cli/run-cli.ts) only where the
 * process itself matters (exit codes of a real process, the bundle, signals, terminals).
 * Needs the `forks` pool (vitest.config.ts): worker threads cannot change directory. `--jobs N`
 * works too: its worker threads run the built bundle.
 */
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { setWorkerBoot } from '../../src/batch/worker-boot.js';
import { main } from '../../src/cli/main.js';
import { cliLang, setCliLang } from '../../src/cli/lang.js';

/** The repository root (with a trailing slash). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Worker threads cannot load the TypeScript sources, so `--jobs 2` in this process starts its
// workers from the built bundle, as the installed CLI does (`npm test` builds it first).
setWorkerBoot({ kind: 'eval', code: `require(${JSON.stringify(`${ROOT}bin/bundle-loader.cjs`)}).loadBundle().runWorker();` });

/** What a CLI run produced. */
export interface CliResult {
  stdout: string;
  stderr: string;
  /** The exit code the process would have ended with. */
  code: number;
}

/** Options of one run. */
export interface CliOptions {
  /** The working directory (default: the repository root). */
  cwd?: string;
  /** Variables added to a clean environment (no CI, no colour forcing, no GitHub step summary, no locale: LANG=C, NO_COLOR=1). */
  env?: Record<string, string>;
  /** What stdin holds (for `-`). */
  input?: string | Buffer;
}

let queue: Promise<unknown> = Promise.resolve();

/** A write function that appends to `sink` and calls back like a stream would. */
function capture(sink: { text: string }): typeof process.stdout.write {
  return ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    sink.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
    return true;
  }) as typeof process.stdout.write;
}

async function runOnce(args: string[], options: CliOptions): Promise<CliResult> {
  const out = { text: '' };
  const err = { text: '' };
  const saved = { cwd: process.cwd(), env: process.env, out: process.stdout.write, err: process.stderr.write, exitCode: process.exitCode, lang: cliLang() };
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  const { CI: _ci, FORCE_COLOR: _force, GITHUB_STEP_SUMMARY: _summary, NO_COLOR: _no, LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, CLAUSECHECK_LANG: _cl, ...base } = process.env;
  process.env = { ...base, NO_COLOR: '1', LANG: 'C', ...options.env };
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  if (options.input !== undefined) Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(options.input)]), configurable: true });
  process.exitCode = undefined;
  process.chdir(options.cwd ?? ROOT);
  try {
    await main(args);
    return { stdout: out.text, stderr: err.text, code: Number(process.exitCode ?? 0) };
  } finally {
    process.chdir(saved.cwd);
    process.env = saved.env;
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.exitCode = saved.exitCode;
    setCliLang(saved.lang); // a --lang zh-CN run leaves no language behind for the next test
    if (stdin) Object.defineProperty(process, 'stdin', stdin);
  }
}

/** Runs `clausecheck ...args` in this process; runs never overlap (they share the process's streams). */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const run = queue.then(() => runOnce(args, options));
  queue = run.catch(() => undefined);
  return run;
}
