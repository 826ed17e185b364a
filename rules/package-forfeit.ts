import { defineRule, type RuleFinding } from '../src/engine/types.js';
import { single, skipFor } from '../src/engine/verdict.js';
import { happened, lapsedUnpaid, placedBy } from '../src/model/facts.js';
import { formatUnits, packageState, unitsDecimal, unitsToHundredths, type PackageState } from '../src/model/lifecycle-facts.js';
import { formatMoney, scaleToFen, toDecimalString } from '../src/model/money.js';
import type { Order } from '../src/model/profile.js';
import type { YamlPath } from '../src/contract/report.js';
import { addDue } from '../src/engine/due.js';
import { DAY_MS, daysLeft, formatBeijing, formatDays, toRfc3339 } from '../src/model/time.js';
import { mapIndexed } from '../src/rule-kit.js';

const worth = (value: bigint | undefined) => (value === undefined ? '' : `, worth ${formatMoney(value)}`);

const messages = {
  forfeited: (p: { order: string; expiry: number | undefined; units: bigint; unit: string; value: bigint | undefined }) =>
    `Package ${p.order} ${p.expiry === undefined ? 'has expired' : `expired at ${formatBeijing(p.expiry)}`} and forfeited ${formatUnits(p.units, p.unit)} unused${worth(p.value)} (no replacement is provided).`,
  projected: (p: { order: string; expiry: number; daysLeft: number; since: number; used: bigint; left: bigint; unit: string; value: bigint | undefined }) =>
    `Package ${p.order} expires at ${formatBeijing(p.expiry)} (${formatDays(p.daysLeft)} left): at the rate used since ${formatBeijing(p.since)} (${formatUnits(p.used, p.unit)} so far), about ${formatUnits(p.left, p.unit)} will be left and forfeited${worth(p.value)}.`,
  allUsed: (p: { order: string }) => `Package ${p.order} has no unused units to forfeit.`,
  usedUp: (p: { order: string; used: bigint; quantity: bigint; unit: string }) =>
    `Package ${p.order} is used up (${formatUnits(p.used, p.unit)} of ${formatUnits(p.quantity, p.unit)}): its term has ended and nothing is left to forfeit (§9.1.2).`,
  lapsed: (p: { order: string }) => `Package ${p.order} was never paid and its order lapsed (§3.2.1): it never took effect, so nothing is forfeited.`,
  onTrack: (p: { order: string; expiry: number; daysLeft: number; since: number }) =>
    `Package ${p.order} expires at ${formatBeijing(p.expiry)} (${formatDays(p.daysLeft)} left); at the rate used since ${formatBeijing(p.since)} its units are used up by then.`,
  notSoon: (p: { order: string; expiry: number; daysLeft: number }) =>
    `Package ${p.order} expires at ${formatBeijing(p.expiry)} (${formatDays(p.daysLeft)} left).`,
  unknown: (p: { order: string; missing: string }) => `Package ${p.order}: forfeiture cannot be judged without ${p.missing}.`,
};

type Finding = RuleFinding<typeof messages>;

/** §9.1.3, §9.1.2: units of a resource package left at expiry are forfeited. */
export default defineRule({
  id: 'package-forfeit',
  title: 'Resource packages are used up before they expire',
  clauses: ['9.1.3', '9.1.2'],
  description:
    'A resource package serves until it expires or is used up, whichever comes first (§9.1.2); units not used by expiry are forfeited with no replacement (§9.1.3). The rule reports units already forfeited with their share of the price, and, for a fixed-total package expiring within `warn_days`, the units that the rate of use since payment (else since the order) leaves unused at expiry.',
  fix:
    'Before the expiry instant in the message, move usage that the package covers onto it, or accept the loss; units left at expiry are forfeited with no replacement (§9.1.3). Size the next package to the rate of use, and keep `package.used` current so the projection stays accurate.',
  options: (z) => z.strictObject({ warn_days: z.number().int().min(1).default(30) }),
  messages,
  check(profile, { asOf, options }) {
    const findings = mapIndexed(profile.orders, (o) => o.kind === 'resource-package' && o.status !== 'released' && placedBy(o, asOf), (order, index) => judge(order, ['orders', index], asOf, options.warn_days));
    return findings.length > 0 ? findings : [skipFor(profile.orders, 'resource packages')];
  },
});

/** The share of the price that `units` of the package are worth, rounded to the fen; undefined for a per-period quota or no price. */
function valueOf(order: Order, numerator: bigint, denominator: bigint): bigint | undefined {
  const total = (order.package?.period ?? 'total') === 'total';
  if (!total || order.amount === undefined || denominator === 0n) return undefined;
  return scaleToFen(order.amount, numerator, denominator);
}

function judge(order: Order, path: YamlPath, asOf: number, warnDays: number): Finding {
  if (lapsedUnpaid(order, asOf)) return single(messages, 'pass', order.id, path, 'lapsed', { order: order.id }, { lapsed: true });
  const state: PackageState = packageState(order, asOf);
  const { expiry, quantity, used, unit } = state;
  const data: Record<string, unknown> = expiry === undefined ? {} : { expiresAt: toRfc3339(expiry) };
  const skip = (missing: string) => single(messages, 'skip', order.id, path, 'unknown', { order: order.id, missing }, { ...data, reason: 'no data' });
  // Built only for a skip: most packages have both counts.
  const unitsMissing = () => [quantity === undefined ? 'package.quantity' : '', used === undefined ? 'package.used' : ''].filter(Boolean).join(' and ');
  if (state.expired) {
    if (quantity === undefined || used === undefined) return skip(unitsMissing());
    if (used >= quantity) return single(messages, 'pass', order.id, path, 'allUsed', { order: order.id }, data);
    const units = quantity - used;
    const value = valueOf(order, units, quantity);
    data.forfeitedUnits = unitsDecimal(units);
    if (value !== undefined) data.forfeitValue = toDecimalString(value);
    return single(messages, 'warn', order.id, path, 'forfeited', { order: order.id, expiry, units, unit, value }, data);
  }
  if (state.usedUp && (order.package?.period ?? 'total') === 'total') return single(messages, 'pass', order.id, path, 'usedUp', { order: order.id, used: used!, quantity: quantity!, unit }, data);
  if (expiry === undefined) return skip('package.expires_at');
  const base = { order: order.id, expiry, daysLeft: daysLeft(asOf, expiry) };
  data.daysLeft = base.daysLeft;
  const unused = quantity !== undefined && used !== undefined ? quantity - used : undefined;
  if (unused !== undefined) data.unitsLeft = unitsDecimal(unused > 0n ? unused : 0n);
  if (unused === undefined || unused > 0n) {
    const atStake = unused === undefined || quantity === undefined ? undefined : valueOf(order, unused, quantity);
    addDue(data, asOf, { at: expiry, kind: 'package-forfeited', turnsTo: 'warn', amount: atStake });
  }
  const period = order.package?.period ?? 'total';
  if (period !== 'total' || expiry >= asOf + warnDays * DAY_MS) return single(messages, 'pass', order.id, path, 'notSoon', base, data);
  if (quantity === undefined || used === undefined) return skip(unitsMissing());
  if (used >= quantity) return single(messages, 'pass', order.id, path, 'allUsed', { order: order.id }, data);
  const before = (w: typeof order.paid_at) => (happened(w, asOf) && w.at < asOf ? w.at : undefined);
  const since = before(order.paid_at) ?? before(order.placed_at);
  if (since === undefined || since >= asOf) return skip('a paid_at or placed_at before the evaluation instant to measure the rate of use from');
  // At the rate used / (T − S), use at expiry is used × (E − S) / (T − S); units left = (q × (T − S) − used × (E − S)) / (T − S).
  const elapsed = BigInt(asOf - since);
  const leftTimesElapsed = quantity * elapsed - used * BigInt(expiry - since);
  data.rateSince = toRfc3339(since);
  if (leftTimesElapsed <= 0n) return single(messages, 'pass', order.id, path, 'onTrack', { ...base, since }, data);
  const left = unitsToHundredths(leftTimesElapsed, elapsed);
  const value = valueOf(order, leftTimesElapsed, quantity * elapsed);
  data.projectedUnitsLeft = unitsDecimal(left);
  if (value !== undefined) data.projectedValue = toDecimalString(value);
  return single(messages, 'warn', order.id, path, 'projected', { ...base, since, used, left, unit, value }, data);
}
