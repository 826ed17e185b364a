/**
 * Differential test of positions found on demand (lazy-locate.ts) against the positions recorded
 * while parsing (the fast path as it was, `parseYamlRecorded`): the same declines, the same data and
 * the same line and column for every path (values, keys, missing paths) of realistic profiles and of
 * random profile-like documents (flow and block styles, quoted keys, multi-line scalars, comments,
 * CRLF, BOM, unicode, long lines). The scanner must also really be used: realistic profiles never
 * fall back to the recorded tree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { FastPathDeclined, parseYamlFast, parseYamlRecorded } from '../../src/load/fast-yaml.js';
import { hasOddKey, lazyLocator } from '../../src/load/lazy-locate.js';
import type { ParsedYaml } from '../../src/load/yaml-document.js';
import type { YamlPath } from '../../src/contract/report.js';
import { scanText } from '../../src/load/text-scan.js';
import { RUNS, SEED, pathsOf, sameData } from './fast-yaml-support.js';
import { documentArb } from './yaml-arbitraries.js';

function attempt(parse: (text: string) => ParsedYaml, text: string): ParsedYaml | string {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof FastPathDeclined)) throw error;
    return error.reason;
  }
}

/** Asserts the lazy and the recorded fast path agree on `text`; says which way the positions came. */
function sameAsRecorded(text: string): 'declined' | 'recorded' | 'scanned' {
  const recorded = attempt(parseYamlRecorded, text);
  const lazy = attempt(parseYamlFast, text);
  if (typeof recorded === 'string' || typeof lazy === 'string') {
    expect(lazy, JSON.stringify(text)).toEqual(recorded);
    return 'declined';
  }
  expect(sameData(lazy.data, recorded.data), JSON.stringify(text)).toBe(true);
  const probes: YamlPath[] = [[], ['no-such-key'], [0]];
  for (const p of pathsOf(recorded.data)) probes.push(p, [...p, 'no-such-key'], [...p, 0], [...p, 1], [...p, 99], [...p, 'x', 'y']);
  for (const p of probes) {
    for (const onKey of [false, true]) {
      const want = recorded.locate(p, onKey);
      const got = lazy.locate(p, onKey);
      if (got.line !== want.line || got.column !== want.column) expect({ text, path: p, onKey, ...got }).toEqual({ text, path: p, onKey, ...want });
    }
  }
  return scanText(text).lazy && !hasOddKey(recorded.data) ? 'scanned' : 'recorded';
}

/** Whether the scanner answers every path of `text` without falling back to the recorded tree. */
function scansAlone(text: string): boolean {
  const { data } = parseYamlRecorded(text);
  let fellBack = false;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const locate = lazyLocator(text, input, data, () => {
    fellBack = true;
    return () => ({ line: 0, column: 0 });
  });
  for (const p of pathsOf(data)) {
    locate(p, false);
    locate(p, true);
  }
  return !fellBack;
}

describe('positions on demand: the same as positions recorded while parsing', () => {
  it('a generated corpus of realistic profiles (also with CRLF and a BOM), scanned without a fallback', () => {
    for (const { name, text } of generateCorpus(30, 11)) {
      expect(sameAsRecorded(text), name).toBe('scanned');
      expect(scansAlone(text), name).toBe(true);
      // With CRLF or a BOM a profile may be declined (both ways alike); if not, it is scanned.
      for (const variant of [text.replace(/\n/g, '\r\n'), `\uFEFF${text}`]) {
        const how = sameAsRecorded(variant);
        expect(['scanned', 'declined'], name).toContain(how);
        if (how === 'scanned') expect(scansAlone(variant), name).toBe(true);
      }
    }
  });

  it('edge cases: quoted keys, multi-line scalars, comments, flow styles, unicode, long lines', () => {
    const long = 'x'.repeat(990);
    const cases: [string, 'declined' | 'recorded' | 'scanned'][] = [
      ['"a b": 1\n\'c\'\'d\': {x: "1", \'y\': [a, "b, c"]}\ne: [ ]\nf: {}\n', 'scanned'],
      ['a: "multi\n  line"\nb: \'one\n\n  two\'\nc: plain\n  more\n  # not a comment? yes, a comment\nd: |\n  keep\n  # kept\ne: 1\n', 'scanned'],
      ['# head\n---\n# c\na: # c\n  # c\n  - 1 # c\n\n  -  x\nb:\n- y\n- z: 1\n  w: 2\n...\n', 'scanned'],
      ['\uFEFFa: 中文\r\n中文: 😀\r\nb:\r\n  - [😀, 中]\r\n', 'scanned'],
      [`a: ${long}\nb: [${long}]\nc: 1\n`, 'scanned'],
      [`a: ${long}${long}\nb: 1\n`, 'recorded'],
      ['a: &x 1\nb: 2\n', 'declined'],
      ['a: [b: 1]\n', 'declined'],
      ['a: {b: }\n', 'declined'],
      ['l:\n-\n  a\n', 'recorded'],
      ['true: 1\n', 'declined'],
      ['a: {x: 1}\n"2": b\n"1": c\n', 'scanned'],
      ['  a: 1\n  b:\n    c: 2\n', 'scanned'],
      ['a: "x" # c\nb: \'y\'\n', 'scanned'],
    ];
    for (const [text, how] of cases) expect(sameAsRecorded(text), JSON.stringify(text)).toBe(how);
  });

  it('random profile-like documents: the same data, positions and declines', () => {
    const tally = { declined: 0, recorded: 0, scanned: 0 };
    fc.assert(
      fc.property(documentArb, (doc) => {
        tally[sameAsRecorded(doc)]++;
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED + 2 },
    );
    // Most clean documents must be scanned, or this test proves little.
    expect(tally.scanned).toBeGreaterThan(RUNS / 2 / 3);
  });
});
