import { addDue } from '../src/engine/due.js';
import { beijingDay, defineRule, formatBeijing, formatDay, formatSpan, happened, isPaid, placedBy, single, skipFor, toRfc3339, mapIndexed, type Order, type RuleFinding } from '../src/rule-kit.js';

const messages = {
  startsBeforePayment: (p: { order: string; start: number; paidAt: number }) =>
    `Order ${p.order}'s term starts at ${formatBeijing(p.start)}, ${formatSpan(p.paidAt - p.start)} before it was paid at ${formatBeijing(p.paidAt)}: the service opens only once paid and the term counts from then (§3.2.1, §9.1.1), so the recorded term is short by that span; ask the provider to correct it.`,
  startedUnpaid: (p: { order: string; start: number }) =>
    `Order ${p.order}'s term started at ${formatBeijing(p.start)}, but the order is not paid: the service opens only once paid (§3.2.1, §9.1.1), so no term has begun.`,
  startsAfterPayment: (p: { order: string; start: number; paidAt: number }) =>
    `Order ${p.order}'s term starts at ${formatBeijing(p.start)}, at or after its payment at ${formatBeijing(p.paidAt)} (§9.1.1).`,
  startsOnPaymentDay: (p: { order: string; start: number; paidAt: number }) =>
    `Order ${p.order}'s term is dated from ${formatDay(beijingDay(p.start))}, the day it was paid (at ${formatBeijing(p.paidAt)}): it counts from payment (§9.1.1).`,
  notStarted: (p: { order: string; start: number }) => `Order ${p.order} is not paid yet; its term is recorded to start at ${formatBeijing(p.start)}, after the evaluation instant.`,
  noStart: (p: { order: string }) => `Order ${p.order} has no term.start, so when its term began cannot be judged.`,
  noPaidAt: (p: { order: string }) => `Order ${p.order} records a paid_amount but no paid_at, so whether its term starts after payment cannot be judged.`,
};

/** Prepaid subscriptions: the orders whose term this rule judges. */
function isPrepaidSubscription(order: Order): boolean {
  return order.kind === 'subscription' && (order.billing ?? 'prepaid') === 'prepaid' && order.status !== 'released';
}

/** §9.1.1, §3.2.1: a prepaid service opens on payment, and its term counts from then. */
export default defineRule({
  id: 'term-after-payment',
  title: 'Prepaid terms start only after payment',
  clauses: ['9.1.1', '3.2.1'],
  description:
    'A prepaid service is provided only after payment (§3.2.1 在您付费之后，阿里云才开始为您提供服务) and opens once paid, its term counting from that opening (§9.1.1 服务期限自开通之时起算). For each unreleased prepaid subscription with a `term.start`, a term that starts before `paid_at` warns (the term recorded is short by the difference; a `term.start` given as a bare date names a day, so only a day before the payment day warns), as does a term that has started while the order is unpaid; a term starting at or after payment passes.',
  fix:
    'Ask the provider to correct the term so that it runs from the payment (activation) instant, and record the corrected `term.start` and `term.end`. For an unpaid order, pay it within the hold period (see order-payment-window) before relying on the service.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const findings = mapIndexed(profile.orders, (o) => isPrepaidSubscription(o) && placedBy(o, asOf), (order, index): RuleFinding<typeof messages> => {
      const path = ['orders', index];
      const id = order.id;
      const start = order.term?.start;
      if (start === undefined) return single(messages, 'skip', id, path, 'noStart', { order: id }, { reason: 'no data' });
      const data: Record<string, unknown> = { termStart: toRfc3339(start.at) };
      if (!isPaid(order, asOf) || !happened(order.paid_at, asOf)) {
        if (isPaid(order, asOf)) return single(messages, 'skip', id, path, 'noPaidAt', { order: id }, { reason: 'no data' });
        if (start.at <= asOf) return single(messages, 'warn', id, path, 'startedUnpaid', { order: id, start: start.at }, data);
        // At the term start, still unpaid, it turns to a warn (startedUnpaid): the payment is due by then.
        return single(messages, 'pass', id, path, 'notStarted', { order: id, start: start.at }, addDue({ ...data }, asOf, { at: start.at, kind: 'pay-by', turnsTo: 'warn' }));
      }
      const paidAt = order.paid_at.at;
      data.paidAt = toRfc3339(paidAt);
      // A bare date names a day: a term recorded from the day of payment starts with it.
      const before = start.isDate ? beijingDay(start.at) < beijingDay(paidAt) : start.at < paidAt;
      if (before) return single(messages, 'warn', id, path, 'startsBeforePayment', { order: id, start: start.at, paidAt }, { ...data, shortByMs: paidAt - start.at });
      const sameDay = start.isDate && start.at < paidAt;
      return single(messages, 'pass', id, path, sameDay ? 'startsOnPaymentDay' : 'startsAfterPayment', { order: id, start: start.at, paidAt }, data);
    });
    return findings.length > 0 ? findings : [skipFor(profile.orders, 'prepaid subscriptions')];
  },
});
