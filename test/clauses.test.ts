import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { RULES } from '../rules/index.js';
import { AGREEMENT_VERSION } from '../src/model/clauses/version.js';
import {
  CLAUSES,
  clauseRef,
  getClause,
  isClauseNumber,
  type ClauseNumber,
} from '../src/model/clauses/index.js';

/** The agreement as published (reference data kept in the repository). */
const agreement = readFileSync(new URL('../docs/agreement/aliyun-service-agreement-2020-09-24.txt', import.meta.url), 'utf8');
/** The user documentation that lists the clauses no configuration can show. */
const decisions = readFileSync(new URL('../docs/decisions.md', import.meta.url), 'utf8');

/** The line that opens the special terms; everything before it is the general terms. */
const SPECIAL_TERMS = '专用服务条款';
/** A numbered heading of the general terms: `3.2.1. text`, also `11.通知` (no space in the file). */
const HEADING = /^(\d+(?:\.\d+)*)\.(?!\d)\s*/;

interface Heading {
  number: string;
  /** Offset in the agreement of the text after the number. */
  start: number;
  /** Offset where the clause's own text ends (next heading, section title or end of file). */
  end: number;
}

/** Every numbered heading of the agreement, in order, with the span of its own text. */
function agreementHeadings(): Heading[] {
  const headings: Heading[] = [];
  let offset = 0;
  let section: 'general' | 'between' | 'cadt' = 'general';
  let cadtCount = 0;
  let open: Heading | undefined;
  const close = (at: number): void => {
    if (open) open.end = at;
    open = undefined;
  };
  for (const line of agreement.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line === SPECIAL_TERMS) {
      close(lineStart);
      section = 'between';
      continue;
    }
    if (section === 'between') {
      if (line.includes('CADT')) section = 'cadt';
      continue;
    }
    let number: string | undefined;
    let prefix = 0;
    if (section === 'general') {
      const m = HEADING.exec(line);
      if (m?.[1] !== undefined) [number, prefix] = [m[1], m[0].length];
    } else {
      const m = /^(?:- |(\d+)\.\s)/.exec(line);
      if (m) {
        cadtCount += 1;
        if (m[1] !== undefined && Number(m[1]) !== cadtCount) throw new Error(`CADT item ${m[1]} out of order`);
        [number, prefix] = [`CADT-${cadtCount}`, m[0].length];
      }
    }
    if (number !== undefined) {
      close(lineStart);
      open = { number, start: lineStart + prefix, end: -1 };
      headings.push(open);
    }
  }
  close(agreement.length);
  return headings;
}

/** The clause numbers named in docs/decisions.md's "Clauses no configuration can show", ranges expanded. */
function listedUncheckable(): { numbers: string[]; text: string } {
  const section = decisions.split(/^## /m).find((s) => s.startsWith('Clauses no configuration can show'));
  if (!section) throw new Error('docs/decisions.md has no "Clauses no configuration can show" section');
  const text = section.slice(section.indexOf('These are:'));
  const numbers: string[] = [];
  for (const [token] of text.matchAll(/\d+(?:\.\d+)*(?:[–-]\d+(?:\.\d+)*)?/g)) {
    const [from, to] = token.split(/[–-]/);
    if (from === undefined) continue;
    if (to === undefined) {
      numbers.push(from);
      continue;
    }
    const stem = from.split('.').slice(0, -1);
    const first = Number(from.split('.').at(-1));
    const last = Number(to.split('.').at(-1));
    if (to.split('.').slice(0, -1).join('.') !== stem.join('.')) throw new Error(`odd range ${token}`);
    for (let n = first; n <= last; n++) numbers.push([...stem, String(n)].join('.'));
  }
  return { numbers, text };
}

/** Sentences in an English text (a full stop, ? or ! followed by a capital, quote, bracket or the end). */
const sentenceCount = (s: string): number => (s.match(/[.?!](?=\s+["(A-Z]|$)/g) ?? []).length;

const headings = agreementHeadings();
const referenced = new Set<string>(RULES.flatMap((rule) => rule.clauses));
/** Clauses a rule of this repository cites (a rule may judge part of a clause otherwise listed as uncheckable). */
const citedByRules = referenced;

describe('clause index', () => {
  it('holds every numbered heading of the agreement, in document order, and nothing else', () => {
    expect(headings.length).toBeGreaterThan(90);
    expect(CLAUSES.map((c) => c.number)).toEqual(headings.map((h) => h.number));
  });

  it('has unique numbers', () => {
    const numbers = CLAUSES.map((c) => c.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('quotes every original verbatim from the agreement', () => {
    for (const clause of CLAUSES) {
      expect(clause.original.length, clause.number).toBeGreaterThan(0);
      expect(agreement.includes(clause.original), clause.number).toBe(true);
    }
  });

  it('quotes each clause whole: the text after its number up to the next heading', () => {
    const byNumber = new Map(headings.map((h) => [h.number, h]));
    for (const clause of CLAUSES) {
      const heading = byNumber.get(clause.number);
      expect(heading, clause.number).toBeDefined();
      if (!heading) continue;
      expect(clause.original, clause.number).toBe(agreement.slice(heading.start, heading.end).trimEnd());
    }
  });

  it('has a parent for every sub-clause', () => {
    for (const { number } of CLAUSES) {
      if (!/^\d+\.\d/.test(number)) continue;
      expect(getClause(number.replace(/\.\d+$/, '')), number).toBeDefined();
    }
  });

  it('gives every clause a title, a summary of one to three sentences and, if uncheckable, a one-sentence reason', () => {
    for (const clause of CLAUSES) {
      expect(clause.title.trim(), clause.number).not.toBe('');
      expect(sentenceCount(clause.summary), `${clause.number} summary`).toBeGreaterThanOrEqual(1);
      expect(sentenceCount(clause.summary), `${clause.number} summary`).toBeLessThanOrEqual(3);
      if (clause.uncheckable !== undefined) {
        expect(sentenceCount(clause.uncheckable), `${clause.number} uncheckable`).toBe(1);
      }
    }
  });

  it('has every clause a rule cites, none of them uncheckable', () => {
    expect(referenced.size).toBeGreaterThan(20);
    for (const number of referenced) {
      const clause = getClause(number);
      expect(clause, number).toBeDefined();
      expect(clause?.uncheckable, number).toBeUndefined();
    }
  });

  it('marks uncheckable every clause the docs say no configuration can show', () => {
    const { numbers, text } = listedUncheckable();
    expect(numbers).toEqual(expect.arrayContaining(['1', '4.3', '8', '9.3.2', '14.5']));
    for (const listed of numbers) {
      const family = CLAUSES.filter((c) => c.number === listed || c.number.startsWith(`${listed}.`));
      for (const clause of family) {
        if (referenced.has(clause.number)) continue; // e.g. 8.2, "except secret-in-profile"
        if (citedByRules.has(clause.number)) continue; // e.g. 9.4: the service-change notice now judged by notice-period
        expect(clause.uncheckable, clause.number).toBeDefined();
      }
    }
    expect(text).toContain('Cloud Architect Design Tool');
    const cadt = CLAUSES.filter((c) => c.number.startsWith('CADT-'));
    expect(cadt.length).toBeGreaterThan(0);
    for (const clause of cadt) expect(clause.uncheckable, clause.number).toBeDefined();
  });

  it('marks uncheckable a parent only when no sub-clause is checkable, or when the docs list it', () => {
    const listed = new Set(listedUncheckable().numbers);
    for (const parent of CLAUSES) {
      const children = CLAUSES.filter((c) => c.number.startsWith(`${parent.number}.`));
      if (children.length === 0 || listed.has(parent.number)) continue;
      const allUncheckable = children.every((c) => c.uncheckable !== undefined);
      expect(parent.uncheckable !== undefined, parent.number).toBe(allUncheckable);
    }
  });
});

describe('lookups', () => {
  it('finds clauses by number', () => {
    expect(getClause('3.2.1')?.original.startsWith('在您付费之后')).toBe(true);
    expect(getClause('3')?.original).toBe('服务费用');
    expect(getClause('11')?.original).toBe('通知');
    expect(getClause('CADT-4')?.uncheckable).toBeDefined();
    expect(getClause('3.2.9')).toBeUndefined();
    expect(isClauseNumber('9.3.4')).toBe(true);
    expect(isClauseNumber('15')).toBe(false);
  });

  it('formats references', () => {
    expect(clauseRef('3.2.1')).toBe('§3.2.1');
    expect(clauseRef('CADT-2')).toBe('§CADT-2');
    // @ts-expect-error a number the agreement does not have is a type error
    clauseRef('3.2.9');
    const typed: ClauseNumber[] = ['12', '14.6'];
    expect(typed.map(clauseRef)).toEqual(['§12', '§14.6']);
  });

  it('names the version of the agreement file', () => {
    expect(AGREEMENT_VERSION).toBe('aliyun-service-agreement@2020-09-24');
    expect(agreement).toContain('版本生效日期：2020年9月24日');
  });
});
