import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonEntry, jsonHead, jsonSeparator, jsonTail, textPieces } from '../../src/batch/render.js';
import { defaultJobs, MIN_FILES_PER_THREAD, parseJobs, threadsFor } from '../../src/batch/check-batch.js';
import { CHECK_TEXT } from '../../src/cli/text/check.js';
import { COMMANDS_TEXT } from '../../src/cli/text/commands.js';
import { formatText, textBlock, textTail } from '../../src/report/formatters/text.js';
import type { FileReport, FormatContext, Report } from '../../src/contract/report.js';
import { ROOT } from '../cli/run-cli.js';
import { AS_OF, profileTree, run as runCli } from './fixtures.js';

// Force worker threads even for this small tree, so --jobs 2 and 4 really run in parallel.
const PARALLEL = { CLAUSECHECK_PARALLEL_MIN: '0' };

describe('output order and bytes do not depend on --jobs', () => {
  let root = '';
  let one: Awaited<ReturnType<typeof checkAll>>;
  beforeAll(async () => {
    root = profileTree(20);
    one = await checkAll('1');
  });

  /** One run writing every kind of output: JSON on stdout, the streamed text and the formats written at the end (sarif, csv) to files. */
  const checkAll = async (jobs: string) => {
    const result = await runCli(['check', 'profiles', '--as-of', AS_OF, '--verbose', '--format', 'json', '--format', `text=t${jobs}.txt`, '--format', `sarif=s${jobs}.sarif`, '--format', `csv=c${jobs}.csv`, '--jobs', jobs], { cwd: root, env: PARALLEL });
    const read = (name: string) => readFileSync(path.join(root, name), 'utf8');
    return { ...result, text: read(`t${jobs}.txt`), sarif: read(`s${jobs}.sarif`), csv: read(`c${jobs}.csv`) };
  };

  it('--jobs 1 and 3 print identical stdout and exit codes, and write identical files in every format', async () => {
    expect(one.code).toBe(2); // broken.yaml, invalid.yaml and the dangling link
    expect(one.stderr).toBe('');
    expect(one.stdout.length).toBeGreaterThan(10_000);
    expect(one.text.length).toBeGreaterThan(10_000);
    const report = JSON.parse(one.stdout) as Report;
    expect(report.files).toHaveLength(20 + readdirSync(path.join(ROOT, 'examples')).length + 2);
    expect(report.files.map((f) => f.file)).toEqual([...report.files.map((f) => f.file)].sort((a, b) => (a.split('/') < b.split('/') ? -1 : 1)));
    // Three threads on this two-core machine: results arrive out of order and must be put back.
    const many = await checkAll('3');
    expect(many.stderr).toBe('');
    expect(many.code).toBe(one.code);
    for (const key of ['stdout', 'text', 'sarif', 'csv'] as const) expect(many[key] === one[key], `--jobs 3 differs from --jobs 1 in ${key}`).toBe(true);
  });

  it('a file target gets the same bytes as stdout, and no temporary file is left', async () => {
    const two = await runCli(['check', 'profiles', '--as-of', AS_OF, '--verbose', '--format', 'text', '--format', 'json=out.json', '--jobs', '2'], { cwd: root, env: PARALLEL });
    expect(two.stdout).toBe(one.text);
    expect(readFileSync(path.join(root, 'out.json'), 'utf8')).toBe(one.stdout);
    expect(readdirSync(root).sort()).toEqual(['c1.csv', 'c3.csv', 'out.json', 'profiles', 's1.sarif', 's3.sarif', 't1.txt', 't3.txt']);
  });
});

describe('streaming renders the same bytes as the whole-report formatters', () => {
  it('the streamed JSON of the examples is the golden file', async () => {
    const golden = readFileSync(path.join(ROOT, 'test/golden/examples.json'), 'utf8');
    expect((await runCli(['check', 'examples', '--as-of', AS_OF, '--format', 'json', '--jobs', '2'], { env: PARALLEL })).stdout).toBe(golden);
    const report = JSON.parse(golden) as Report;
    expect(stream(report)).toBe(golden);
    expect(golden).toBe(`${JSON.stringify(report)}\n`);
    expect(stream({ ...report, files: [] })).toBe(`${JSON.stringify({ ...report, files: [] })}\n`);
    expect(stream({ ...report, files: [] }, true)).toBe(`${JSON.stringify({ ...report, files: [] }, null, 2)}\n`);
    const pretty = (await runCli(['check', 'examples', '--as-of', AS_OF, '--format', 'json', '--pretty'], { env: PARALLEL })).stdout;
    expect(pretty).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(stream(report, true)).toBe(pretty);
  });

  it('JSON pieces equal JSON.stringify(report), or with two-space indentation when pretty, for any report', () => {
    const text = fc.string({ unit: 'binary' });
    const finding = fc.record({ rule: text, status: fc.constantFrom('pass', 'warn', 'fail', 'skip'), clauses: fc.array(text), subject: text, message: text, path: fc.array(fc.oneof(text, fc.nat())), line: fc.nat(), column: fc.nat(), data: fc.dictionary(text, fc.jsonValue()) });
    const file = fc.record({ file: text, sha256: text, valid: fc.boolean(), errors: fc.array(fc.record({ message: text, path: fc.array(text), line: fc.nat(), column: fc.nat() })), findings: fc.array(finding, { maxLength: 4 }), notes: fc.option(fc.array(text), { nil: undefined }) }, { requiredKeys: ['file', 'sha256', 'valid', 'errors', 'findings'] });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 4 }), text, (files, asOf) => {
        const report = { version: 1, tool: { name: 'clausecheck', version: '0.1.0' }, agreement: 'a', asOf, files, summary: { files: files.length, invalid: 0, pass: 1, warn: 2, fail: 3, skip: 4 } } as Report;
        expect(stream(report)).toBe(`${JSON.stringify(report)}\n`);
        expect(stream(report, true)).toBe(`${JSON.stringify(report, null, 2)}\n`);
      }),
      { numRuns: 200 },
    );
  });

  it('text pieces equal formatText on the whole report, plain and coloured, terse and verbose, wrapped, filtered, sorted, summary only, with a baseline', () => {
    const report = JSON.parse(readFileSync(path.join(ROOT, 'test/golden/examples.json'), 'utf8')) as Report;
    const displays: Partial<FormatContext>[] = [{}, { batch: true }, { batch: true, width: 80, sort: 'due' }, { only: ['fail'], summaryOnly: true, batch: true }, { only: ['pass', 'skip'], width: 120 }];
    for (const color of [false, true]) {
      for (const verbose of [false, true]) {
        for (const display of displays) {
          const context: FormatContext = { failOn: 'fail', verbose, color, cwd: ROOT, rules: [], ...display };
          const pieces = textPieces({ textBlock, textTail }, report, context);
          expect(report.files.map((f) => pieces.block(f)).join('') + pieces.tail(report.summary)).toBe(formatText(report, context));
          const baseline = { file: 'baseline.json', baselined: 3, new: 2, fixed: 1 };
          expect(report.files.map((f) => pieces.block(f)).join('') + pieces.tail(report.summary, baseline)).toBe(formatText({ ...report, baseline }, context));
        }
      }
    }
  });
});

describe('--jobs', () => {
  it('parses a whole number of at least 1, defaulting to the cores', () => {
    expect(parseJobs('3')).toBe(3);
    // The default: the idle cores (cores less the load average), at least one, at most the cores.
    expect(defaultJobs(2, 0)).toBe(2);
    expect(defaultJobs(2, 0.4)).toBe(1);
    expect(defaultJobs(2, 7.5)).toBe(1);
    expect(defaultJobs(8, 2.2)).toBe(5);
    expect(defaultJobs(4, -1)).toBe(4);
    expect(parseJobs(undefined)).toBeGreaterThanOrEqual(1);
    for (const bad of ['0', '-1', '1.5', 'two', '']) expect(() => parseJobs(bad)).toThrow('--jobs: expected a whole number');
  });

  it('uses one thread for a handful of files, then one per MIN_FILES_PER_THREAD files up to --jobs', () => {
    expect(threadsFor(100_000, 1, {})).toBe(1);
    expect(threadsFor(2 * MIN_FILES_PER_THREAD - 1, 4, {})).toBe(1);
    expect(threadsFor(2 * MIN_FILES_PER_THREAD, 4, {})).toBe(2);
    expect(threadsFor(3 * MIN_FILES_PER_THREAD, 4, {})).toBe(3);
    expect(threadsFor(100_000, 4, {})).toBe(4);
    expect(threadsFor(3, 2, PARALLEL)).toBe(2);
    expect(threadsFor(3, 8, PARALLEL)).toBe(3);
    expect(threadsFor(1, 8, PARALLEL)).toBe(1);
  });

  it("--jobs's help in both languages states the threshold threadsFor uses", () => {
    const per = String(MIN_FILES_PER_THREAD);
    const below = (2 * MIN_FILES_PER_THREAD).toLocaleString('en-US');
    for (const text of [CHECK_TEXT.en.jobs, COMMANDS_TEXT.en.agendaJobs]) expect(text).toContain(`one thread per ${per} files, so fewer than ${below} files are checked on one`);
    for (const text of [CHECK_TEXT['zh-CN'].jobs, COMMANDS_TEXT['zh-CN'].agendaJobs]) expect(text).toContain(`每 ${per} 个文件用一个线程，不足 ${2 * MIN_FILES_PER_THREAD} 个文件只用一个`);
  });
});

function stream(report: Report, pretty = false): string {
  return jsonHead(report, pretty) + report.files.map((f: FileReport, i) => jsonSeparator(i, pretty) + jsonEntry(f, pretty)).join('') + jsonTail(report.files.length, report.summary, undefined, pretty);
}
