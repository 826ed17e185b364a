/**
 * Differential: scanText (one pass over the char codes) gives what the three separate checks it
 * replaced gave, kept below as the oracle: fast-yaml's declineText (the same reason), lazy-locate's
 * inLazySubset (where the text is not declined, as the loader asks) and depth.ts's depthBound (the
 * same number). On random texts of YAML-like pieces and every character the checks look for, on
 * random profile-like documents with breaking mutations, and on a generated corpus.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { flowInSubset } from '../../src/load/lazy-locate.js';
import { scanText } from '../../src/load/text-scan.js';
import { isWhitespace } from '../../src/util/whitespace.js';
import { documentArb, mutationArb } from './yaml-arbitraries.js';

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const HASH = 0x23;

function isEnd(c: number): boolean {
  return c === LF || c === CR || Number.isNaN(c);
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === SPACE) i++;
  return i;
}

/** fast-yaml.ts's declineText as it was. */
function declineText(text: string): string | undefined {
  if (text.includes('\t')) return 'a tab';
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== LF) return 'a lone CR';
  }
  if (text.indexOf('\uFEFF', 1) >= 0) return 'a BOM inside the text';
  if (text.startsWith('\uFEFF ')) return 'a BOM before indentation';
  if (text.charCodeAt(0) === 0x25 || text.includes('\n%')) return 'a directive';
  if (/[[{,]#/.test(text)) return 'a comment not separated by a space';
  if (/(?:^|\n)(?:---|\.\.\.)[^ \r\n]/.test(text)) return 'a document marker run into text';
  return undefined;
}

function beforeIndicator(c: number): boolean {
  return Number.isNaN(c) || c === SPACE || c === LF || c === CR || c === 0xfeff || c === 0x5b || c === 0x7b || c === 0x2c || c === 0x3a;
}

function indicatorIn(text: string, char: string, spaceAfter: boolean): boolean {
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) {
    if (!beforeIndicator(text.charCodeAt(i - 1))) continue;
    const next = text.charCodeAt(i + 1);
    if (!spaceAfter || next === SPACE || isEnd(next)) return true;
  }
  return false;
}

function markerWithContent(text: string, marker: string): boolean {
  for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) !== LF && text.charCodeAt(i - 1) !== 0xfeff) continue;
    const at = skipSpaces(text, i + 3);
    const c = text.charCodeAt(at);
    if (at > i + 3 && !isEnd(c) && c !== HASH) return true;
  }
  return false;
}

function bareDash(text: string): boolean {
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (!(Number.isNaN(before) || before === SPACE || before === LF || before === 0xfeff)) continue;
    const at = skipSpaces(text, i + 1);
    const c = text.charCodeAt(at);
    if (isEnd(c) || (c === HASH && at > i + 1)) return true;
  }
  return false;
}

/** lazy-locate.ts's inLazySubset as it was (its flow collection check, unchanged, is flowInSubset now). */
function inLazySubset(text: string): boolean {
  if (indicatorIn(text, '&', false) || indicatorIn(text, '*', false) || indicatorIn(text, '!', false) || indicatorIn(text, '?', true)) return false;
  if (/["'\]}]#/.test(text)) return false;
  if (bareDash(text) || markerWithContent(text, '---') || markerWithContent(text, '...')) return false;
  for (const line of text.split('\n')) if (line.length > 1000) return false;
  for (let i = 0; i < text.length; i++) {
    if ((text[i] === '[' || text[i] === '{') && !flowInSubset(text, i)) return false;
  }
  return true;
}

/** depth.ts's depthBound as it was. */
function depthBound(text: string): number {
  let most = 0;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let at = start;
    while (at < end && isWhitespace(text.charCodeAt(at))) at++;
    let bound = at - start + 1;
    while (at < end && (text.charCodeAt(at) === 0x2d || text.charCodeAt(at) === 0x3f)) {
      at += 2;
      bound++;
      while (at < end && text.charCodeAt(at) === SPACE) at++;
    }
    if (bound > most) most = bound;
    start = end + 1;
  }
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) most++;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) most++;
  return most;
}

/** Asserts scanText agrees with the oracle on `text`; returns whether the text is lazy. */
function agrees(text: string): boolean {
  const scan = scanText(text);
  const decline = declineText(text);
  const want = { decline, lazy: inLazySubset(text), depthBound: depthBound(text) };
  if (scan.decline !== want.decline || scan.lazy !== want.lazy || scan.depthBound !== want.depthBound) expect({ text, ...scan }).toEqual({ text, ...want });
  return scan.lazy;
}

const PIECES = [
  ...[' ', '  ', '    ', '\n', '\r\n', '\r', '\t', '\uFEFF', '\uFEFF--- x', '--- x', '... #', '\u00a0', '\u3000', 'x', 'key', 'k: ', ': ', ':', '中文'],
  ...['- ', '-', '--', '---', '...', '.', '? ', '?', '%', '#', ' #', '#c', '&a', '*a', '!t', '&', '*', '!'],
  ...['"', "'", '"q"', "'q'", '[', ']', '{', '}', ',', '[a, b]', '{a: b}', '[]', '{}', '[a', 'a]', '{a: [b, c]}', '[[a]]', '"a#"'],
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('scanText: the same as the separate checks it replaced', () => {
  it('random texts of YAML-like pieces and the characters the checks look for', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        agrees(text);
        agrees(`${text}\n`);
      }),
      { numRuns: 20_000, seed: 20261202 },
    );
  });

  it('random profile-like documents, as they are and mutated', () => {
    fc.assert(
      fc.property(documentArb, fc.array(mutationArb, { maxLength: 3 }), (doc, edits) => {
        agrees(doc);
        agrees(edits.reduce((text, edit) => edit(text), doc));
      }),
      { numRuns: 1_000, seed: 20261202 },
    );
  });

  it('a generated corpus: never declined, every profile lazy; a long line and a deep text', () => {
    for (const { name, text } of generateCorpus(200, 16)) expect(agrees(text), name).toBe(true);
    const long = `a: ${'x'.repeat(998)}\n`;
    expect(scanText(long)).toEqual({ decline: undefined, lazy: false, depthBound: 1 });
    expect(scanText(long.slice(1))).toEqual({ decline: undefined, lazy: true, depthBound: 1 });
    expect(scanText(`a: ${'['.repeat(70)}${']'.repeat(70)}\n`).depthBound).toBe(71);
    expect(scanText('')).toEqual({ decline: undefined, lazy: true, depthBound: 0 });
  });
});
