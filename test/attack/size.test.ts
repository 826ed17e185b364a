/** One file never stops a batch: a size limit per file; a formatter that fails loses only its own output. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import { DEFAULT_MAX_FILE_BYTES, parseByteSize, readFileInputSync } from '../../src/load/inputs.js';
import { ROOT } from '../cli/run-cli.js';
import { cli } from './harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-size-'));
const small = path.join(dir, 'small.yaml');
const big = path.join(dir, 'big.yaml');
copyFileSync(path.join(ROOT, 'examples/compliant.yaml'), small);
writeFileSync(big, `${readFileSync(small, 'utf8')}\n# ${'x'.repeat(5000)}\n`);

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
  });
});
