import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_DELAY_MS, progressEnabled, startProgress } from '../../src/batch/progress.js';
import { setMessageLang } from '../../src/util/i18n.js';
import type { FileResult } from '../../src/batch/types.js';
import { ROOT } from '../cli/run-cli.js';
import { AS_OF, profileTree, run } from './fixtures.js';

/** A stream that says it is a terminal and records what is written to it. */
function fakeTerminal(): NodeJS.WriteStream & { output: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { output: () => string };
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  Object.assign(stream, { isTTY: true, columns: 100, rows: 30, cursorTo: () => true, moveCursor: () => true, clearLine: () => true, output: () => written });
  return stream;
}

/** Resolves once `done()` holds, checking every 20 ms, or after 10 s (the assertion after it then fails). */
async function until(done: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 10_000; !done() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
}

const result = { index: 0, file: 'a.yaml', counts: { files: 1, invalid: 0, pass: 1, warn: 0, fail: 0, skip: 0, waived: 0 }, invalid: false, internal: false, worst: 'none', matched: [] } satisfies FileResult;

describe('progress on stderr', () => {
  it('shows only on a terminal, not under CI, not with --quiet, not for one file', () => {
    const tty = { isTTY: true, columns: 80 } as NodeJS.WriteStream;
    expect(progressEnabled({ quiet: false, total: 10, stream: tty, env: {} })).toBe(true);
    expect(progressEnabled({ quiet: true, total: 10, stream: tty, env: {} })).toBe(false);
    expect(progressEnabled({ quiet: false, total: 10, stream: tty, env: { CI: 'true' } })).toBe(false);
    expect(progressEnabled({ quiet: false, total: 1, stream: tty, env: {} })).toBe(false);
    expect(progressEnabled({ quiet: false, total: 10, stream: { isTTY: false } as NodeJS.WriteStream, env: {} })).toBe(false);
    expect(progressEnabled({ quiet: false, total: 10, stream: { isTTY: true, columns: 0 } as NodeJS.WriteStream, env: {} })).toBe(false);
  });

  it('a spinner with files done of total, failing files and the rate, after a short delay', async () => {
    const stream = fakeTerminal();
    const progress = startProgress({ quiet: false, total: 2500, stream, env: {} }); // as outside CI, whatever runs this test
    progress.update(result, 0);
    progress.update({ ...result, index: 1, worst: 'fail' }, 1);
    expect(stream.output()).toBe(''); // nothing before the delay: quick runs never flash a spinner
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_DELAY_MS));
    // The spinner shows once ora is loaded, later on a busy machine: wait for it, then for its next frame.
    await until(() => stream.output() !== '');
    progress.update(result, 1);
    await until(() => /3\/2,500/.test(stream.output()));
    progress.stop();
    expect(stream.output()).toMatch(/Checking profiles: 3\/2,500 files · 1 failing · \d+ files\/s/);
  });

  it('speaks the run\'s language: the same figures in Chinese with --lang zh-CN', async () => {
    setMessageLang('zh-CN');
    try {
      const stream = fakeTerminal();
      const progress = startProgress({ quiet: false, total: 1, stream, env: {} });
      expect(progress.wantsTicks).toBe(false); // one file: no progress at all
      const many = startProgress({ quiet: false, total: 12_000, stream, env: {} });
      many.update({ ...result, worst: 'fail' }, 1);
      await new Promise((resolve) => setTimeout(resolve, PROGRESS_DELAY_MS));
      await until(() => /1\/12,000/.test(stream.output()));
      many.stop();
      expect(stream.output()).toMatch(/正在检查档案：1\/12,000 个文件 · 1 个未通过 · 每秒 \d+ 个/);
      expect(stream.output()).not.toMatch(/[A-Za-z]{2,}/);
    } finally {
      setMessageLang('en');
    }
  });

  it('is due once its delay has passed, before its timer has had a turn: a batch that never yields then yields for it', () => {
    const progress = startProgress({ quiet: false, total: 50, stream: fakeTerminal(), env: {} });
    expect(progress.loading).toBe(false);
    const until = Date.now() + PROGRESS_DELAY_MS + 10;
    while (Date.now() < until); // a batch at work, the event loop not turning
    expect(progress.loading).toBe(true);
    progress.stop();
    expect(progress.loading).toBe(false);
  });

  it('silent progress writes nothing and loads no spinner', async () => {
    const stream = fakeTerminal();
    const progress = startProgress({ quiet: true, total: 2500, stream });
    progress.update(result, 0);
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_DELAY_MS + 100));
    progress.stop();
    expect(stream.output()).toBe('');
    expect(progress.wantsTicks).toBe(false);
  });
});

describe('the CLI: progress only for a terminal', () => {
  let root = '';
  beforeAll(() => {
    root = profileTree(12, 5);
  });

  it('stderr is empty when it is not a terminal (a pipe), and with --quiet', async () => {
    expect((await run(['check', 'profiles', '--as-of', AS_OF, '--jobs', '2'], { cwd: root, env: { CLAUSECHECK_PARALLEL_MIN: '0' } })).stderr).toBe('');
    expect((await run(['check', 'profiles', '--as-of', AS_OF, '--quiet'], { cwd: root })).stderr).toBe('');
  });

  // `script` runs the command on a pseudo-terminal; stdout goes to a file, so what script captures is stderr.
  it.skipIf(!existsSync('/usr/bin/script'))('a terminal on stderr shows the spinner; CI=1 or --quiet hide it', () => {
    const onTerminal = (extra: string, env: Record<string, string> = {}) => {
      const command = `stty cols 120 rows 40; ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, 'bin/clausecheck.js'))} check profiles --as-of ${AS_OF} --jobs 1 ${extra} > out.txt`;
      const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TERM: 'xterm', CLAUSECHECK_PROGRESS_DELAY_MS: '0', ...env };
      if (!env.CI) delete base.CI;
      const r = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8', env: base, timeout: 60_000 });
      return r.stdout;
    };
    expect(onTerminal('')).toMatch(/Checking profiles: \d+\/19 files/);
    expect(readFileSync(path.join(root, 'out.txt'), 'utf8')).toContain('19 files, 3 invalid');
    expect(onTerminal('--lang zh-CN')).toMatch(/正在检查档案：\d+\/19 个文件 · \d+ 个未通过/);
    const quiet = onTerminal('--quiet');
    expect(quiet).not.toContain('Checking profiles');
    const ci = onTerminal('', { CI: '1' });
    expect(ci).not.toContain('Checking profiles');
  });
});
