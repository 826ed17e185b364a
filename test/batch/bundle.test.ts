import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT, runCli as spawnCli } from '../cli/run-cli.js';

const BUNDLE = path.join(ROOT, 'dist/clausecheck.cjs');

// Start-up depends on V8 accepting the code cache the build writes. V8 refuses it silently (the CLI
// still works, only slower), e.g. when the build's warm-up run changed a V8 flag: hence this test,
// in a fresh process, as a user's would be.
describe.skipIf(!existsSync(BUNDLE))('the bundled CLI', () => {
  it("V8 accepts the build's code cache for the bundle", () => {
    const script = `
      const fs = require('fs'), vm = require('vm'), Module = require('module');
      const file = ${JSON.stringify(BUNDLE)};
      const source = fs.readFileSync(file, 'utf8');
      const id = /^\\/\\/ clausecheck-build ([0-9a-f]+)\\n/.exec(source)[1];
      const bytes = fs.readFileSync(file + '.cache');
      const header = Buffer.from('clausecheck-code-cache ' + id + '\\n', 'latin1');
      if (!bytes.subarray(0, header.length).equals(header)) throw new Error('the cache names another build');
      const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: bytes.subarray(header.length) });
      process.stdout.write(String(script.cachedDataRejected));`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('false');
  });

  it('the launcher runs the bundle', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/clausecheck.js'), '--version'], { encoding: 'utf8' });
    expect(result.stdout).toBe('0.1.0\n');
  });

  it('loads string-width on first use: a report with wide characters is the same as from the sources', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-wide-'));
    copyFileSync(path.join(ROOT, 'examples/overdue.yaml'), path.join(dir, '欠费账户.yaml'));
    copyFileSync(path.join(ROOT, 'examples/overdue.yaml'), path.join(dir, 'plain.yaml'));
    const args = ['check', '欠费账户.yaml', 'plain.yaml', '--as-of', '2026-11-26', '--lang', 'zh-CN', '--verbose'];
    const bundled = spawnCli(args, { cwd: dir });
    expect(bundled.stdout).toContain('欠费账户.yaml:');
    expect(bundled.stdout).toBe((await runCli(args, { cwd: dir })).stdout);
  });
});
