/**
 * Differential test of the fast parse path (js-yaml + positions) against the `yaml` path: the
 * same data, NumberToken sources included, and the same line and column for every node path
 * (values, keys, missing paths), on every example, fixture and golden input, on a generated
 * corpus of realistic profiles, and on random profile-like YAML from fast-check. Where the fast
 * path declines, the loader's parse must be the `yaml` path's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { FastPathDeclined, parseProfileYaml, parseYamlFast } from '../../src/load/fast-yaml.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { parseYaml, type ParsedYaml } from '../../src/load/yaml-document.js';
import { NumberToken } from '../../src/model/tokens.js';
import type { YamlPath } from '../../src/contract/report.js';
import { ROOT, RUNS, SEED, agree, yamlFilesUnder, goldenInputs } from './fast-yaml-support.js';
import { documentArb, mutationArb } from './yaml-arbitraries.js';

describe('fast YAML path: the same data and positions as the yaml path', () => {
  const files = [...yamlFilesUnder(path.join(ROOT, 'examples')), ...yamlFilesUnder(path.join(ROOT, 'test/fixtures'))];

  it('covers every golden input', () => {
    const inputs = goldenInputs();
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(files).toContain(input);
  });

  for (const file of files) {
    it(path.relative(ROOT, file), () => {
      const text = readFileSync(file, 'utf8');
      expect(agree(text)).toEqual({ path: 'fast' });
      // The same file with CRLF line ends and with a BOM.
      expect(agree(text.replace(/\n/g, '\r\n'))).toEqual({ path: 'fast' });
      expect(agree(`\uFEFF${text}`)).toEqual({ path: 'fast' });
    });
  }

  it('a generated corpus of realistic profiles: the same data and positions, all on the fast path', () => {
    for (const { text } of generateCorpus(20, 7)) expect(agree(text)).toEqual({ path: 'fast' });
    // The fast path never declines a realistic profile (checking positions too for each is slow).
    for (const { name, text } of generateCorpus(150, 8)) expect(() => parseYamlFast(text), name).not.toThrow();
  });

  it('the corpus is deterministic, about 10 KB a profile, and valid', () => {
    const a = generateCorpus(40, 3);
    expect(generateCorpus(40, 3)).toEqual(a);
    expect(generateCorpus(40, 4)).not.toEqual(a);
    const mean = a.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0) / a.length;
    expect(mean).toBeGreaterThan(8_000);
    expect(mean).toBeLessThan(12_000);
    for (const f of a) expect(loadProfile(f.name, Buffer.from(f.text)).errors).toEqual([]);
  });

  it('YAML 1.2 core schema: numbers keep their source, look-alikes stay strings', () => {
    const text = [
      'n: [1, 0x10, +1, .5, 1e3, 1E3, .inf, -.Inf, .NaN, 0o17, 00123, -0, 5., +12e03, 1.e3]',
      's: [1_000, 0b11, +0x1, 0X1, 0O7, .e3, yes, no, on, off, y, n, 2026-11-26, 2026-11-26T10:00:00+08:00, nULL, tRUE, .NAn]',
      'b: [true, True, TRUE, false, False, FALSE]',
      'z: [~, null, Null, NULL]',
      "q: ['1', \"0x10\", 'true', \"null\"]",
      'e:',
    ].join('\n');
    expect(agree(text)).toEqual({ path: 'fast' });
    const data = parseYamlFast(text).data as Record<string, unknown[]>;
    expect(data.n!.map((v) => (v as NumberToken).source)).toEqual(['1', '0x10', '+1', '.5', '1e3', '1E3', '.inf', '-.Inf', '.NaN', '0o17', '00123', '-0', '5.', '+12e03', '1.e3']);
    expect(data.s!.every((v) => typeof v === 'string')).toBe(true);
    expect(data.b).toEqual([true, true, true, false, false, false]);
    expect(data.z).toEqual([null, null, null, null]);
    expect(data.q).toEqual(['1', '0x10', 'true', 'null']);
    expect(data.e).toBeNull();
  });

  it('edge cases: the same data and positions, or a fallback', () => {
    const cases = [
      "a:\nb: 1\n",
      "a: # c\nb: 1\n",
      "a:   \nb:\n",
      "l:\n- \n- a\n-\n",
      "a:",
      "a: &x 1\nb: *x\n",
      "a: !!binary aGk=\n",
      "a: |\n  x\n",
      "a: \n\n  # c\n  - 1\n",
      "---\na: 1\n",
      "a: {b: , c: }\n",
      "x: [ , ]\n",
      "a:\n  -\n  - 1\n",
      "n: [1, 0x10, +1, .5, 1e3, .inf, -.Inf, .NaN, 0o17, 00123, 1_000, 0b11, +.5, 5., 1E3, +0x1, 0X1, 0O7, 1.e3, .e3, -0, +12e03, yes, no, on, off, 2026-11-26, ~, null, Null, NULL, nULL, True, tRUE, FALSE]\n",
      "﻿format: x\naccount:\n  id: 1\n",
      "a: 1\r\nb:\r\n  - x\r\n  - y: 2\r\n    z: 3\r\n",
      "a: b\n  c\n",
      "a: 'it''s'\nb: \"x\\ty\\u4e2d\"\n",
      "a: >\n  folded\n  text\n\n  para\nb: |-\n  keep\n",
      "? [a, b]\n: 1\n",
      "? a\n: 1\n",
      "{a: 1}\n",
      "a: {? b : c}\n",
      "[a: 1]\n",
      "a: [b: 1]\n",
      "a: {b, c: 1}\n",
      "true: 1\n",
      "1: a\n",
      "a: 1\na: 2\n",
      "a: b: c\n",
      "a: - b\n",
      "a:\n  b: 1\n c: 2\n",
      "a: [1,\n2]\n",
      "a: [1,\n  2]\n",
      "a: \"x\ny\"\n",
      "a:\n  b: \"x\n  y\"\n",
      "a: b # c\nd: e#f\n",
      "a: 中文\n中文: 值\n",
      "a: x\n...\n",
      "a: x\n---\nb: y\n",
      "%YAML 1.1\n---\na: yes\n",
      "# c\n---\na: 1\n",
      "a:\n  - b\n  -  c\n  -   {d: 1}\n",
      "a:\n- b\n- c\n",
      "a: -1\nb: - 1\n",
      "a: \"\"\nb: ''\n",
      "'a': 1\n\"b c\": 2\n",
      "__proto__: 1\n",
      "a: @x\n",
      "a: `x\n",
      "a: %x\n",
      "a: [a, b, ]\n",
      "a: {x: 1, }\n",
      "a: [ ]\n",
      "a: {}\n",
      "a: b\n# c\n  d\n",
      "a:\n  b\n  # c\n  d\n",
      "k:\n  - a: 1\n    b: 2\n  - c\n",
      "a:    \n  b: 1\n",
      "a: word\n  # c\n  more\n",
      "a: [1, # c\n  2]\n",
      "a: {x: 1, # c\n  y: 2}\n",
      "a: |2\n   x\n  y\n",
      "a: |\n\n\n  x\n",
      "a: |\n    x\n  y\n",
      "a: |-\n  x\n\n\nb: 1\n",
      "a: >\n  x\n\n   y\n  z\n",
      "a: |+\n  x\n\n",
      "a: |+\n  x\n\n\n",
      "a: \"\\x41\\u263A\\U0001F600\\N\\_\\L\\P\\e\\ \\/\\0\\a\\b\\v\\f\\r\"\n",
      "a: \"x\\\n  y\"\n",
      "a: \"\\q\"\n",
      "a: 'x\n  y'\n",
      "a: 'x\n\n  y'\n",
      "a: x y\nb: 1\n",
      "a: xy\nb: 1\n",
      "a: xy\n",
      "a: x\u0001y\n",
      "<<: {x: 1}\nb: 2\n",
      "a: {\"a\":1, \"b\":[2]}\n",
      "a: {'a':1}\n",
      "a: [\"a\":1]\n",
      "a: b   \nc: d  # x  \n",
      "a:\n  - b\n  -   - c\n      - d\n",
      "- a: 1\n",
      "a: 1 # c\n# c\n\n",
      "---\n",
      "--- \na: 1\n",
      "a: 🚀x\nb: [🚀, 😀c]\n😀: 1\n",
      "a: x\n  y\n\n  z\n",
      "a: x #c\n  y\n",
      "a:\n  x\n  y\n",
      "a: \"x\"\nb:\n  \"y\"\n",
      "a:\n  [1, 2]\n",
      "a:\n  {b: 1}\n",
      "a: !\n",
      "a: !!null\n",
      "a: b\n  - c\n",
      "a: [b\n  c]\n",
      "a: {b\n  c: 1}\n",
      "a: [{b: 1}, {c: 2}]\n",
      "a: {b: [1, {c: d}]}\n",
      "a: {? b}\n",
      "a: {b: c: d}\n",
      "a: [b, c]x\n",
      "a: \"b\"x\n",
      "a: 'b' c\n",
      "a: 1\n b: 2\n",
      "a:\n  b: 1\n   c: 2\n",
      "a:\n    b: 1\n  c: 2\n",
      "a: -\n",
      "a: - \n",
      "a: ?\n",
      "a: :\n",
      "a: ,x\n",
      "a: x,\n",
      "a: [x,]\n",
      "a: {x: y,}\n",
      "a: [,]\n",
      "k : v\n",
      "a: b \n",
      "a: 　x\n",
      "  a: 1\n  b: 2\n",
      "  a: 1\nb: 2\n",
      "a: 1\n  \n",
      "\na: 1\n",
      "a: &b\n",
      "a:\n- b\n-\n  c\n",
      "a:\n  !!null\nb: 1\n",
      "a: # c\n  &x\nb: 1\n",
      "a:\n  !!str\n",
      "a: &x\nb: *x\n",
      "id:\n- |\n  first\n",
      "id:\n- >\n  first\n",
      "- |\n  first\n",
      "id:\n  - |\n    first\n",
      "id:\n- 'a'\n",
      "id:\n- \"a\"\n- [a]\n",
    ];
    const fast = cases.filter((text) => agree(text).path === 'fast');
    expect(fast.length).toBeGreaterThan(cases.length / 3);
  });

  it('declines what it cannot reproduce, and the loader then uses the yaml path', () => {
    const declines: [string, RegExp][] = [
      ['a: 1\na: 2\n', /duplicated mapping key/],
      ['a: &x 1\nb: *x\n', /anchor, alias or tag/],
      ['a: !!binary aGk=\n', /unknown tag/],
      ['a: !!str 1\n', /anchor, alias or tag/],
      ['? [a, b]\n: 1\n', /not a string/],
      ['? a\n: 1\n', /explicit key/],
      ['a: {? b : c}\n', /explicit key/],
      ['1: a\n', /not a string/],
      ['true: a\n', /not a string/],
      ['a: x\n---\nb: y\n', /single document/],
      ['%YAML 1.1\n---\na: yes\n', /directive/],
      ['a:\n\tb: 1\n', /tab/],
      ['a: 1\rb: 2\n', /lone CR/],
      ['l:\n- \n- a\n', /empty items/],
      ['a: {b: , c: 1}\n', /without a value/],
      ['a: {b, c: 1}\n', /without a value/],
      ['a: [b: 1]\n', /flow pairs/],
      ['', /not a mapping/],
      ['- a\n', /not a mapping/],
      ['a: "x\ny"\n', /deficient indentation/],
      ['a: b\n  c: d\n', /js-yaml/],
    ];
    for (const [text, reason] of declines) {
      const outcome = agree(text);
      expect(outcome, JSON.stringify(text)).toEqual({ path: 'declined', reason: expect.stringMatching(reason) });
    }
  });

  it('syntax errors keep the yaml package messages and positions', () => {
    const cases: [string, string][] = [
      ['format: clausecheck/v1\naccount:\n  id: "42"\n    name: x\n', '4:1 YAML syntax: All mapping items must start at the same column'],
      ['format: clausecheck/v1\naccount:\n  id: "42\n', '4:1 YAML syntax: Missing closing "quote'],
      ['format: clausecheck/v1\naccount:\n\tid: "42"\n', '3:1 tab used for indentation; indent YAML with spaces'],
      ['format: clausecheck/v1\naccount:\n  id: "42"\n  id: "43"\n', '4:3 duplicate key "id": each key may appear once in a mapping'],
      ['format: clausecheck/v1\naccount:\n  id: *nope\n', '3:7 unknown alias *nope'],
    ];
    for (const [text, expected] of cases) {
      const parsed = parseProfileYaml(text);
      expect(parsed.data).toBeUndefined();
      expect(parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toContain(expected);
    }
  });

  it('random profile-like documents: the same data and positions, or a fallback', () => {
    const tally = { fast: 0, declined: 0 };
    fc.assert(
      fc.property(documentArb, (doc) => {
        const outcome = agree(doc);
        tally[outcome.path]++;
        if (process.env.FAST_YAML_DEBUG && outcome.path === 'declined' && parseYaml(doc).problems.length === 0) console.log('DECLINED', outcome.reason, JSON.stringify(doc));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Most clean documents must go the fast way, or this test proves little.
    expect(tally.fast).toBeGreaterThan(RUNS * 0.6);
  });

  it('random documents with unusual or broken constructs: a fallback whenever yaml objects', () => {
    const tally = { fast: 0, declined: 0 };
    fc.assert(
      fc.property(fc.tuple(documentArb, mutationArb).map(([doc, mutate]) => mutate(doc)), (doc) => {
        const outcome = agree(doc);
        tally[outcome.path]++;
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED + 1 },
    );
    expect(tally.declined).toBeGreaterThan(0);
  });
});
