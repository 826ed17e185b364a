import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFormats } from '../../src/report/output-targets.js';
import { colorEnabled } from '../../src/util/color.js';
import { ROOT, runCli } from '../helpers/cli.js';

const tty = { isTTY: true } as NodeJS.WriteStream;
const pipe = { isTTY: false } as NodeJS.WriteStream;

/** A git project holding examples/overdue.yaml as acme.yaml, and `files`. */
function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-conventions-'));
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, 'acme.yaml'), readFileSync(path.join(ROOT, 'examples/overdue.yaml')));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('-o/--output', () => {
  it('gives the file of the one format without =FILE (text by default)', async () => {
    expect(parseFormats([], 'out.txt')).toEqual([{ format: 'text', file: 'out.txt' }]);
    expect(parseFormats(['sarif'], 'out.sarif')).toEqual([{ format: 'sarif', file: 'out.sarif' }]);
    expect(parseFormats(['text', 'json=r.json'], 'out.txt')).toEqual([
      { format: 'text', file: 'out.txt' },
      { format: 'json', file: 'r.json' },
    ]);
    expect(() => parseFormats(['json=r.json'], 'out.txt')).toThrow('-o/--output names the file of the one format given without =FILE');
    expect(() => parseFormats(['text', 'sarif'], 'out.txt')).toThrow('-o/--output names the file of the one format given without =FILE');
  });

  it('writes the report to the file and nothing to stdout', async () => {
    const dir = project();
    const run = await runCli(['check', 'acme.yaml', '--as-of', '2026-11-26', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.files[0].file).toBe('acme.yaml');
    expect(report.summary).toMatchObject({ files: 1, invalid: 0, waived: 0 });
  });
});

describe('-c/--config and .clausecheck.yml', () => {
  it('finds .clausecheck.yml, and -c names a config file', async () => {
    const dir = project({ '.clausecheck.yml': 'fail_on: never\n', 'strict.yaml': 'fail_on: warn\nrules:\n  arrears: off\n' });
    const found = await runCli(['check', 'acme.yaml', '--as-of', '2026-11-26'], { cwd: dir });
    expect(found.code).toBe(0);
    expect(found.stdout).toContain('  fail  arrears  §3.4  Bill B-2026-10:');
    const named = await runCli(['check', 'acme.yaml', '--as-of', '2026-11-26', '-c', 'strict.yaml'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(named.stdout).not.toMatch(/ {2}(fail|warn) {2}arrears /);
    const config = await runCli(['config', '-c', 'strict.yaml'], { cwd: dir });
    expect(config.stdout).toContain('config file: strict.yaml');
  });

  it('refuses a folder with both .clausecheck.yaml and .clausecheck.yml', async () => {
    const dir = project({ '.clausecheck.yml': '', '.clausecheck.yaml': '' });
    const run = await runCli(['check', 'acme.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`clausecheck: two config files in ${dir}: .clausecheck.yaml and .clausecheck.yml\n  keep one of them, or name one with --config\n`);
  });
});

describe('--color, --no-color, FORCE_COLOR', () => {
  it('decides in order: the flag, FORCE_COLOR, NO_COLOR, CI, the terminal', async () => {
    expect(colorEnabled(pipe, true, {})).toBe(true);
    expect(colorEnabled(tty, false, { FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, undefined, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(tty, undefined, { FORCE_COLOR: 'false' })).toBe(false);
    expect(colorEnabled(pipe, undefined, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(tty, undefined, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, undefined, { CI: 'true' })).toBe(false);
    expect(colorEnabled(tty, undefined, {})).toBe(true);
    expect(colorEnabled(pipe, undefined, {})).toBe(false);
  });

  it('colours the text report with --color even when piped, and --no-color wins over FORCE_COLOR', async () => {
    const dir = project();
    const coloured = await runCli(['check', 'acme.yaml', '--as-of', '2026-11-26', '--color'], { cwd: dir });
    expect(coloured.stdout).toContain('\u001b[31m\u001b[1mfail\u001b[22m\u001b[39m');
    const plain = await runCli(['check', 'acme.yaml', '--as-of', '2026-11-26', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('  fail  arrears  §3.4');
  });
});
