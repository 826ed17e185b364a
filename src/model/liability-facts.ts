/** The liability cap of clause 10.6: cash paid for a product in the 12 months before a claim's anchor. */
import { addCalendarMonths } from './calendar-months.js';
import { happened, paidAmount, renewalPaid } from './facts.js';
import { sumMoney, type Money } from './money.js';
import type { Profile } from './profile.js';

/** One cash payment toward a product. */
interface CashPayment {
  /** Where it comes from, e.g. `order o1`, `renewal of o1`, `bill b1`. */
  source: string;
  amount: Money;
  paidAt: number;
}

/** The cap window: from the same Beijing date-time 12 calendar months before the anchor (inclusive) to the anchor (exclusive). */
export function capWindow(anchor: number): { from: number; to: number } {
  return { from: addCalendarMonths(anchor, -12), to: anchor };
}

/**
 * Every cash payment for a product made by T: each order's `paid_amount` at `paid_at`, each current
 * renewal's `price` at `renewal.paid_at` (one before `term.start` is ignored), and each payment of a bill
 * whose `product` matches. Released orders count (their fees were paid); credits never do (clause 3.5).
 */
function cashPaymentsFor(profile: Profile, product: string, asOf: number): CashPayment[] {
  const payments: CashPayment[] = [];
  for (const order of profile.orders ?? []) {
    if (order.product !== product) continue;
    if (happened(order.paid_at, asOf)) payments.push({ source: `order ${order.id}`, amount: paidAmount(order, asOf), paidAt: order.paid_at.at });
    const renewal = order.renewal;
    if (renewal?.paid_at && renewal.price !== undefined && renewalPaid(order, asOf)) {
      payments.push({ source: `renewal of ${order.id}`, amount: renewal.price, paidAt: renewal.paid_at.at });
    }
  }
  for (const bill of profile.account.billing?.bills ?? []) {
    if (bill.product !== product) continue;
    for (const payment of bill.payments ?? []) {
      if (happened(payment.paid_at, asOf)) payments.push({ source: `bill ${bill.id}`, amount: payment.amount, paidAt: payment.paid_at.at });
    }
  }
  return payments;
}

/** The cap: the sum of a product's cash payments within the window before the anchor, with those payments. */
export function liabilityCap(profile: Profile, product: string, anchor: number, asOf: number): { cap: Money; from: number; to: number; payments: CashPayment[] } {
  const { from, to } = capWindow(anchor);
  const payments = cashPaymentsFor(profile, product, asOf).filter((p) => p.paidAt >= from && p.paidAt < to);
  return { cap: sumMoney(payments.map((p) => p.amount)), from, to, payments };
}
