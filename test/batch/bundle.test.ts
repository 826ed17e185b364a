import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT, runCli as spawnCli } from '../cli/run-cli.js';

const BUNDLE = path.join(ROOT, 'dist/clausecheck.cjs');
const LOADER = path.join(ROOT, 'bin/bundle-loader.cjs');

// Start-up depends on V8 accepting the code caches the build writes. V8 refuses one silently (the CLI
// still works, only slower), e.g. when the build's warm-up run changed a V8 flag: hence this test,
// in a fresh process, as a user's would be. And on each command reading only the files it runs.
describe.skipIf(!existsSync(BUNDLE))('the bundled CLI', () => {
  it("V8 accepts the build's code cache of every file of the bundle", () => {
    const files = [BUNDLE, ...readdirSync(path.join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.cjs')).map((f) => path.join(ROOT, 'dist/chunks', f))];
    const cached = files.filter((f) => existsSync(`${f}.cache`));
    // The warm-up run writes a cache for every file it reads: at least the entry, the check's and the catalog's.
    expect(cached.length).toBeGreaterThan(3);
    // As the launcher does: the loader sets V8's inlining budget first (the flags are part of the check).
    const check = (tune: boolean) => `
      const fs = require('fs'), vm = require('vm'), Module = require('module');
      ${tune ? `require(${JSON.stringify(LOADER)}).tuneCompiler();` : ''}
      for (const file of ${JSON.stringify(cached)}) {
        const source = fs.readFileSync(file, 'utf8');
        const id = /^\\/\\/ clausecheck-build ([0-9a-f]+)\\n/.exec(source)[1];
        const bytes = fs.readFileSync(file + '.cache');
        const header = Buffer.from('clausecheck-code-cache ' + id + '\\n', 'latin1');
        if (!bytes.subarray(0, header.length).equals(header)) throw new Error(file + ': the cache names another build');
        const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: bytes.subarray(header.length) });
        if (script.cachedDataRejected) process.stdout.write(file + ' ');
      }`;
    const result = spawnSync(process.execPath, ['-e', check(true)], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    // Without the loader's budget (or with another one the user gave Node.js, which the loader keeps) V8 refuses them.
    if ((createRequire(import.meta.url)(LOADER) as { compilerFlags: () => string[] }).compilerFlags().length === 0) return; // V8 13 and later: none set
    const refused = (args: string[], tune: boolean) => spawnSync(process.execPath, [...args, '-e', check(tune)], { encoding: 'utf8' }).stdout;
    expect(refused([], false)).toBe(`${cached.join(' ')} `);
    expect(refused(['--max-inlined-bytecode-size-cumulative=920'], true)).toBe(`${cached.join(' ')} `);
    expect(refused(['--max_inlined_bytecode_size_cumulative=460'], true)).toBe(`${cached.join(' ')} `);
  });

  it('a command reads only the files of what it runs: no zod, no yaml parser and no node:crypto to check a valid profile', () => {
    // Which bundle files a run reads (through the loader, as the launcher runs it), and whether it loads node:crypto.
    const run = (args: string[]) => {
      const script = `
        const fs = require('fs'), Module = require('module'), read = fs.readFileSync, load = Module._load, seen = [];
        let crypto = false;
        fs.readFileSync = function (file, ...rest) { if (String(file).includes('/dist/')) seen.push(String(file)); return read.call(this, file, ...rest); };
        Module._load = function (request, ...rest) { if (request === 'node:crypto' || request === 'crypto') crypto = true; return load.call(this, request, ...rest); };
        process.on('exit', () => process.stderr.write(JSON.stringify({ seen, crypto })));
        require(${JSON.stringify(path.join(ROOT, 'bin/bundle-loader.cjs'))}).loadBundle().main(${JSON.stringify(args)});`;
      const result = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      return JSON.parse(result.stderr) as { seen: string[]; crypto: boolean };
    };
    const reads = (args: string[]) => run(args).seen;
    expect(reads(['--version'])).toEqual([BUNDLE, `${BUNDLE}.cache`]);
    // Text shows no file's SHA-256, so none is computed; JSON shows it.
    expect(run(['check', 'examples/compliant.yaml', '--as-of', '2026-11-26']).crypto).toBe(false);
    expect(run(['check', 'examples/compliant.yaml', '--as-of', '2026-11-26', '--format', 'json']).crypto).toBe(true);
    const check = reads(['check', 'examples/compliant.yaml', '--as-of', '2026-11-26']).filter((f) => f.endsWith('.cjs'));
    expect(check.length).toBeGreaterThan(2);
    const holding = (marker: string) => check.filter((f) => readFileSync(f, 'latin1').includes(marker)).map((f) => path.basename(f));
    expect(holding('$constructor("$ZodObject"')).toEqual([]);
    expect(holding('YAMLMap=class')).toEqual([]);
    // ...and the files that hold them exist, so the markers are right.
    const all = readdirSync(path.join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.cjs')).map((f) => readFileSync(path.join(ROOT, 'dist/chunks', f), 'latin1'));
    expect(all.some((text) => text.includes('$constructor("$ZodObject"')) && all.some((text) => text.includes('YAMLMap=class'))).toBe(true);
  });

  it('loads on first use what a valid profile does not need, with the same output: the yaml parser, zod, a config, zh-CN; the JSON Schema built in', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-lazy-'));
    copyFileSync(path.join(ROOT, 'examples/overdue.yaml'), path.join(dir, 'overdue.yaml'));
    copyFileSync(path.join(ROOT, 'examples/invalid.yaml'), path.join(dir, 'invalid.yaml'));
    // An anchor: the fast YAML path declines it, the yaml parser reads it; an unknown key: zod words the error.
    writeFileSync(path.join(dir, 'anchor.yaml'), 'format: clausecheck/v1\naccount: &a\n  id: "1"\nx: *a\n');
    writeFileSync(path.join(dir, '.clausecheck.yaml'), 'rules:\n  access-key-age:\n    options:\n      warn_age_days: 30\n');
    for (const args of [
      ['check', '.', '--as-of', '2026-11-26', '--verbose'],
      ['check', '.', '--as-of', '2026-11-26', '--lang', 'zh-CN', '--format', 'json'],
      ['config'],
      ['rules', '--format', 'json'],
      ['schema'],
    ]) {
      const bundled = spawnCli(args, { cwd: dir });
      const sources = await runCli(args, { cwd: dir });
      expect({ out: bundled.stdout, err: bundled.stderr, code: bundled.code }, args.join(' ')).toEqual({ out: sources.stdout, err: sources.stderr, code: sources.code });
    }
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
