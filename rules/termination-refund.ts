import { monthSpan, type MonthSpan } from '../src/model/calendar-months.js';
import { defineRule, formatBeijing, formatMoney, inclusiveEnd, paidAmount, roundToFen, scaleToFen, single, skipFor, sumMoney, toDecimalString, toRfc3339, mapIndexed, type Money, type Notice, type Order } from '../src/rule-kit.js';

const list = (ids: string[]) => ids.join(', ');
const unjudgedText = (ids: string[]) => (ids.length ? `; not judged for ${list(ids)} (needs term.start, term.end and a cash payment)` : '');

const messages = {
  due: (p: { notice: string; owed: Money; orders: string[]; effectiveAt: number; unjudged: string[] }) =>
    `Termination ${p.notice} takes effect at ${formatBeijing(p.effectiveAt)}: then ${formatMoney(p.owed)} of prepaid, unconsumed fees for ${list(p.orders)} is to be refunded to the account (§9.3.4; months served, part months by day, §9.3.3)${unjudgedText(p.unjudged)}.`,
  refunded: (p: { notice: string; owed: Money; refund: Money; orders: string[]; unjudged: string[] }) =>
    `Termination ${p.notice} records a refund of ${formatMoney(p.refund)}, at least the ${formatMoney(p.owed)} of prepaid, unconsumed fees owed for ${list(p.orders)} (§9.3.4, §9.3.3)${unjudgedText(p.unjudged)}.`,
  shortRefund: (p: { notice: string; owed: Money; refund: Money; orders: string[]; unjudged: string[] }) =>
    `Termination ${p.notice} records a refund of ${formatMoney(p.refund)}, ${formatMoney(p.owed - p.refund)} less than the ${formatMoney(p.owed)} of prepaid, unconsumed fees owed for ${list(p.orders)}: cash paid less the months served, part months by day (§9.3.4, §9.3.3)${unjudgedText(p.unjudged)}.`,
  noRefund: (p: { notice: string; owed: Money; orders: string[]; unjudged: string[] }) =>
    `Termination ${p.notice} has taken effect and records no refund, while ${formatMoney(p.owed)} of prepaid, unconsumed fees is owed for ${list(p.orders)} (§9.3.4, §9.3.3)${unjudgedText(p.unjudged)}.`,
  noData: (p: { notice: string; missing: string }) => `Termination ${p.notice}: the refund owed cannot be computed without ${p.missing}.`,
};

/** The cash owed back on one prepaid order ended at `end`: paid × (1 − served ÷ term), to the fen; undefined when the order lacks the facts. */
function owedFor(order: Order, end: number, asOf: number): { owed: Money; served: MonthSpan; term: MonthSpan } | undefined {
  const start = order.term?.start?.at;
  const termEnd = order.term?.end === undefined ? undefined : inclusiveEnd(order.term.end);
  const paid = paidAmount(order, asOf);
  if (start === undefined || termEnd === undefined || termEnd <= start || paid <= 0n) return undefined;
  const served = monthSpan(start, Math.min(Math.max(end, start), termEnd));
  const term = monthSpan(start, termEnd);
  // served ÷ term = (m₁ + d₁/D₁) ÷ (m₂ + d₂/D₂), exact; the refund is paid × (1 − that), rounded once.
  const num = BigInt(served.months * served.monthDays + served.days) * BigInt(term.monthDays);
  const den = BigInt(served.monthDays) * BigInt(term.months * term.monthDays + term.days);
  return { owed: num >= den ? 0n : scaleToFen(paid, den - num, den), served, term };
}

/** §9.3.4, §9.3.3: on termination the prepaid, unconsumed amount is refunded, months served counted with part months by day. */
export default defineRule({
  id: 'termination-refund',
  title: 'Terminations refund prepaid fees not yet consumed',
  clauses: ['9.3.4', '9.3.3'],
  description:
    'When the provider terminates, it refunds the prepaid fees not yet consumed to the account (§9.3.4 将您已预付但未消费的款项退还至您的阿里云账户), computing the service fee by the months actually served, part months by day (§9.3.3 按照实际提供服务月份计算（不足一个月的按天计）). For each `termination` notice that names the prepaid `orders` it ends, the refund owed is, per order, the cash paid × (1 − months served ÷ months of the term), where months run from `term.start` in calendar months and a part month counts its started days over that month\'s days; the sum is compared, to the fen, with the notice\'s `refund`. Vouchers, coupons and gifts are not cash and are never refunded (§3.5).',
  fix:
    'Claim the difference from the provider with the computation in the message (cash paid, months served, part months by day), and record the refund received as the notice\'s `refund`. Record `term.start`, `term.end` and `paid_amount`/`paid_at` of each ended order so the amount can be checked.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const subject = (n: Notice) => n.kind === 'termination' && n.orders !== undefined;
    if (!profile.notices?.some(subject)) return [skipFor(profile.notices, 'termination notices with orders')];
    const orders = new Map((profile.orders ?? []).map((o) => [o.id, o]));
    return mapIndexed(profile.notices, subject, (notice, index) => {
      const path = ['notices', index];
      const id = notice.id;
      const effective = notice.effective_at;
      if (effective === undefined) return single(messages, 'skip', id, path, 'noData', { notice: id, missing: 'effective_at' }, { reason: 'no data' });
      const results = (notice.orders ?? []).map((orderId) => ({ orderId, result: orders.has(orderId) ? owedFor(orders.get(orderId)!, effective.at, asOf) : undefined }));
      const judged = results.filter((r) => r.result !== undefined);
      const unjudged = results.filter((r) => r.result === undefined).map((r) => r.orderId);
      if (judged.length === 0) return single(messages, 'skip', id, path, 'noData', { notice: id, missing: 'term.start, term.end and a cash payment on any order it ends' }, { reason: 'no data' });
      const owed = sumMoney(judged.map((r) => r.result!.owed));
      const ids = judged.map((r) => r.orderId);
      const data: Record<string, unknown> = { owed: toDecimalString(owed), effectiveAt: toRfc3339(effective.at), unjudgedOrders: unjudged };
      const base = { notice: id, owed, orders: ids, unjudged };
      if (effective.at > asOf) return single(messages, 'pass', id, path, 'due', { ...base, effectiveAt: effective.at }, { ...data, dueAt: toRfc3339(effective.at), dueKind: 'refund-due', dueTurnsTo: 'warn' });
      const refund = notice.refund;
      if (refund === undefined) return single(messages, owed > 0n ? 'warn' : 'pass', id, path, owed > 0n ? 'noRefund' : 'refunded', { ...base, refund: 0n }, data);
      data.refund = toDecimalString(refund);
      if (roundToFen(refund) < roundToFen(owed)) return single(messages, 'warn', id, path, 'shortRefund', { ...base, refund: roundToFen(refund) }, { ...data, shortBy: toDecimalString(owed - roundToFen(refund)) });
      return single(messages, 'pass', id, path, 'refunded', { ...base, refund }, data);
    });
  },
});
