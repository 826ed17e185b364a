import { billStanding, defineRule, formatBeijing, formatMoney, overdueFrom, placedBy, roundToFen, single, skipFor, sumMoney, toDecimalString, toRfc3339, mapIndexed, type Money, type Order, type Profile } from '../src/rule-kit.js';

interface Dues {
  /** Overdue bills with principal outstanding at the instant, by id. */
  bills: string[];
  /** The debt of a negative cash balance (shown to the fen), 0 when none. */
  balanceDebt: Money;
  total: Money;
}

const duesText = (p: Dues) =>
  [p.bills.length ? `overdue bill${p.bills.length === 1 ? '' : 's'} ${p.bills.join(', ')}` : '', p.balanceDebt > 0n ? `a negative cash balance of -${formatMoney(p.balanceDebt)}` : ''].filter(Boolean).join(' and ');

const messages = {
  inUseWhileUnpaid: (p: Dues & { order: string }) =>
    `Pay-as-you-go order ${p.order} is in use while ${formatMoney(p.total)} is unpaid (${duesText(p)}): pay-as-you-go services are usable only when no other amounts are unpaid (§9.2 除非…您未结清其他应付款项), so the provider may withhold this one until they are paid.`,
  openedWhileUnpaid: (p: Dues & { order: string; placedAt: number }) =>
    `Pay-as-you-go order ${p.order} was opened at ${formatBeijing(p.placedAt)} while ${formatMoney(p.total)} was overdue (${duesText(p)}): §9.2 makes opening a pay-as-you-go service conditional on other amounts being paid.`,
  clear: (p: { order: string }) => `Pay-as-you-go order ${p.order}: no other amount is overdue, so nothing stands in the way of using it (§9.2).`,
};

/** Overdue bills at an instant (principal outstanding after the due date). */
function overdueBills(profile: Profile, at: number): { ids: string[]; total: Money } {
  const ids: string[] = [];
  let total: Money = 0n;
  for (const bill of profile.account.billing?.bills ?? []) {
    if (at < overdueFrom(bill)) continue; // not overdue yet: its standing is not needed
    const outstanding = billStanding(bill, at).outstanding;
    if (outstanding > 0n) {
      ids.push(bill.id);
      total += outstanding;
    }
  }
  return { ids, total };
}

/** True for an order billed after use (pay-as-you-go). */
const isPostpaid = (o: Order) => (o.billing ?? (o.kind === 'payg' ? 'postpaid' : 'prepaid')) === 'postpaid';

/** §9.2: pay-as-you-go services are usable unless other amounts are unpaid. */
export default defineRule({
  id: 'payg-unpaid-dues',
  title: 'Pay-as-you-go is not used while other amounts are unpaid',
  clauses: ['9.2'],
  description:
    'A postpaid service can be used once opened "unless otherwise agreed or other amounts payable are unpaid" (§9.2 除非另有其他约定或您未结清其他应付款项的). For each unreleased postpaid order placed by T, the rule warns when, at T, a bill is overdue with principal outstanding or the cash balance is below zero (compared to the fen); and when the order was opened (`placed_at`) while a bill was already overdue and unpaid. Otherwise it passes. A negative balance counts only at T: its history is not in the profile.',
  fix:
    'Pay the overdue bills and clear a negative balance (see arrears); then the pay-as-you-go services are no longer at risk of being withheld. Open new pay-as-you-go services only when nothing is overdue.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const subject = (o: Order) => isPostpaid(o) && o.status !== 'released' && placedBy(o, asOf);
    if (!profile.orders?.some(subject)) return [skipFor(profile.orders, 'postpaid orders')];
    const billing = profile.account.billing;
    if (billing?.bills === undefined && billing?.balance === undefined) return [skipFor(undefined, 'billing.bills or billing.balance')];
    const now = overdueBills(profile, asOf);
    const shownBalance = roundToFen(billing?.balance ?? 0n);
    const balanceDebt = shownBalance < 0n ? -shownBalance : 0n;
    const dues: Dues = { bills: now.ids, balanceDebt, total: now.total + balanceDebt };
    return mapIndexed(profile.orders, subject, (order, index) => {
      const path = ['orders', index];
      const id = order.id;
      const data: Record<string, unknown> = { unpaid: toDecimalString(dues.total), overdueBills: dues.bills };
      if (dues.total > 0n) return single(messages, 'warn', id, path, 'inUseWhileUnpaid', { order: id, ...dues }, data);
      if (order.placed_at !== undefined) {
        const then = overdueBills(profile, order.placed_at.at);
        if (then.total > 0n) {
          const past = { order: id, placedAt: order.placed_at.at, bills: then.ids, balanceDebt: 0n, total: then.total };
          return single(messages, 'warn', id, path, 'openedWhileUnpaid', past, { ...data, placedAt: toRfc3339(order.placed_at.at), overdueAtOpening: toDecimalString(then.total) });
        }
      }
      return single(messages, 'pass', id, path, 'clear', { order: id }, data);
    });
  },
});
