/**
 * The clause index: every numbered clause of the Alibaba Cloud service agreement (effective
 * 2020-09-24), parent headings included, plus the special terms of the Cloud Architect Design Tool.
 */
import { CHAPTERS_1_5 } from './chapters-1-5.js';
import { CHAPTERS_6_10 } from './chapters-6-10.js';
import { CHAPTERS_11_14 } from './chapters-11-14.js';
import { CADT_TERMS } from './cadt.js';
import { UNCHECKABLE_ZH_CN } from './uncheckable-zh-CN.js';
import type { Lang } from '../../contract/report.js';

/** One clause of the agreement. */
export interface Clause {
  /** The clause number as written, e.g. `3.2.1`; the CADT special terms are `CADT-1` to `CADT-4`. */
  number: string;
  /** A short English title. */
  title: string;
  /** A one-to-three sentence English summary. */
  summary: string;
  /** The Chinese text after the number, verbatim from the agreement file (`**` marks and page breaks kept). */
  original: string;
  /** Present when no profile configuration can show the clause: why, in one sentence. */
  uncheckable?: string;
}

/** Every clause number in the index, so that a mistyped clause reference fails to compile. */
export type ClauseNumber =
  | (typeof CHAPTERS_1_5)[number]['number']
  | (typeof CHAPTERS_6_10)[number]['number']
  | (typeof CHAPTERS_11_14)[number]['number']
  | (typeof CADT_TERMS)[number]['number'];

/** Every clause number that has an `uncheckable` reason (the keys of its zh-CN catalog). */
export type UncheckableNumber = Extract<
  (typeof CHAPTERS_1_5)[number] | (typeof CHAPTERS_6_10)[number] | (typeof CHAPTERS_11_14)[number] | (typeof CADT_TERMS)[number],
  { uncheckable: string }
>['number'];

/** Every clause, in document order. */
export const CLAUSES: readonly Clause[] = Object.freeze([
  ...CHAPTERS_1_5,
  ...CHAPTERS_6_10,
  ...CHAPTERS_11_14,
  ...CADT_TERMS,
]);

const BY_NUMBER: ReadonlyMap<string, Clause> = new Map(CLAUSES.map((clause) => [clause.number, clause]));

/** The clause with this number, or undefined when the agreement has none. */
export function getClause(number: string): Clause | undefined {
  return BY_NUMBER.get(number);
}

/** Why no profile can show the clause, in the language asked for; undefined when it can be checked. */
export function uncheckableReason(clause: Clause, lang: Lang = 'en'): string | undefined {
  if (clause.uncheckable === undefined || lang === 'en') return clause.uncheckable;
  return UNCHECKABLE_ZH_CN[clause.number as UncheckableNumber];
}

/** True when the string is a clause number of the index. */
export function isClauseNumber(number: string): number is ClauseNumber {
  return BY_NUMBER.has(number);
}

/** The reference form of a clause number, e.g. `§3.2.1`. */
export function clauseRef(number: ClauseNumber): string {
  return `§${number}`;
}
