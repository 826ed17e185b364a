import { defineRule, type RuleFinding } from '../src/engine/types.js';
import { single, skipFor } from '../src/engine/verdict.js';
import { balanceLateFee, billStanding } from '../src/model/late-fee.js';
import { happened } from '../src/model/facts.js';
import { formatMoney, roundToFen, toDecimalString, type Money } from '../src/model/money.js';
import type { Bill } from '../src/model/profile.js';
import { addDue } from '../src/engine/due.js';
import { daysLeft, formatBeijing, formatDays, toRfc3339 } from '../src/model/time.js';


interface Exposure {
  bill: string;
  since: number;
  fee: Money;
  days: number;
}
const exposure = (p: Exposure) => `late-fee exposure ${formatMoney(p.fee)} (0.05% a day, ${formatDays(p.days)})`;

const messages = {
  overdue: (p: Exposure & { outstanding: Money }) =>
    `Bill ${p.bill}: ${formatMoney(p.outstanding)} overdue since ${formatBeijing(p.since)}; ${exposure(p)}.`,
  paidLate: (p: Exposure & { paidAt: number }) =>
    `Bill ${p.bill} was paid in full at ${formatBeijing(p.paidAt)}, ${p.paidAt === p.since ? 'the instant it fell overdue' : `after it fell overdue at ${formatBeijing(p.since)}`}; ${exposure(p)}.`,
  paidOnTime: (p: { bill: string }) => `Bill ${p.bill} was paid in full by its due date.`,
  nothingDue: (p: { bill: string }) => `Bill ${p.bill} is for ${formatMoney(0n)}; nothing is due.`,
  notDue: (p: { bill: string; outstanding: Money; payBy: number; daysLeft: number }) =>
    `Bill ${p.bill} is not yet due: ${formatMoney(p.outstanding)} to pay by ${formatBeijing(p.payBy)} (${formatDays(p.daysLeft)} left).`,
  inArrears: (p: { balance: Money }) => `The account is in arrears by ${formatMoney(-p.balance)}.`,
  inArrearsSince: (p: { balance: Money; since: number; fee: Money; days: number }) =>
    `The account is in arrears by ${formatMoney(-p.balance)} since ${formatBeijing(p.since)}; late-fee exposure ${formatMoney(p.fee)} (0.05% a day, ${formatDays(p.days)}, on the debt as it stands now).`,
  inCredit: (p: { balance: Money }) => `The account's cash balance is ${formatMoney(p.balance)}.`,
};

type Finding = RuleFinding<typeof messages>;

/** One bill's finding at T. */
function judgeBill(bill: Bill, index: number, asOf: number): Finding {
  const path = ['account', 'billing', 'bills', index];
  const s = billStanding(bill, asOf);
  const money = { outstanding: toDecimalString(s.outstanding) };
  if (bill.amount === 0n) return single(messages, 'pass', bill.id, path, 'nothingDue', { bill: bill.id }, money);
  if (s.unpaidAtDue === 0n) return single(messages, 'pass', bill.id, path, 'paidOnTime', { bill: bill.id }, money);
  if (asOf < s.overdueAt) {
    const left = daysLeft(asOf, s.overdueAt);
    const params = { bill: bill.id, outstanding: s.outstanding, payBy: s.overdueAt, daysLeft: left };
    return single(messages, 'pass', bill.id, path, 'notDue', params, addDue({ ...money, payBy: toRfc3339(s.overdueAt), daysLeft: left }, asOf, { at: s.overdueAt, kind: 'pay-by', turnsTo: 'fail', amount: s.outstanding }));
  }
  const facts = { bill: bill.id, since: s.overdueAt, fee: s.lateFee, days: s.days };
  const data = { overdueSince: toRfc3339(s.overdueAt), ...money, lateFee: toDecimalString(s.lateFee), days: s.days };
  if (s.outstanding > 0n) return single(messages, 'fail', bill.id, path, 'overdue', { ...facts, outstanding: s.outstanding }, data);
  const paidAt = s.paidInFullAt!; // nothing outstanding of a non-zero bill: some payment covered it
  return single(messages, 'warn', bill.id, path, 'paidLate', { ...facts, paidAt }, { ...data, paidAt: toRfc3339(paidAt) });
}

/** §3.4: overdue bills accrue a late fee of 0.05% a day; a negative cash balance is arrears. */
export default defineRule({
  id: 'arrears',
  title: 'Bills are paid by their due date',
  clauses: ['3.4'],
  description:
    'The provider may withhold or end service while fees are unpaid and may charge 0.05% of the arrears per day as a late fee (§3.4). Each bill paid after its due date, or still unpaid, is reported with its late-fee exposure: for each Beijing day after the due date up to the day of the evaluation, 0.05% of the principal outstanding at 00:00 that day. A negative cash balance is reported as arrears on the account; with `billing.overdue_since` (when the balance went below zero), its late-fee exposure too: 0.05% of the current debt for each Beijing day that began with the account in arrears, up to the day of the evaluation (the debt\'s history is not in the profile, so the current debt stands for every day).',
  fix:
    'Pay each overdue bill\'s outstanding principal now and record the payment under the bill\'s `payments` (`amount`, `paid_at`): the late fee of 0.05% a day stops growing from the day after the payment. Clear a negative `billing.balance` with a top-up of at least the amount shown; a bill already paid late needs no action beyond expecting the fee shown.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const billing = profile.account.billing;
    const findings: Finding[] = (billing?.bills ?? []).map((bill, i) => judgeBill(bill, i, asOf));
    const balance = billing?.balance;
    if (balance !== undefined) {
      const path = ['account', 'billing', 'balance'];
      const data = { balance: toDecimalString(balance) };
      const negative = roundToFen(balance) < 0n; // compared as shown, to the fen
      const since = billing?.overdue_since;
      if (negative && happened(since, asOf)) {
        const fee = balanceLateFee(-balance, since.at, asOf);
        const feeData = { ...data, overdueSince: toRfc3339(since.at), lateFee: toDecimalString(fee.lateFee), days: fee.days };
        findings.push(single(messages, 'fail', 'account', path, 'inArrearsSince', { balance, since: since.at, fee: fee.lateFee, days: fee.days }, feeData));
      } else {
        findings.push(single(messages, negative ? 'fail' : 'pass', 'account', path, negative ? 'inArrears' : 'inCredit', { balance }, data));
      }
    }
    return findings.length > 0 ? findings : [skipFor(billing?.bills, 'billing.bills or billing.balance')];
  },
});
