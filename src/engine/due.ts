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

/** Writes one transition's fields into `out` (a new object, or the finding's data itself). */
function writeEntry(out: Record<string, unknown>, due: Due): void {
  out.dueAt = toRfc3339(due.at);
  out.dueKind = due.kind;
  out.dueTurnsTo = due.turnsTo;
  if (due.amount !== undefined) out.dueAmount = toDecimalString(due.amount);
}

function entry(due: Due): DueData {
  const out: Record<string, unknown> = {};
  writeEntry(out, due);
  return out as unknown as DueData;
}

/**
 * Writes into `data` the fields of the next transition after `asOf` among `dues` (earliest first;
 * those at or before `asOf` dropped), with the later ones under `dueLater`; writes nothing when none
 * is to come. Returns `data`.
 */
export function addDue<T extends Record<string, unknown>>(data: T, asOf: number, ...dues: (Due | undefined)[]): T {
  // Found in one pass, without filtering and sorting (the first of equals, as a stable sort keeps).
  let first = -1;
  let count = 0;
  for (let i = 0; i < dues.length; i++) {
    const due = dues[i];
    if (due === undefined || !(due.at > asOf)) continue;
    count++;
    if (first === -1 || due.at < dues[first]!.at) first = i;
  }
  if (first === -1) return data;
  const out: Record<string, unknown> = data;
  writeEntry(out, dues[first]!);
  if (count === 1) return data;
  // The later ones by time, equals in the order given: an insertion sort of the few there are.
  const later: Due[] = [];
  for (let i = 0; i < dues.length; i++) {
    const due = dues[i];
    if (i === first || due === undefined || !(due.at > asOf)) continue;
    let at = later.length;
    later.push(due);
    for (; at > 0 && later[at - 1]!.at > due.at; at--) later[at] = later[at - 1]!;
    later[at] = due;
  }
  out.dueLater = later.map(entry);
  return data;
}
