import { DAY_MS, daysLeft, defineRule, formatBeijing, formatDays, formatMoney, happened, inclusiveEnd, single, skipFor, toDecimalString, toRfc3339, type Money } from '../src/rule-kit.js';

type Kind = 'voucher' | 'coupon' | 'gift' | 'credit';
interface Credit {
  credit: string;
  kind: Kind;
  amount: Money | undefined;
}
const worth = (p: Credit) => (p.amount === undefined ? '' : ` (${formatMoney(p.amount)})`);

const messages = {
  used: (p: Credit & { usedAt: number }) => `${p.kind[0]!.toUpperCase()}${p.kind.slice(1)} ${p.credit}${worth(p)} was used at ${formatBeijing(p.usedAt)}: it is a one-off offer, so nothing of it is left (§3.5).`,
  expired: (p: Credit & { expiry: number }) =>
    `${p.kind[0]!.toUpperCase()}${p.kind.slice(1)} ${p.credit}${worth(p)} expired unused at ${formatBeijing(p.expiry)}: it is lost, since vouchers, coupons and gifts are one-off offers that cannot be exchanged for cash or offset against prices otherwise (§3.5).`,
  expiring: (p: Credit & { expiry: number; daysLeft: number }) =>
    `${p.kind[0]!.toUpperCase()}${p.kind.slice(1)} ${p.credit}${worth(p)} expires at ${formatBeijing(p.expiry)} (${formatDays(p.daysLeft)} left) unused: use it before then; it is not cash and is not refunded (§3.5).`,
  valid: (p: Credit & { expiry: number; daysLeft: number }) => `${p.kind[0]!.toUpperCase()}${p.kind.slice(1)} ${p.credit}${worth(p)} is unused and expires at ${formatBeijing(p.expiry)} (${formatDays(p.daysLeft)} left).`,
  noExpiry: (p: Credit) => `${p.kind[0]!.toUpperCase()}${p.kind.slice(1)} ${p.credit}${worth(p)} is unused and has no expires_at, so when it lapses is not judged; it is not cash (§3.5).`,
};

/** §3.5: vouchers, coupons and gifts are one-off, expire, and are not cash. */
export default defineRule({
  id: 'credits',
  title: 'Vouchers, coupons and gifts are used before they expire',
  clauses: ['3.5'],
  description:
    'Gifts and offers are one-off special offers outside normal prices, and cannot be exchanged for cash or offset against prices (§3.5 一次性特别优惠 … 不可折价、冲抵服务价格). For each entry of `billing.credits`: one used (`used_at` at or before T) passes as spent; one whose `expires_at` (an inclusive end date) has passed unused warns that it is lost; one expiring within `warn_days` unused warns; otherwise it passes, stating its expiry. Credits never count as cash: `billing.balance` and `paid_amount` are cash only, so payg-balance, liability-cap and the termination refund ignore them.',
  fix:
    'Use an expiring credit on a bill or order before the instant in the message and record `used_at`; an expired one cannot be recovered or exchanged for cash. Do not count credits in `billing.balance`.',
  options: (z) => z.strictObject({ warn_days: z.number().int().min(1).default(30) }),
  messages,
  check(profile, { asOf, options }) {
    const all = profile.account.billing?.credits ?? [];
    if (all.length === 0) return [skipFor(profile.account.billing?.credits, 'billing.credits')];
    return all.map((credit, i) => {
      const path = ['account', 'billing', 'credits', i];
      const base: Credit = { credit: credit.id, kind: credit.kind ?? 'credit', amount: credit.amount };
      const data: Record<string, unknown> = credit.amount === undefined ? {} : { amount: toDecimalString(credit.amount) };
      if (happened(credit.used_at, asOf)) return single(messages, 'pass', credit.id, path, 'used', { ...base, usedAt: credit.used_at.at }, { ...data, usedAt: toRfc3339(credit.used_at.at) });
      if (credit.expires_at === undefined) return single(messages, 'pass', credit.id, path, 'noExpiry', base, data);
      const expiry = inclusiveEnd(credit.expires_at);
      data.expiresAt = toRfc3339(expiry);
      if (asOf >= expiry) return single(messages, 'warn', credit.id, path, 'expired', { ...base, expiry }, data);
      const left = daysLeft(asOf, expiry);
      if (expiry < asOf + options.warn_days * DAY_MS) return single(messages, 'warn', credit.id, path, 'expiring', { ...base, expiry, daysLeft: left }, { ...data, daysLeft: left, dueAt: toRfc3339(expiry), dueKind: 'expires', dueTurnsTo: 'warn' });
      const warnFrom = expiry - options.warn_days * DAY_MS;
      return single(messages, 'pass', credit.id, path, 'valid', { ...base, expiry, daysLeft: left }, { ...data, daysLeft: left, dueAt: toRfc3339(warnFrom), dueKind: 'expires-soon', dueTurnsTo: 'warn' });
    });
  },
});
