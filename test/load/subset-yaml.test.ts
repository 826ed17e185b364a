/**
 * Differential test of the subset reader (subset-yaml.ts) against js-yaml with the fast path's
 * schema (`loadOrDecline`): whenever the reader gives data, js-yaml reads the text without an error
 * or warning and gives the same data (key order, prototypes, NumberToken sources); on realistic
 * profiles the reader never declines, so the fast path really uses it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { FastPathDeclined, loadOrDecline } from '../../src/load/fast-yaml.js';
import { hasOddKey } from '../../src/load/lazy-locate.js';
import { parseSubsetYaml } from '../../src/load/subset-yaml.js';
import { NumberToken } from '../../src/model/tokens.js';
import { RUNS, SEED, sameData } from './fast-yaml-support.js';
import { documentArb, mutationArb } from './yaml-arbitraries.js';

/** What js-yaml gives, or the reason it declines. */
function jsYaml(text: string): { data: unknown } | { declined: string } {
  try {
    return { data: loadOrDecline(text) };
  } catch (error) {
    if (!(error instanceof FastPathDeclined)) throw error;
    return { declined: error.reason };
  }
}

/** Asserts the reader declines `text` or gives js-yaml's data; says which. */
function agrees(text: string): 'read' | 'declined' {
  const mine = parseSubsetYaml(text);
  if (mine === undefined) return 'declined';
  // parseYamlFast skips hasOddKey for the reader's data.
  expect(hasOddKey(mine), JSON.stringify(text)).toBe(false);
  const theirs = jsYaml(text);
  expect(theirs, JSON.stringify(text)).toHaveProperty('data');
  if (!sameData(mine, (theirs as { data: unknown }).data)) expect(mine, JSON.stringify(text)).toStrictEqual((theirs as { data: unknown }).data);
  return 'read';
}

const n = (source: string) => new NumberToken(source);

// Pieces of lines that are easy to get wrong: quotes, colons, `#`, dashes, numbers and their look-alikes, flow collections.
const KEYS = ['a', 'b', 'id', 'k y', 'x#y', 'a[0]', '-x', '中文', '"q"', "'s'", '"a:b"', "'it''s'", '"\\u0041"', 'on', 'a]', '"1"', "'null'"];
const ODD_KEYS = ['1', 'true', 'null', '~', '__proto__', '<<', '"__proto__"', '? a', '[a]', '{a: 1}', 'a #b', '"x"y', 'a\tb', '&a a', '!!str a'];
const VALUES = [
  '', 'x', 'a b', 'x  ', '0x1f', '1e3', '.inf', '-.Inf', '.NaN', '00123', '~', 'Null', 'NULL', 'nULL', 'TRUE', 'True', 'tRUE', 'false', '-1', '+1', '1_000', '5.', '2026-11-26', '12:30',
  '"x"', "'x'", '""', "''", '"a\\tb"', '"\\x41\\u00e9\\U0001F600\\N\\_\\/\\ "', "'it''s'", '"say \\"hi\\""', '"x" # c', '[a, b]', '[a,b,]', '[ ]', '{}', '{a: 1, b: [x, "y"]}',
  "{'a': 1}", '{"a":1}', '{a:[x]}', '[-1, -x, 0x1f, ~]', '[a, [b, [c]]]', 'a:b', 'a #c', 'a#c', '# c', '-x', '?x', 'a, b', 'x]', 'http://x.cn/a?b=1', '中文 值', '😀', '\u2028', '\u00a0x', '---', '...',
];
const ODD_VALUES = [
  '"\\q"', '"\\x4"', '"x"y', '"x"#c', '"open', "'open", '{a: 1, a: 2}', '[a: 1]', '{a, b: 1}', '{a: }', '[, a]', '[a, , b]', '[a] b', '[a # c]', 'a: b', '- x', '-', '&a x', '*a',
  '!!str x', '|', '>-', '%x', '@x', '`x', '? x', ':x', 'a\tb', '\u0085x', '\ud800', '\ufeffx',
];
const keyArb = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) });
const valueArb = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...VALUES) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_VALUES) });

type Soup = { t: 'leaf'; v: string } | { t: 'map'; e: [string, Soup][] } | { t: 'seq'; i: Soup[] };

/** A random tree of tricky keys and values (nested mappings and lists, compact `- k: v` items). */
const { node: soupArb } = fc.letrec<{ node: Soup; map: Soup; seq: Soup }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: valueArb.map((v) => ({ t: 'leaf' as const, v })) },
    { weight: 2, arbitrary: tie('map') },
    { weight: 2, arbitrary: tie('seq') },
  ),
  map: fc.record({ t: fc.constant('map' as const), e: fc.array(fc.tuple(keyArb, tie('node')), { minLength: 1, maxLength: 4 }) }),
  seq: fc.record({ t: fc.constant('seq' as const), i: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
}));

/**
 * Renders a soup tree as block YAML: `step` spaces a level, each line shifted by the next `shift`
 * (mostly 0) and ended by the next `trail` (spaces, a comment, or a comment line after it).
 */
function renderSoup(root: Soup, step: number, shifts: number[], trails: string[]): string[] {
  const out: string[] = [];
  let n = 0;
  const line = (indent: number, text: string) => {
    n++;
    out.push(`${' '.repeat(Math.max(0, indent + shifts[n % shifts.length]!))}${text}${trails[n % trails.length]!}`);
  };
  const entry = (indent: number, head: string, node: Soup, bodyIndent: number) => {
    if (node.t === 'leaf') line(indent, `${head}${node.v === '' ? '' : ' '}${node.v}`);
    else if (node.t === 'map' && head === '-') block(node, bodyIndent, indent);
    else {
      line(indent, head);
      block(node, indent + step, undefined);
    }
  };
  const block = (node: Soup, indent: number, dashIndent: number | undefined) => {
    if (node.t === 'map') {
      node.e.forEach(([key, value], i) => {
        const dashed = i === 0 && dashIndent !== undefined;
        entry(dashed ? dashIndent : indent, `${dashed ? `${' '.repeat(indent - dashIndent)}`.replace(/^ /, '-') : ''}${key}:`, value, indent + step);
      });
    } else if (node.t === 'seq') node.i.forEach((item) => entry(indent, '-', item, indent + 2));
    else line(indent, node.v);
  };
  block(root, 0, undefined);
  return out;
}

/** A soup document, with CRLF, a BOM, a final line break or not. */
const soupDocumentArb = fc
  .record({
    root: fc.array(fc.tuple(keyArb, soupArb), { minLength: 1, maxLength: 5 }),
    step: fc.constantFrom(1, 2, 2, 3, 4),
    shifts: fc.array(fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 1, -1, 2), { minLength: 1, maxLength: 9 }),
    trails: fc.array(fc.constantFrom('', '', '', '', '  ', ' # c', ' #c', '#c', '\n  # c', '\n', '\n---', '\n...'), { minLength: 1, maxLength: 9 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
  })
  .map(({ root, step, shifts, trails, crlf, bom, finalBreak }) => {
    const body = renderSoup({ t: 'map', e: root }, step, shifts, trails).join('\n').replace(/\n/g, crlf ? '\r\n' : '\n');
    return `${bom ? '\uFEFF' : ''}${body}${finalBreak ? (crlf ? '\r\n' : '\n') : ''}`;
  });

describe('subset reader: js-yaml data, or a decline', () => {
  it('reads every profile of a generated corpus, exactly as js-yaml', () => {
    for (const { name, text } of generateCorpus(200, 16)) {
      expect(parseSubsetYaml(text), name).toBeDefined();
      expect(agrees(text), name).toBe('read');
    }
  });

  /** How many of `runs` documents from `arb` the reader read (each one checked by `agrees`). */
  function readOf(arb: fc.Arbitrary<string>, runs: number, seed: number): number {
    let read = 0;
    fc.assert(
      fc.property(arb, (doc) => {
        if (agrees(doc) === 'read') read++;
      }),
      { numRuns: runs, seed },
    );
    return read;
  }

  it('random profile-like documents: js-yaml data whenever it reads one, and it reads most', () => {
    expect(readOf(documentArb, RUNS, SEED + 16)).toBeGreaterThan(RUNS * 0.3);
  });

  it('random documents with unusual or broken constructs: js-yaml data whenever it reads one', () => {
    const mutated = fc.tuple(documentArb, mutationArb).map(([doc, mutate]) => mutate(doc));
    expect(readOf(mutated, RUNS, SEED + 17)).toBeGreaterThan(RUNS * 0.1);
  });

  it('random trees of tricky pieces: js-yaml data whenever it reads them', () => {
    expect(readOf(soupDocumentArb, RUNS * 4, SEED + 18)).toBeGreaterThan(RUNS * 0.4);
  });

  it('edge cases: exact data', () => {
    const cases: [string, unknown][] = [
      ['a: 1\n', { a: n('1') }],
      ['a: x  \nb: y # c\nc: y#c\n', { a: 'x', b: 'y', c: 'y#c' }],
      ['a: [0x1f, 1e3, .inf, -.Inf, .NaN, 00123, 0o17, +1, 5.]\n', { a: ['0x1f', '1e3', '.inf', '-.Inf', '.NaN', '00123', '0o17', '+1', '5.'].map(n) }],
      ['a: [~, Null, NULL, nULL, TRUE, tRUE, false, 1_000, 0b1, 2026-11-26]\n', { a: [null, null, null, 'nULL', true, 'tRUE', false, '1_000', '0b1', '2026-11-26'] }],
      ["a: 'it''s'\nb: \"\\x41\\u00e9\\U0001F600\\t\\\"\\\\\"\nc: ''\nd: \"\"\n", { a: "it's", b: 'Aé😀\t"\\', c: '', d: '' }],
      ['"a b": 1\n\'c\': 2\n', { 'a b': n('1'), c: n('2') }],
      ['a:\nb:   # c\nc:\n', { a: null, b: null, c: null }],
      ['a:\n  - x\n  - y: 1\n    z: [1, {q: r}]\n  - {s: t}\nb: 2\n', { a: ['x', { y: n('1'), z: [n('1'), { q: 'r' }] }, { s: 't' }], b: n('2') }],
      ['a:\n- x\n- y\nb:\n  c:\n    d: e\n', { a: ['x', 'y'], b: { c: { d: 'e' } } }],
      ['l:\n  -   k: v\n      m: w\n', { l: [{ k: 'v', m: 'w' }] }],
      ['a: b\n  # more indented comment\nc: d\n', { a: 'b', c: 'd' }],
      ['\uFEFF# c\n---\na: 1\r\nb: [x, y]\r\n', { a: n('1'), b: ['x', 'y'] }],
      ['  a: 1\n  b: 2\n', { a: n('1'), b: n('2') }],
      ['a: http://x.cn/a?b=1\n', { a: 'http://x.cn/a?b=1' }],
      ['b: 1\n"2": x\n1a: y\n', { 2: 'x', b: n('1'), '1a': 'y' }],
      ['a: [a, b, ]\nb: {x: 1, }\nc: [ ]\nd: {}\n', { a: ['a', 'b'], b: { x: n('1') }, c: [], d: {} }],
      ['a: -1\nb: -x\nc: 中文 值\nd: a [b] {c}, e\n', { a: n('-1'), b: '-x', c: '中文 值', d: 'a [b] {c}, e' }],
      ['constructor: 1\ntoString: x\n', { constructor: n('1'), toString: 'x' }],
      ['a:\n... # c\n\n# c\n', { a: null }],
      ['a: 1\n---b: 2\n...c: 3\n', { a: n('1'), '---b': n('2'), '...c': n('3') }],
    ];
    for (const [text, expected] of cases) {
      expect(agrees(text), JSON.stringify(text)).toBe('read');
      const data = parseSubsetYaml(text);
      if (!sameData(data, expected)) expect(data, JSON.stringify(text)).toStrictEqual(expected);
      expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    }
  });

  it('edge cases: declined', () => {
    const cases = [
      '', '# only a comment\n', '- a\n', 'x\n', '[a]\n', '{a: 1}\n', '"a"\n',
      'a: 1\na: 2\n', '__proto__: 1\n', '"__proto__": 1\n', '<<: {x: 1}\n', 'a: {x: 1, x: 2}\n', '1: a\n', 'true: a\n', 'null: a\n', '~: a\n', 'a: {1: x}\n', '"null": a\n', "'true': a\n", 'a: {"false": x}\n', 'l:\n  - "[object Object]": x\n',
      'a: b\n  c\n', 'a: b\n  c: d\n', 'a: "x\n  y"\n', "a: 'x\n  y'\n", 'a: [1,\n  2]\n', 'a: {x: 1,\n  y: 2}\n', 'a: [1, # c\n  2]\n',
      'a: |\n  x\n', 'a: >\n  x\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', '? a\n: 1\n', 'a: ? b\n', 'a: :b\n',
      'a: b: c\n', 'a: - b\n', 'a:\n  -\n  - x\n', 'a:\n  - # c\n', 'a:\n  - - x\n', 'a: [b: 1]\n', 'a: {b, c: 1}\n', 'a: {b: }\n', 'a: [, ]\n', 'a: [a, , b]\n',
      'a: [b] c\n', 'a: "b" c\n', 'a: "b"#c\n', 'a: "\\q"\n', 'a: "\\x4g"\n', 'a: "\\U00110000"\n', 'a: "b\\\n  c"\n',
      'a: 1\n b: 2\n', 'a:\n  b: 1\n c: 2\n', 'a:\n    b: 1\n  c: 2\n', 'a:\n  - x\n  b: 1\n', 'a: x\n- y\n', '  a: 1\nb: 2\n',
      'a: x\n---\nb: y\n', 'a: x\n...\nb: y\n', 'a: x\n... c\n', '...\na: x\n', '--- a: 1\n', '---a: 1\n', '# c\n---a: 1\n', '%YAML 1.2\n---\na: 1\n', '---#c\na: 1\n',
      'a:\tb\n', 'a:\n\t- b\n', 'a: b\t\n', 'a: 1\rb: 2\n', '# c\rb: 2\na: 1\n', 'a: b\0\n', '# \0\na: 1\n', 'a: \u0085\n', 'a: x\u0001\n', 'a: \ud800\n', 'a: \ufeff\n',
      'a: @x\n', 'a: `x\n', 'a: %x\n', 'a: ,x\n', 'a: ]\n', 'a: ?x\n',
      // A NUL or a lone CR anywhere in a comment, a NUL anywhere else; keys a compact item may not have.
      'a: 1\n# \0', 'a: 1 # x\0y\n', '# c\r\r\na: 1\n', 'a: 1\n# c\r', '\0a: 1\n', 'a: 1\n  \0\n', 'a: [x, \0]\n',
      'l:\n  - __proto__: 1\n', 'l:\n  - <<: x\n', 'l:\n  - "null": x\n', "l:\n  - 'false': x\n", 'l:\n  - 1: x\n', 'l:\n  - k: 1\n    k: 2\n',
    ];
    for (const text of cases) expect(parseSubsetYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it('plain numbers and their look-alikes: js-yaml data', () => {
    const plain = [
      '0', '7', '123', '00123', '12.', '12.5', '.5', '12.5e3', '1e3', '1E+3', '1e', '1.5x', '1.2.3', '0x1f', '0x', '0xg', '0o17', '0o8', '10x', '1o', '2026-11-26',
      '2026-11-26T08:00:00+08:00', '12:30', '1_000', '5 GB', '5.0 GB', '1,000', '3rd', '1-2', '1+2', '9 ', '-1', '+1.5', '-.5e-3',
    ];
    const text = plain.map((v, i) => `k${i}: ${v}\n`).join('') + `l: [${plain.join(', ')}]\n`;
    expect(agrees(text)).toBe('read');
    const data = parseSubsetYaml(text)!;
    expect(plain.map((_, i) => data[`k${i}`])).toStrictEqual([
      ...['0', '7', '123', '00123', '12.', '12.5', '.5', '12.5e3', '1e3', '1E+3'].map(n), '1e', '1.5x', '1.2.3', n('0x1f'), '0x', '0xg', n('0o17'), '0o8', '10x', '1o',
      '2026-11-26', '2026-11-26T08:00:00+08:00', '12:30', '1_000', '5 GB', '5.0 GB', '1,000', '3rd', '1-2', '1+2', n('9'), n('-1'), n('+1.5'), n('-.5e-3'),
    ]);
  });

  it('keys in block mappings, compact items and flow mappings, read again: the same data', () => {
    // Look-alike keys (same first two and last two characters and length), one-character keys.
    const keys = ['placed_at', 'posted_at', 'plnned_at', 'a', 'b', 'ab', 'ba', 'a_b', 'x:y', '中文', 'name', 'names', 'nam'];
    const body = (indent: string) => keys.map((k, i) => `${indent}${k}: ${i}\n`).join('');
    const text = `${body('')}l:\n${keys.map((k) => `  - ${k}: x\n    q: y\n`).join('')}m:\n${body('  ')}f: {${keys.slice(0, 4).join(': 1, ')}: 1}\n`;
    const expected = {
      ...Object.fromEntries(keys.map((k, i) => [k, n(String(i))])),
      l: keys.map((k) => ({ [k]: 'x', q: 'y' })),
      m: Object.fromEntries(keys.map((k, i) => [k, n(String(i))])),
      f: Object.fromEntries(keys.slice(0, 4).map((k) => [k, n('1')])),
    };
    for (let round = 0; round < 3; round++) {
      expect(agrees(text)).toBe('read');
      expect(parseSubsetYaml(text)).toStrictEqual(expected);
    }
    expect(parseSubsetYaml('placed_at: 1\nposted_at: 2\nplaced_at: 3\n')).toBeUndefined();
  });
});
