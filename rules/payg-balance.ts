import { placedBy } from '../src/model/facts.js';
import { defineRule } from '../src/engine/types.js';
import { single, skipFor } from '../src/engine/verdict.js';
import { formatMoney, roundToFen, toDecimalString } from '../src/model/money.js';
import { formatDays } from '../src/model/time.js';

const messages = {
  covered: (p: { balance: bigint; spend: bigint; days: number; runway: number }) =>
    `The cash balance ${formatMoney(p.balance)} covers ${formatDays(p.days)} of pay-as-you-go spend at ${formatMoney(p.spend)} a day (at least ${formatDays(p.runway)} wanted, §9.2).`,
  notDrawn: (p: { balance: bigint }) =>
    `The cash balance ${formatMoney(p.balance)} is not drawn on: no pay-as-you-go spend is recorded (${formatMoney(0n)} a day).`,
  short: (p: { balance: bigint; spend: bigint; days: number; runway: number; needed: bigint }) =>
    `The cash balance ${formatMoney(p.balance)} covers ${p.days === 0 ? 'less than a day' : formatDays(p.days)} of pay-as-you-go spend at ${formatMoney(p.spend)} a day, less than the ${formatDays(p.runway)} (${formatMoney(p.needed)}) wanted: top up to keep pay-as-you-go services running (§9.2).`,
  empty: (p: { balance: bigint; spend: bigint; runway: number; needed: bigint }) =>
    `The cash balance is ${formatMoney(p.balance)}: it covers no pay-as-you-go spend at ${formatMoney(p.spend)} a day, and ${formatDays(p.runway)} (${formatMoney(p.needed)}) are wanted: top up to keep pay-as-you-go services running (§9.2).`,
  inDebt: (p: { balance: bigint; spend: bigint; runway: number; needed: bigint }) =>
    `The cash balance is ${formatMoney(p.balance)}, below zero: it covers no pay-as-you-go spend at ${formatMoney(p.spend)} a day; pay the debt (the arrears rule reports it), then keep at least ${formatDays(p.runway)} of spend (${formatMoney(p.needed)}) in cash (§9.2).`,
  noData: (p: { missing: string[] }) =>
    `The pay-as-you-go runway cannot be judged: ${p.missing.join(' and ')} ${p.missing.length === 1 ? 'is' : 'are'} not in the profile.`,
};

/** §9.2: with pay-as-you-go services, the cash balance covers at least a few days of spend. */
export default defineRule({
  id: 'payg-balance',
  title: 'The cash balance covers pay-as-you-go spend',
  clauses: ['9.2'],
  description:
    'Pay-as-you-go services are charged to the account balance, which the customer must keep sufficient to go on using them (§9.2); the balance is cash only (§3.5). When the account has unreleased postpaid orders or a daily pay-as-you-go spend, the rule warns when the cash balance covers fewer than `runway_days` days of the average daily spend. Amounts are compared as shown, to the fen: the wanted runway is `runway_days` × the daily spend rounded to the fen. A balance at or below ¥0.00 covers no days; below zero the `arrears` rule reports the debt itself.',
  fix:
    'Top up the cash balance to at least the amount in the message (`runway_days` × `billing.payg_daily_spend`) and record the new `billing.balance`; vouchers, coupons and gifts do not count. If the balance is below zero, pay the debt first (see arrears).',
  options: (z) => z.strictObject({ runway_days: z.number().int().min(1).default(3) }),
  messages,
  check(profile, { asOf, options }) {
    const billing = profile.account.billing;
    const spend = billing?.payg_daily_spend;
    const balance = billing?.balance;
    const postpaid = (profile.orders ?? []).filter(
      (o) => o.status !== 'released' && placedBy(o, asOf) && (o.billing ?? (o.kind === 'payg' ? 'postpaid' : 'prepaid')) === 'postpaid',
    );
    if (postpaid.length === 0 && !(spend !== undefined && spend > 0n)) {
      return [skipFor(profile.orders ?? spend, 'postpaid orders or billing.payg_daily_spend above zero')];
    }
    const path = ['account'];
    if (balance === undefined || spend === undefined) {
      const missing = [balance === undefined ? 'billing.balance' : '', spend === undefined ? 'billing.payg_daily_spend' : ''].filter(Boolean);
      return [single(messages, 'skip', 'account', path, 'noData', { missing }, { reason: 'no data' })];
    }
    const runway = options.runway_days;
    // Compared as shown, to the fen (like every other rule): the balance and the daily spend rounded, the runway wanted is
    // runway × the rounded spend, so the day count shown always agrees with the status (shown < wanted ⇔ floor(shown / spend) < runway).
    const shownBalance = roundToFen(balance);
    const shownSpend = roundToFen(spend);
    const data: Record<string, unknown> = { balance: toDecimalString(balance), dailySpend: toDecimalString(spend), runwayDays: runway };
    const needed = BigInt(runway) * shownSpend;
    if (shownSpend === 0n && shownBalance >= 0n) return [single(messages, 'pass', 'account', path, 'notDrawn', { balance: shownBalance }, data)];
    const days = shownBalance <= 0n || shownSpend === 0n ? 0 : Number(shownBalance / shownSpend);
    data.coversDays = days;
    if (shownBalance >= needed) return [single(messages, 'pass', 'account', path, 'covered', { balance: shownBalance, spend: shownSpend, days, runway }, data)];
    data.needed = toDecimalString(needed);
    const short = { balance: shownBalance, spend: shownSpend, runway, needed };
    if (shownBalance < 0n) return [single(messages, 'warn', 'account', path, 'inDebt', short, data)]; // before any division: the spend may be ¥0.00
    if (shownBalance === 0n) return [single(messages, 'warn', 'account', path, 'empty', short, data)];
    return [single(messages, 'warn', 'account', path, 'short', { ...short, days }, data)];
  },
});
