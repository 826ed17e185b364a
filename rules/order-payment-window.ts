import { defineRule } from '../src/engine/types.js';
import { single, skipFor, Verdict } from '../src/engine/verdict.js';
import { HOLD_DAYS, happened, isPaid, placedBy } from '../src/model/facts.js';
import { addDue } from '../src/engine/due.js';
import { daysLeft, formatBeijing, formatDays, periodEnd, toRfc3339 } from '../src/model/time.js';
import { mapIndexed } from '../src/rule-kit.js';


const messages = {
  paid: (p: { order: string }) => `Order ${p.order} was paid within the hold period.`,
  paidLate: (p: { order: string; lapse: number }) =>
    `Order ${p.order} was paid after the hold period ended at ${formatBeijing(p.lapse)}; confirm the provider accepted it.`,
  unpaid: (p: { order: string; lapse: number; daysLeft: number }) =>
    `Order ${p.order} is unpaid: pay by ${formatBeijing(p.lapse)} (${formatDays(p.daysLeft)} left) or it lapses.`,
  lapsed: (p: { order: string; lapse: number }) => `Order ${p.order} lapsed unpaid at ${formatBeijing(p.lapse)}.`,
  soldOut: (p: { order: string }) => `Order ${p.order} lapsed: the product sold out before payment.`,
  noPlacedAt: (p: { order: string }) => `Order ${p.order} is unpaid and has no placed_at, so its hold period is unknown.`,
};

/** §3.2.1: an unpaid prepaid order is held for 7 days after the day it was placed, then lapses. */
export default defineRule({
  id: 'order-payment-window',
  title: 'Prepaid orders are paid within the hold period',
  clauses: ['3.2.1'],
  description:
    'A prepaid order that is not paid at once is held for 7 days; when they end unpaid, or the product sells out first, the order lapses and the agreement on it ends (§3.2.1). The hold ends at 24:00 of the 7th day after the day the order was placed, in Beijing time.',
  fix:
    'Pay the order in full before the hold ends (24:00 Beijing time of the `hold_days`-th day after the day it was placed; the message gives the instant) and record `paid_at`, with `paid_amount` if less than `amount` was paid. A lapsed or sold-out order cannot be paid any more: place a new order; for one paid after the hold, confirm with the provider that it was accepted.',
  options: (z) => z.strictObject({ hold_days: z.number().int().min(1).default(HOLD_DAYS) }),
  messages,
  check(profile, { asOf, options }) {
    const findings = mapIndexed(profile.orders, (o) => o.status !== 'released' && placedBy(o, asOf) && (o.billing ?? (o.kind === 'payg' ? 'postpaid' : 'prepaid')) === 'prepaid', (order, index) => {
      const path = ['orders', index];
      const verdict = new Verdict(messages);
      const paid = isPaid(order, asOf);
      if (order.sold_out && !paid) return verdict.add('fail', 'soldOut', { order: order.id }).finding(order.id, path, ['paid', { order: order.id }]);
      if (!order.placed_at) {
        if (paid) return verdict.finding(order.id, path, ['paid', { order: order.id }]);
        return single(messages, 'skip', order.id, path, 'noPlacedAt', { order: order.id }, { reason: 'no data' });
      }
      const lapse = periodEnd(order.placed_at.at, options.hold_days);
      const data: Record<string, unknown> = { payBy: toRfc3339(lapse) };
      if (paid) {
        if (happened(order.paid_at, asOf) && order.paid_at.at >= lapse) verdict.add('warn', 'paidLate', { order: order.id, lapse });
      } else if (asOf < lapse) {
        data.daysLeft = daysLeft(asOf, lapse);
        addDue(data, asOf, { at: lapse, kind: 'pay-by', turnsTo: 'fail', amount: order.amount });
        verdict.add('warn', 'unpaid', { order: order.id, lapse, daysLeft: daysLeft(asOf, lapse) });
      } else {
        verdict.add('fail', 'lapsed', { order: order.id, lapse });
      }
      return verdict.finding(order.id, path, ['paid', { order: order.id }], data);
    });
    return findings.length > 0 ? findings : [skipFor(profile.orders, 'orders with billing: prepaid')];
  },
});
