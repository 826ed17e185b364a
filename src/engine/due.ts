/**
 * The one deadline vocabulary of finding data (docs/report-format.md, "Deadlines"): every finding
 * with a next transition carries `dueAt` (RFC 3339, +08:00), `dueKind` and `dueTurnsTo`, and
 * optionally `dueAmount` (yuan at stake) and `dueLater` (the known transitions after that one).
 */
import { toDecimalString, type Money } from '../model/money.js';
import { toRfc3339 } from '../model/time.js';

/** What happens at a deadline (kebab-case, stable: agenda, calendar and chat use it as a key). */
export const DUE_KINDS = [
  'pay-by',
  'renew-by',
  'expires',
  'data-deleted',
  'released',
  'package-forfeited',
  'key-too-old',
  'key-unused',
  'user-dormant',
  'backup-stale',
  'restore-test-due',
  'contacts-stale',
  'notice-effective',
  'right-lapses',
  'waiver-expires',
  'snapshot-stale',
  'maintenance-overrun',
  'expires-soon',
  'refund-due',
] as const;
/** One deadline kind. */
export type DueKind = (typeof DUE_KINDS)[number];

/** The status a finding turns to at a deadline (or, for an option that ends, the status to act on). */
export type DueStatus = 'warn' | 'fail';

/** One transition: when, what, the status then, and the amount at stake if there is one. */
export interface Due {
  at: number;
  kind: DueKind;
  turnsTo: DueStatus;
  amount?: Money;
}

/** One transition as it appears in finding data. */
interface DueData {
  dueAt: string;
  dueKind: DueKind;
  dueTurnsTo: DueStatus;
  dueAmount?: string;
}

function entry(due: Due): DueData {
  const out: DueData = { dueAt: toRfc3339(due.at), dueKind: due.kind, dueTurnsTo: due.turnsTo };
  if (due.amount !== undefined) out.dueAmount = toDecimalString(due.amount);
  return out;
}

/**
 * The data fields of the next transition after `asOf` among `dues` (earliest first; those at or
 * before `asOf` dropped), with the later ones under `dueLater`; `{}` when none is to come.
 */
export function dueData(asOf: number, ...dues: (Due | undefined)[]): Partial<DueData> & { dueLater?: DueData[] } {
  // Most findings have one transition to come: found without filtering and sorting (the first of equals, as the stable sort keeps).
  let next: Due | undefined;
  let count = 0;
  for (const due of dues) {
    if (due === undefined || !(due.at > asOf)) continue;
    count++;
    if (next === undefined || due.at < next.at) next = due;
  }
  if (next === undefined) return {};
  if (count === 1) return entry(next);
  const coming = dues.filter((d): d is Due => d !== undefined && d.at > asOf).sort((a, b) => a.at - b.at);
  const [first, ...later] = coming;
  return { ...entry(first!), dueLater: later.map(entry) };
}
