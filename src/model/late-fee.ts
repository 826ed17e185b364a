/**
 * A bill's standing at T under clause 3.4: what is overdue, and the late fee of 0.05% a day.
 * The fee for each Beijing day after the due date, up to and including the day T falls on, is
 * 0.0005 × the principal outstanding at 00:00 that day; a payment reduces the principal from the
 * day after the day it was made. Sums are exact; the fee is rounded to the fen once, at the end.
 */
import { happened } from './facts.js';
import { scaleToFen, type Money } from './money.js';
import type { Bill } from './profile.js';
import { beijingDay, inclusiveEnd } from './time.js';

/** The daily late-fee rate of clause 3.4 (万分之五), as numerator / denominator. */
export const LATE_FEE_RATE = { numerator: 5n, denominator: 10_000n } as const;

/** What a bill stands at, at T. */
export interface BillStanding {
  /** The instant the bill is overdue from: a date `due`'s next 00:00 +08:00, or a date-time `due` itself. */
  overdueAt: number;
  /** Principal still unpaid at T, after every payment made by T (never negative). */
  outstanding: Money;
  /** Principal unpaid at `overdueAt`, counting only payments made before it (never negative). */
  unpaidAtDue: Money;
  /** When the payments made by T first covered the amount; undefined if they have not (or none were needed). */
  paidInFullAt: number | undefined;
  /** Fee days: days after the due date, up to the day of T, that began with principal outstanding. */
  days: number;
  /** Sum over the fee days of the principal at 00:00 that day (micro-yuan × days), exact. */
  principalDays: bigint;
  /** The late fee accrued by T, rounded half away from zero to the fen. */
  lateFee: Money;
}

/** True when the payments are in time order already (a stable sort would keep them as they are). */
function inTimeOrder(payments: readonly { paid_at: { at: number } }[]): boolean {
  for (let i = 1; i < payments.length; i++) if (!(payments[i - 1]!.paid_at.at <= payments[i]!.paid_at.at)) return false;
  return true;
}

/** The instant a bill is overdue from: a date `due`'s next 00:00 +08:00, or a date-time `due` itself. */
export function overdueFrom(bill: Bill): number {
  return inclusiveEnd(bill.due);
}

/** The bill's standing at T (payments dated after T have not happened). */
export function billStanding(bill: Bill, asOf: number): BillStanding {
  const overdueAt = overdueFrom(bill);
  const payments = (bill.payments ?? []).filter((p) => happened(p.paid_at, asOf));
  // Sorted by time (stably); most lists are already in that order, and then keep it without a sort.
  if (!inTimeOrder(payments)) payments.sort((a, b) => a.paid_at.at - b.paid_at.at);

  let paid = 0n;
  let paidBeforeDue = 0n;
  let paidInFullAt: number | undefined;
  for (const p of payments) {
    paid += p.amount;
    if (p.paid_at.at < overdueAt) paidBeforeDue += p.amount;
    if (paidInFullAt === undefined && bill.amount > 0n && paid >= bill.amount) paidInFullAt = p.paid_at.at;
  }

  // The due date is the Beijing day of the last instant still on time; fees start the day after it.
  const firstFeeDay = beijingDay(overdueAt - 1) + 1;
  const lastFeeDay = beijingDay(asOf);
  let principalDays = 0n;
  let days = 0;
  let principal = bill.amount;
  let next = 0; // the first payment (in time order) not yet taken off the principal
  for (let day = firstFeeDay; day <= lastFeeDay; ) {
    // Principal at 00:00 of `day`: the amount less every payment made on an earlier day.
    while (next < payments.length && beijingDay(payments[next]!.paid_at.at) < day) principal -= payments[next++]!.amount;
    if (principal <= 0n) break; // payments only add up, so the principal stays at zero from here on
    // It stays so up to the day of the next payment (which lowers it from the day after), counted at once.
    const last = next < payments.length ? Math.min(lastFeeDay, beijingDay(payments[next]!.paid_at.at)) : lastFeeDay;
    principalDays += principal * BigInt(last - day + 1);
    days += last - day + 1;
    day = last + 1;
  }

  const positive = (m: Money) => (m > 0n ? m : 0n);
  return {
    overdueAt,
    outstanding: positive(bill.amount - paid),
    unpaidAtDue: positive(bill.amount - paidBeforeDue),
    paidInFullAt,
    days,
    principalDays,
    lateFee: scaleToFen(principalDays, LATE_FEE_RATE.numerator, LATE_FEE_RATE.denominator),
  };
}

/** The late fee on a negative cash balance: days and fee for a debt outstanding since an instant. */
interface BalanceLateFee {
  /** Beijing days, up to the day of T, that began (00:00) with the account in arrears. */
  days: number;
  /** 0.05% of the debt per day, rounded half away from zero to the fen at the end. */
  lateFee: Money;
}

/**
 * The late fee of clause 3.4 on account arrears: `debt` (positive micro-yuan) owed since `since`,
 * as of T. Like a bill's, a day counts when it begins (00:00 +08:00) in arrears: arrears from
 * 00:00 count that day, arrears from later in a day count from the next.
 */
export function balanceLateFee(debt: Money, since: number, asOf: number): BalanceLateFee {
  const firstFeeDay = beijingDay(since - 1) + 1;
  const days = Math.max(0, beijingDay(asOf) - firstFeeDay + 1);
  return { days, lateFee: scaleToFen(debt * BigInt(days), LATE_FEE_RATE.numerator, LATE_FEE_RATE.denominator) };
}
