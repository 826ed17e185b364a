import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportScanner, ReportSyntaxError, type ReportPiece } from '../../src/batch/report-stream.js';

/** Feeds the text in the given chunk sizes and collects every piece. */
function scan(text: string, sizes: number[] = [text.length || 1]): ReportPiece[] {
  const scanner = new ReportScanner();
  const pieces: ReportPiece[] = [];
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length]!);
    pieces.push(...scanner.push(text.slice(at, at + size)));
    at += size;
  }
  scanner.end();
  return pieces;
}

/** What the pieces say, put back together as the report object. */
function reassemble(pieces: ReportPiece[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const files: unknown[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'file') files.push(piece.value);
    else out[piece.key] = piece.value;
  }
  out.files = files;
  return out;
}

const report = {
  version: 1,
  tool: { name: 'clausecheck', version: '0.1.0' },
  agreement: '2020-09-24',
  asOf: '2026-11-26T00:00:00+08:00',
  files: [
    { file: 'a "quoted" \\ path.yaml', findings: [{ message: 'braces } ] { [ and , commas', data: { x: '\\"' } }], errors: [] },
    { file: 'b.yaml', findings: [], errors: [{ message: '"', path: ['a', 0] }] },
    { file: '中文.yaml', findings: [{ message: 'ends with a backslash \\' }], errors: [] },
  ],
  summary: { files: 3, fail: 0 },
};

describe('reading a JSON report piece by piece', () => {
  it('gives the members and each files entry, whatever the layout and chunking', () => {
    for (const text of [JSON.stringify(report, null, 2), JSON.stringify(report), JSON.stringify(report, null, '\t')]) {
      for (const sizes of [[text.length], [1], [7, 3, 1, 64], [4096]]) {
        const pieces = scan(text, sizes);
        expect(pieces.filter((p) => p.kind === 'file').map((p) => p.value)).toEqual(report.files);
        expect(reassemble(pieces)).toEqual(report);
      }
    }
  });

  it('agrees with JSON.parse on generated reports cut at random places', () => {
    const entry = fc.record({ file: fc.string(), findings: fc.array(fc.jsonValue(), { maxLength: 3 }), errors: fc.array(fc.string(), { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.jsonValue(), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }), fc.boolean(), (files, extra, sizes, pretty) => {
        const value = { version: 1, extra, files, summary: { n: files.length } };
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        expect(reassemble(scan(text, sizes))).toEqual(JSON.parse(JSON.stringify({ ...value, files })));
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it('an empty files array gives no entries', () => {
    expect(scan('{"version":1,"files":[],"asOf":"x"}')).toEqual([
      { kind: 'member', key: 'version', value: 1 },
      { kind: 'member', key: 'asOf', value: 'x' },
    ]);
  });

  it('refuses what is not a complete JSON object, saying what is wrong', () => {
    const problemOf = (bad: string) => {
      try {
        scan(bad);
      } catch (error) {
        expect(error).toBeInstanceOf(ReportSyntaxError);
        return (error as ReportSyntaxError).problem.kind;
      }
      return 'accepted';
    };
    const cases: Record<string, string> = { '[1,2]': 'notObject', nope: 'notObject', '{"files":[{"a":1}': 'truncated', '{"version":1} x': 'after', '{"files":[{"a":}]}': 'json', '}': 'unexpected' };
    expect(Object.fromEntries(Object.keys(cases).map((bad) => [bad, problemOf(bad)]))).toEqual(cases);
  });
});
