import { currentOrders } from '../src/model/lifecycle-facts.js';
import { defineRule } from '../src/engine/types.js';
import { skipFor, Verdict } from '../src/engine/verdict.js';
import { renewalPaid } from '../src/model/facts.js';
import type { Order } from '../src/model/profile.js';
import { addDue } from '../src/engine/due.js';
import { DAY_MS, daysLeft, formatBeijing, formatDays, inclusiveEnd, toRfc3339 } from '../src/model/time.js';
import { mapIndexed } from '../src/rule-kit.js';


/** What the message says about auto-renew: on is not payment; a failed last deduction is named. */
interface AutoRenew {
  auto: boolean;
  failed: boolean;
}
const autoNote = (p: AutoRenew) =>
  (p.auto ? ' Auto-renew is on, but it is not payment: the renewal counts as paid only once a deduction succeeds.' : '') +
  (p.failed ? ' The last auto-renew deduction failed.' : '');

const messages = {
  paid: (p: { order: string; paidAt: number; deadline: number }) =>
    `Order ${p.order}'s renewal was paid at ${formatBeijing(p.paidAt)}, before the deadline ${formatBeijing(p.deadline)}.`,
  paidLate: (p: { order: string; paidAt: number; deadline: number; daysBefore: number }) =>
    `Order ${p.order} was renewed late: paid at ${formatBeijing(p.paidAt)}, not before ${formatBeijing(p.deadline)} (${formatDays(p.daysBefore)} before expiry).`,
  dueLater: (p: { order: string; deadline: number; daysLeft: number }) =>
    `Order ${p.order}'s renewal is due by ${formatBeijing(p.deadline)} (${formatDays(p.daysLeft)} left).`,
  renewSoon: (p: { order: string; deadline: number; daysLeft: number } & AutoRenew) =>
    `Renew order ${p.order} by ${formatBeijing(p.deadline)}, ${formatDays(p.daysLeft)} left.${autoNote(p)}`,
  notPaid: (p: { order: string; deadline: number; expiry: number; daysBefore: number; daysLeft: number } & AutoRenew) =>
    `Order ${p.order}'s renewal was not paid ${formatDays(p.daysBefore)} before expiry (by ${formatBeijing(p.deadline)}); it expires at ${formatBeijing(p.expiry)} (${formatDays(p.daysLeft)} left).${autoNote(p)}`,
  expired: (p: { order: string; expiry: number }) => `Order ${p.order} expired at ${formatBeijing(p.expiry)} without a paid renewal.`,
};

/** The subscriptions this rule judges: unreleased, with a term end, meant to be renewed. */
function inScope(order: Order): boolean {
  return order.kind === 'subscription' && order.status !== 'released' && order.term?.end !== undefined && (order.renewal?.intent ?? 'renew') === 'renew';
}

/** §3.2.2: a subscription the customer means to renew must have its renewal paid at least 7 days before it expires. */
export default defineRule({
  id: 'renewal-deadline',
  title: 'Renewals are paid at least 7 days before expiry',
  clauses: ['3.2.2', '9.1.2'],
  description:
    'To continue a subscription the customer pays the renewal at least 7 days before the term ends (§3.2.2); the term runs to the end of the period bought (§9.1.2). The deadline is the expiry instant minus 7 × 24 h; the rule warns in the week before it, fails once it has passed unpaid, and notes that auto-renew is not payment.',
  fix:
    'Pay the renewal before the deadline in the message (`days_before` × 24 h before expiry) and record the payment as `renewal.paid_at`; switching auto-renew on is not payment, and a failed deduction has to be paid by hand. If the subscription is meant to end, set `renewal.intent: let-expire` and save its data first (see data-deletion-risk).',
  options: (z) => z.strictObject({
    days_before: z.number().int().min(0).default(7),
    warn_days: z.number().int().min(0).default(7),
  }),
  messages,
  check(profile, { asOf, options }) {
    const all = profile.orders ?? [];
    const current = currentOrders(all, asOf);
    const findings = mapIndexed(all, (o) => current.has(o) && inScope(o), (order, index) => {
      const path = ['orders', index];
      const verdict = new Verdict(messages);
      const expiry = inclusiveEnd(order.term!.end!);
      const deadline = expiry - options.days_before * DAY_MS;
      const base = { order: order.id, deadline };
      const data: Record<string, unknown> = { deadline: toRfc3339(deadline), expiry: toRfc3339(expiry) };
      const auto = { auto: order.renewal?.auto === true, failed: order.renewal?.last_attempt === 'failed' };
      if (renewalPaid(order, asOf)) {
        const paidAt = order.renewal!.paid_at!.at;
        data.paidAt = toRfc3339(paidAt);
        if (paidAt >= deadline) verdict.add('warn', 'paidLate', { ...base, paidAt, daysBefore: options.days_before });
        return verdict.finding(order.id, path, ['paid', { ...base, paidAt }], data);
      }
      const price = order.renewal?.price;
      addDue(data, asOf, { at: deadline, kind: 'renew-by', turnsTo: 'fail', amount: price }, { at: expiry, kind: 'expires', turnsTo: 'fail', amount: price });
      if (asOf >= expiry) verdict.add('fail', 'expired', { order: order.id, expiry });
      else if (asOf >= deadline) {
        data.daysToExpiry = daysLeft(asOf, expiry);
        verdict.add('fail', 'notPaid', { ...base, ...auto, expiry, daysBefore: options.days_before, daysLeft: daysLeft(asOf, expiry) });
      } else {
        data.daysLeft = daysLeft(asOf, deadline);
        if (asOf >= deadline - options.warn_days * DAY_MS) verdict.add('warn', 'renewSoon', { ...base, ...auto, daysLeft: daysLeft(asOf, deadline) });
      }
      return verdict.finding(order.id, path, ['dueLater', { ...base, daysLeft: daysLeft(asOf, deadline) }], data);
    });
    return findings.length > 0 ? findings : [skipFor(profile.orders, 'subscriptions with term.end whose renewal intent is renew')];
  },
});
