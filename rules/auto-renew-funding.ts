import { defineRule, type RuleFinding } from '../src/engine/types.js';
import { single, skipFor, Verdict } from '../src/engine/verdict.js';
import { expiryInstant, renewalPaid } from '../src/model/facts.js';
import { currentOrders } from '../src/model/lifecycle-facts.js';
import { formatMoney, roundToFen, toDecimalString } from '../src/model/money.js';
import type { Order } from '../src/model/profile.js';
import type { YamlPath } from '../src/contract/report.js';
import { addDue } from '../src/engine/due.js';
import { DAY_MS, daysLeft, formatBeijing, formatDays, toRfc3339 } from '../src/model/time.js';

const expires = (p: { expiry: number; daysLeft: number }) => `${formatBeijing(p.expiry)} (${formatDays(p.daysLeft)} left)`;

const messages = {
  funded: (p: { order: string; expiry: number; daysLeft: number; balance: bigint; price: bigint }) =>
    `Order ${p.order} auto-renews before it expires at ${expires(p)}; the cash balance ${formatMoney(p.balance)} covers the renewal price ${formatMoney(p.price)}.`,
  failed: (p: { order: string; expiry: number; daysLeft: number }) =>
    `Order ${p.order}: the last auto-renew deduction failed; it expires at ${expires(p)} unless the renewal is paid.`,
  short: (p: { order: string; expiry: number; daysLeft: number; balance: bigint; price: bigint; shortfall: bigint }) =>
    `Order ${p.order} auto-renews before it expires at ${expires(p)}, but the cash balance ${formatMoney(p.balance)} is ${formatMoney(p.shortfall)} short of the renewal price ${formatMoney(p.price)} (vouchers, coupons and gifts are not cash).`,
  unknownFunding: (p: { order: string; expiry: number; daysLeft: number; missing: string[] }) =>
    `Order ${p.order} auto-renews before it expires at ${expires(p)}, but ${p.missing.join(' and ')} ${p.missing.length === 1 ? 'is' : 'are'} not in the profile, so its funding cannot be judged.`,
  noExpiry: (p: { order: string }) =>
    `Order ${p.order} has auto-renew on and its renewal unpaid, but no term.end, so its renewal window is unknown.`,
};

type Finding = RuleFinding<typeof messages>;

/** §3.2.2, §9.2: in the last days before expiry, an auto-renewing subscription has the cash to renew. */
export default defineRule({
  id: 'auto-renew-funding',
  title: 'Auto-renewing subscriptions have the cash to renew',
  clauses: ['3.2.2', '9.2'],
  description:
    'Auto-renew is not payment: the renewal must be paid before the term ends (§3.2.2), and the deduction is taken from the cash balance, which the customer must keep sufficient (§9.2). In the window before expiry, each subscription with auto-renew on and its renewal unpaid is checked for a failed last deduction and for a cash balance below the renewal price (vouchers, coupons and gifts are not cash, §3.5).',
  fix:
    'Top up the cash balance to at least the renewal price before the deduction is taken (vouchers, coupons and gifts do not count), or pay the renewal by hand and record `renewal.paid_at`. After a failed deduction, remove its cause and pay the renewal before the expiry instant in the message.',
  options: (z) => z.strictObject({ window_days: z.number().int().min(1).default(12) }),
  messages,
  check(profile, { asOf, options }) {
    const all = profile.orders ?? [];
    const current = currentOrders(all, asOf);
    const balance = profile.account.billing?.balance;
    const findings: Finding[] = [];
    for (let index = 0; index < all.length; index++) {
      const order = all[index]!;
      const inScope = order.kind === 'subscription' && order.status !== 'released' && current.has(order);
      if (!inScope || order.renewal?.auto !== true || renewalPaid(order, asOf)) continue;
      const path = ['orders', index];
      const expiry = expiryInstant(order);
      if (expiry === undefined) {
        findings.push(single(messages, 'skip', order.id, path, 'noExpiry', { order: order.id }, { reason: 'no data' }));
      } else if (asOf >= expiry - options.window_days * DAY_MS && asOf < expiry) {
        findings.push(judge(order, path, expiry, asOf, balance));
      }
    }
    if (findings.length === 0) return [skipFor(profile.orders, `subscriptions with auto-renew on and the renewal unpaid, within ${options.window_days} days of expiry`)];
    return findings;
  },
});

/** The finding for one subscription inside its renewal window. */
function judge(order: Order, path: YamlPath, expiry: number, asOf: number, balance: bigint | undefined): Finding {
  const base = { order: order.id, expiry, daysLeft: daysLeft(asOf, expiry) };
  const price = order.renewal?.price;
  const lastAttempt = order.renewal?.last_attempt;
  const data: Record<string, unknown> = addDue({ expiresAt: toRfc3339(expiry), daysLeft: base.daysLeft }, asOf, { at: expiry, kind: 'expires', turnsTo: 'fail', amount: price });
  if (lastAttempt !== undefined) data.lastAttempt = lastAttempt;
  if (balance !== undefined) data.balance = toDecimalString(balance);
  if (price !== undefined) data.renewalPrice = toDecimalString(price);
  const verdict = new Verdict(messages);
  if (lastAttempt === 'failed') verdict.add('warn', 'failed', base);
  if (balance === undefined || price === undefined) {
    if (verdict.clean) {
      const missing = [balance === undefined ? 'billing.balance' : '', price === undefined ? 'renewal.price' : ''].filter(Boolean);
      return single(messages, 'skip', order.id, path, 'unknownFunding', { ...base, missing }, { ...data, reason: 'no data' });
    }
    return verdict.finding(order.id, path, ['failed', base], data);
  }
  const shortfall = roundToFen(price) - roundToFen(balance);
  if (shortfall > 0n) {
    data.shortfall = toDecimalString(shortfall);
    verdict.add('warn', 'short', { ...base, balance, price, shortfall });
  }
  return verdict.finding(order.id, path, ['funded', { ...base, balance, price }], data);
}
