/**
 * Differential: nestingProblem (one index-based pass after a cheap bound) finds the same problem, at
 * the same line and column, as the line-splitting scan it replaced, kept below as the oracle; small
 * limits make deep texts common.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { DEPTH_MESSAGE, nestingProblem } from '../../src/load/depth.js';

interface RefProblem {
  line: number;
  column: number;
  message: string;
}

function valueStart(line: string, from: number): number {
  const c = line[from];
  if (c === '[' || c === '{' || c === '|' || c === '>') return from;
  if (c === '"' || c === "'") {
    // A quoted key: look after its closing quote.
    const close = line.indexOf(c, from + 1);
    if (close < 0) return -1;
    return afterColon(line, close + 1);
  }
  return afterColon(line, from);
}

function afterColon(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    if (line[i] === '#' && (i === 0 || line[i - 1] === ' ')) return -1;
    if (line[i] === ':' && (i + 1 === line.length || line[i + 1] === ' ')) {
      let j = i + 1;
      while (line[j] === ' ') j++;
      return j < line.length ? j : -1;
    }
  }
  return -1;
}

/** The scan as it was. */
function referenceProblem(text: string, max: number): RefProblem | undefined {
  const lines = text.split('\n');
  const stack: number[] = [];
  let flow = 0;
  let flowBase = 0;
  let blockScalarParent = -1;
  let quote = '';
  const tooDeep = (line: number, column: number): RefProblem => ({ line: line + 1, column: column + 1, message: DEPTH_MESSAGE(max) });
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    let at = 0;
    if (flow === 0 && quote === '') {
      const indent = line.length - line.trimStart().length;
      const blank = line.trim() === '' || line.trimStart().startsWith('#');
      if (blockScalarParent >= 0) {
        if (blank || indent > blockScalarParent) continue;
        blockScalarParent = -1;
      }
      if (blank) continue;
      while (stack.length > 0 && stack[stack.length - 1]! >= indent) stack.pop();
      stack.push(indent);
      let depth = stack.length;
      if (depth > max) return tooDeep(n, indent);
      at = indent;
      while ((line[at] === '-' || line[at] === '?') && (line[at + 1] === ' ' || at + 1 === line.length)) {
        at += 2;
        while (line[at] === ' ') at++;
        if (++depth > max) return tooDeep(n, at);
      }
      const start = at < line.length ? valueStart(line, at) : -1;
      if (start < 0) continue;
      if (line[start] === '|' || line[start] === '>') {
        blockScalarParent = indent;
        continue;
      }
      if (line[start] !== '[' && line[start] !== '{') continue;
      flowBase = depth;
      at = start;
    }
    for (let i = at; i < line.length; i++) {
      const c = line[i]!;
      if (quote === '"') {
        if (c === '\\') i++;
        else if (c === '"') quote = '';
        continue;
      }
      if (quote === "'") {
        if (c === "'" && line[i + 1] === "'") i++;
        else if (c === "'") quote = '';
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
      else if (c === '[' || c === '{') {
        flow++;
        if (flowBase + flow > max) return tooDeep(n, i);
      } else if (c === ']' || c === '}') {
        flow = Math.max(0, flow - 1);
        if (flow === 0) break;
      }
    }
  }
  return undefined;
}

const PIECES = [' ', '  ', '    ', '\t', '\u00a0', '\u3000', '- ', '-', '? ', '?', 'k: ', 'key:', 'a:b', '"q": ', "'q': ", '"', "'", "''", '\\"', '\\', '[', ']', '{', '}', ', ', '#', ' #c', '|', '>', '|-', 'x', 'value', '\r', ': ', '- [', '{a: [', ']]', '}}'];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));
const text = fc.tuple(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

describe('nestingProblem', () => {
  it('finds what the line-splitting scan found, on random YAML-like texts at limits 1 to 8 and 64', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(1, 2, 3, 4, 5, 8, 64), (value, max) => {
        expect(nestingProblem(value, max)).toEqual(referenceProblem(value, max));
      }),
      { numRuns: 20_000, seed: 20261202 },
    );
  });

  it('finds what the line-splitting scan found on generated profiles, at every limit from 1 to 12', () => {
    for (const file of generateCorpus(10, 20261202)) {
      for (let max = 1; max <= 12; max++) expect(nestingProblem(file.text, max)).toEqual(referenceProblem(file.text, max));
      expect(nestingProblem(file.text)).toBeUndefined();
    }
  });
});
