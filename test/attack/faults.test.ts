/** Fault scenarios where the process itself matters: outputs that are inputs, pipes, signals, a full disk. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-faults-'));
const overdue = path.join(dir, 'in.yaml');
copyFileSync(path.join(ROOT, 'examples/overdue.yaml'), overdue);
const original = readFileSync(overdue, 'utf8');
const run = (args: string[]) => runCli(['check', ...args, '--as-of', '2026-11-26'], { cwd: dir });

describe('an output that is an input is refused before anything is read or written', () => {
  mkdirSync(path.join(dir, 'o'));
  symlinkSync('in.yaml', path.join(dir, 'alias.yaml'));
  writeFileSync(path.join(dir, 'waivers.yaml'), 'waivers: []\n');
  const cases: [string, string[], string][] = [
    ['the same name', ['in.yaml', '--format', 'json=in.yaml'], '--format json=in.yaml would overwrite an input (in.yaml); nothing was written'],
    ['a dotted alias', ['in.yaml', '--format', 'sarif=o/../o/./../in.yaml'], '--format sarif=o/../o/./../in.yaml would overwrite an input (in.yaml); nothing was written'],
    ['a symbolic link', ['in.yaml', '--format', 'html=alias.yaml'], '--format html=alias.yaml would overwrite an input (in.yaml); nothing was written'],
    ['the waivers file', ['in.yaml', '--waivers', 'waivers.yaml', '--format', 'junit=waivers.yaml'], '--format junit=waivers.yaml would overwrite the waivers file (waivers.yaml); nothing was written'],
    ['two outputs on one file', ['in.yaml', '--format', 'json=o/r.json', '--format', 'sarif=o/./r.json'], '--format json=o/r.json and --format sarif=o/./r.json write the same file'],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const result = run(args);
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(`clausecheck: ${message}`);
      expect(result.stdout).toBe('');
      expect(readFileSync(overdue, 'utf8')).toBe(original);
      expect(readdirSync(path.join(dir, 'o'))).toEqual([]);
    });
  }

  it('the config file', () => {
    writeFileSync(path.join(dir, 'cfg.yaml'), 'fail_on: warn\n');
    const result = run(['in.yaml', '--config', 'cfg.yaml', '--format', 'csv=./cfg.yaml']);
    expect(result.stderr.split('\n')[0]).toBe('clausecheck: --format csv=./cfg.yaml would overwrite the config file (cfg.yaml); nothing was written');
    expect(readFileSync(path.join(dir, 'cfg.yaml'), 'utf8')).toBe('fail_on: warn\n');
  });
});

describe('pipes, devices and a full disk', () => {
  it('`| head -1` keeps the real exit code (1 for fails), whatever the reader does', () => {
    const piped = spawnSync('bash', ['-c', `node "${ROOT}bin/clausecheck.js" check in.yaml --as-of 2026-11-26 --format json --pretty | head -1; echo "rc=\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '' } });
    expect(piped.stdout).toBe('{\nrc=1\n');
    expect(piped.stderr).toBe('');
  });

  it('--format json=/dev/stdout writes to stdout, not a file beside it', () => {
    const result = run(['in.yaml', '--format', 'json=/dev/stdout']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].file).toBe('in.yaml');
  });

  it.runIf(existsSync('/dev/full'))('a full disk is a clear error naming the file; the other outputs are written', () => {
    const result = run(['in.yaml', '--format', 'json=/dev/full', '--format', 'sarif=o/ok.sarif', '--format', 'junit=/dev/full']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'clausecheck: the json report for /dev/full was not written: no space left on the device (the disk is full)\n' +
        'the junit report for /dev/full was not written: no space left on the device (the disk is full)\n' +
        '  the other reports were written; fix the cause and run again\n',
    );
    expect(JSON.parse(readFileSync(path.join(dir, 'o/ok.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('signals', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal}: temporary files removed, exit ${code}`, async () => {
      const out = path.join(dir, `sig-${signal}`);
      // stdin that never ends keeps the run waiting with its json target open.
      const child = spawn(process.execPath, [`${ROOT}bin/clausecheck.js`, 'check', '-', '--format', `json=${out}/r.json`], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
      const deadline = Date.now() + 10_000;
      while (!(existsSync(out) && readdirSync(out).some((n) => n.endsWith('.tmp'))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(readdirSync(out).some((n) => n.endsWith('.tmp'))).toBe(true);
      child.kill(signal);
      const exit = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(exit).toBe(code);
      expect(readdirSync(out)).toEqual([]);
    });
  }
});
