import { z } from 'zod';
import { placedBy } from '../src/model/facts.js';
import { defineRule } from '../src/engine/types.js';
import { single, skipFor } from '../src/engine/verdict.js';
import { formatMoney, toDecimalString } from '../src/model/money.js';
import { formatDays } from '../src/model/time.js';

/** How long the balance lasts, in words: none at or below zero, "less than a day" below one day's spend. */
const covers = (balance: bigint, days: number) => (balance <= 0n ? 'no days' : days === 0 ? 'less than a day' : formatDays(days));

const messages = {
  covered: (p: { balance: bigint; spend: bigint; days: number | undefined; runway: number }) =>
    p.days === undefined
      ? `The cash balance ${formatMoney(p.balance)} is not drawn on: no pay-as-you-go spend is recorded (¥0.00 a day).`
      : `The cash balance ${formatMoney(p.balance)} covers ${formatDays(p.days)} of pay-as-you-go spend at ${formatMoney(p.spend)} a day (at least ${formatDays(p.runway)} wanted).`,
  short: (p: { balance: bigint; spend: bigint; days: number; runway: number; needed: bigint }) =>
    `The cash balance ${formatMoney(p.balance)} covers ${covers(p.balance, p.days)} of pay-as-you-go spend at ${formatMoney(p.spend)} a day, less than the ${formatDays(p.runway)} (${formatMoney(p.needed)}) wanted. Top up to keep pay-as-you-go services running${p.balance < 0n ? ' (the arrears rule reports the debt)' : ''}.`,
  noData: (p: { missing: string[] }) =>
    `The pay-as-you-go runway cannot be judged: ${p.missing.join(' and ')} ${p.missing.length === 1 ? 'is' : 'are'} not in the profile.`,
};

/** §9.2: with pay-as-you-go services, the cash balance covers at least a few days of spend. */
export default defineRule({
  id: 'payg-balance',
  title: 'The cash balance covers pay-as-you-go spend',
  clauses: ['9.2'],
  description:
    'Pay-as-you-go services are charged to the account balance, which the customer must keep sufficient to go on using them (§9.2); the balance is cash only (§3.5). When the account has unreleased postpaid orders or a daily pay-as-you-go spend, the rule warns when the cash balance covers fewer than `runway_days` days of the average daily spend. A balance at or below zero covers no days; the `arrears` rule reports the debt itself.',
  fix:
    'Top up the cash balance to at least the amount in the message (`runway_days` × `billing.payg_daily_spend`) and record the new `billing.balance`; vouchers, coupons and gifts do not count. If the balance is below zero, pay the debt first (see arrears).',
  options: z.strictObject({ runway_days: z.number().int().min(1).default(3) }),
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
    const needed = BigInt(runway) * spend;
    // Exact comparison, so that the day count shown always agrees with the status: balance < needed ⇔ floor(balance / spend) < runway.
    const days = spend === 0n ? undefined : balance <= 0n ? 0 : Number(balance / spend);
    const data: Record<string, unknown> = { balance: toDecimalString(balance), dailySpend: toDecimalString(spend), runwayDays: runway };
    if (days !== undefined) data.coversDays = days;
    if (balance < needed) {
      data.needed = toDecimalString(needed);
      return [single(messages, 'warn', 'account', path, 'short', { balance, spend, days: days ?? 0, runway, needed }, data)];
    }
    return [single(messages, 'pass', 'account', path, 'covered', { balance, spend, days, runway }, data)];
  },
});
