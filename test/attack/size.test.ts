/** One file never stops a batch: a size limit per file; a formatter that fails loses only its own output. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import { DEFAULT_MAX_FILE_BYTES, formatBytes, parseByteSize, readFileInputSync } from '../../src/load/inputs.js';
import { ROOT } from '../cli/run-cli.js';
import { runCli } from '../helpers/cli.js';
import { cli } from './harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-size-'));
const small = path.join(dir, 'small.yaml');
const big = path.join(dir, 'big.yaml');
copyFileSync(path.join(ROOT, 'examples/compliant.yaml'), small);
writeFileSync(big, `${readFileSync(small, 'utf8')}\n# ${'x'.repeat(5000)}\n`);
const bigSize = formatBytes(readFileSync(big).length);

describe('size limit per file', () => {
  it('a file over --max-file-size is a located error for that file; the others are checked', async () => {
    const result = await cli(['check', small, big, '--as-of', '2026-11-26', '--max-file-size', '4KiB', '--format', 'json', '--quiet']);
    expect(result.code).toBe(2);
    const files = JSON.parse(result.stdout).files;
    expect(files[0]).toMatchObject({ file: small, valid: true });
    expect(files[1]).toMatchObject({ file: big, valid: false, errors: [{ line: 1, column: 1, path: [], message: expect.stringMatching(/^the file is 7\.\d KiB, over the limit of 4 KiB; raise it with --max-file-size/) }] });
  });

  it('the default is 64 MiB; sizes parse with units', () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(64 * 1024 * 1024);
    expect(parseByteSize('64MiB')).toBe(DEFAULT_MAX_FILE_BYTES);
    expect(parseByteSize('1.5k')).toBe(1536);
    expect(parseByteSize('100')).toBe(100);
    expect(parseByteSize('lots')).toBeUndefined();
    expect(readFileInputSync(big, 100)).toMatch(/^the file is 7\.\d KiB, over the limit of 100 bytes/);
  });

  it('a bad --max-file-size is a usage error', async () => {
    const result = await cli(['check', small, '--max-file-size', 'lots']);
    expect(result).toMatchObject({ code: 2, stderr: 'clausecheck: --max-file-size: expected a size such as 64MiB, got "lots"\n  bytes, or a number with KiB, MiB or GiB\n' });
  });

  it('in Chinese: the usage error and the located error for the file', async () => {
    const bad = await cli(['check', small, '--max-file-size', 'lots', '--lang', 'zh-CN']);
    expect(bad).toMatchObject({ code: 2, stderr: 'clausecheck: --max-file-size：应为大小，如 64MiB，实际为 "lots"\n  写字节数，或带 KiB、MiB、GiB 的数字\n' });
    const result = await cli(['check', big, '--as-of', '2026-11-26', '--max-file-size', '4KiB', '--format', 'json', '--quiet', '--lang', 'zh-CN']);
    expect(JSON.parse(result.stdout).files[0].errors).toEqual([
      { line: 1, column: 1, path: [], message: `文件大小为 ${bigSize}，超过上限 4 KiB；如确为档案，请用 --max-file-size 或配置中的 max_file_size 调高上限` },
    ]);
  });
});

describe('max_file_size in the config', () => {
  const project = mkdtempSync(path.join(tmpdir(), 'clausecheck-size-config-'));
  copyFileSync(big, path.join(project, 'big.yaml'));
  const errors = (stdout: string) => JSON.parse(stdout).files[0].errors;

  it('applies the config value; --max-file-size overrides it', async () => {
    writeFileSync(path.join(project, '.clausecheck.yaml'), 'max_file_size: 4KiB\n');
    const limited = await runCli(['check', 'big.yaml', '--as-of', '2026-11-26', '--format', 'json', '--quiet'], { cwd: project });
    expect(errors(limited.stdout)).toEqual([
      { line: 1, column: 1, path: [], message: `the file is ${bigSize}, over the limit of 4 KiB; raise it with --max-file-size or max_file_size in the config if this is really a profile` },
    ]);
    const raised = await runCli(['check', 'big.yaml', '--as-of', '2026-11-26', '--format', 'json', '--quiet', '--max-file-size', '1MiB'], { cwd: project });
    expect({ code: raised.code, errors: errors(raised.stdout) }).toEqual({ code: 0, errors: [] });
    writeFileSync(path.join(project, '.clausecheck.yaml'), 'max_file_size: 4096\n');
    expect(errors((await runCli(['check', 'big.yaml', '--as-of', '2026-11-26', '--format', 'json', '--quiet'], { cwd: project })).stdout)[0].message).toMatch(/over the limit of 4 KiB;/);
  });

  it('clausecheck config shows the value and where it came from', async () => {
    writeFileSync(path.join(project, '.clausecheck.yaml'), 'max_file_size: 200MiB\n');
    const json = JSON.parse((await runCli(['config', '--format', 'json'], { cwd: project })).stdout);
    expect(json.maxFileBytes).toEqual({ value: 200 * 1024 * 1024, source: { kind: 'config', file: '.clausecheck.yaml' } });
    expect((await runCli(['config'], { cwd: project })).stdout).toMatch(/^max_file_size: 200 MiB  \.clausecheck\.yaml$/m);
  });

  it('a value that is not a size is a located error', async () => {
    writeFileSync(path.join(project, '.clausecheck.yaml'), 'fail_on: fail\nmax_file_size: lots\n');
    const result = await runCli(['check', 'big.yaml'], { cwd: project });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      'clausecheck: invalid configuration:',
      '  .clausecheck.yaml:2:16: expected a size such as 64MiB or 200MiB (bytes, or a number with KiB, MiB or GiB), got "lots"',
    ]);
  });
});

describe('a formatter that fails loses only its own output', () => {
  const html = FORMATTERS.html;
  afterEach(() => {
    FORMATTERS.html = html;
  });

  it('the error names the output; json, sarif and junit are still written', async () => {
    FORMATTERS.html = () => {
      throw new RangeError('Invalid string length');
    };
    const out = (name: string) => path.join(dir, 'out', name);
    const result = await cli(['check', small, '--as-of', '2026-11-26', '--quiet', '--format', `html=${out('r.html')}`, '--format', `json=${out('r.json')}`, '--format', `sarif=${out('r.sarif')}`, '--format', `junit=${out('r.xml')}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`clausecheck: the html report for ${out('r.html')} was not written: Invalid string length\n  the other reports were written; fix the cause and run again\n`);
    expect(existsSync(out('r.html'))).toBe(false);
    expect(JSON.parse(readFileSync(out('r.json'), 'utf8')).summary.files).toBe(1);
    expect(JSON.parse(readFileSync(out('r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(out('r.xml'), 'utf8')).toMatch(/^<\?xml/);
    const zh = await cli(['check', small, '--as-of', '2026-11-26', '--quiet', '--lang', 'zh-CN', '--format', `html=${out('z.html')}`, '--format', `json=${out('z.json')}`]);
    expect(zh.stderr).toBe(`clausecheck: html 报告（${out('z.html')}）未写出：Invalid string length\n  其他报告已写出；请排除原因后重新运行\n`);
  });
});
