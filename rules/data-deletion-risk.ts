import { defineRule, type RuleFinding } from '../src/engine/types.js';
import { single, skipFor } from '../src/engine/verdict.js';
import { expiryInstant, happened, holdsData, renewalPaid } from '../src/model/facts.js';
import { bufferFor, currentOrders, type AppliedBuffer } from '../src/model/lifecycle-facts.js';
import type { Order } from '../src/model/profile.js';
import type { YamlPath } from '../src/contract/report.js';
import { addDue } from '../src/engine/due.js';
import { DAY_MS, daysLeft, formatBeijing, formatDays, toRfc3339 } from '../src/model/time.js';
import { mapIndexed } from '../src/rule-kit.js';

/** Which buffer figure a deletion instant relies on (rules.md: a finding that relies on one says so). */
const bufferNote = (b: AppliedBuffer) =>
  b.isDefault
    ? `relying on a default ${b.days}-day buffer: no documented figure for ${b.product === undefined ? 'an order without a product' : `product ${b.product}`}`
    : `relying on the ${b.days}-day buffer for ${b.product} ${b.kind === 'payg' ? 'pay-as-you-go' : 'subscriptions'}`;

type Stop = { order: string; cause: 'expired' | 'overdue' | 'terminated'; since: number; deletion: number; buffer: AppliedBuffer };
const STOP_TEXT = { expired: 'expired at', overdue: 'has been overdue since', terminated: 'was terminated early at' } as const;
const stopText = (p: Stop) => `${STOP_TEXT[p.cause]} ${formatBeijing(p.since)}`;
const UNLESS = { expired: 'unless renewed', overdue: 'unless paid', terminated: 'whatever is paid now: copy it out first' } as const;

const messages = {
  deleted: (p: Stop) =>
    `Order ${p.order} ${stopText(p)}; its data was deleted irrecoverably at ${formatBeijing(p.deletion)} (${bufferNote(p.buffer)}).`,
  stopped: (p: Stop & { daysLeft: number }) =>
    `Order ${p.order} ${stopText(p)} and is stopped; its data is deleted irrecoverably at ${formatBeijing(p.deletion)} ${UNLESS[p.cause]} (${formatDays(p.daysLeft)} left; ${bufferNote(p.buffer)}).`,
  terminating: (p: { order: string; terminatedAt: number; daysLeft: number; deletion: number; buffer: AppliedBuffer }) =>
    `Order ${p.order} is terminated early at ${formatBeijing(p.terminatedAt)} (${formatDays(p.daysLeft)} left); the buffer then starts, and its data would be deleted irrecoverably at ${formatBeijing(p.deletion)} (${bufferNote(p.buffer)}, §6.4): copy it out first.`,
  expiredUndated: (p: { order: string; buffer: AppliedBuffer }) =>
    `Order ${p.order} has expired (status) and its data is deleted irrecoverably ${formatDays(p.buffer.days)} after expiry unless renewed; term.end is not in the profile, so the date is unknown (${bufferNote(p.buffer)}).`,
  expiring: (p: { order: string; expiry: number; daysLeft: number; deletion: number; buffer: AppliedBuffer }) =>
    `Order ${p.order} expires at ${formatBeijing(p.expiry)} (${formatDays(p.daysLeft)} left) with no paid renewal; its data would be deleted irrecoverably at ${formatBeijing(p.deletion)} (${bufferNote(p.buffer)}).`,
  renewed: (p: { order: string }) => `Order ${p.order}'s renewal is paid, so its data is kept.`,
  notSoon: (p: { order: string; expiry: number; daysLeft: number }) => `Order ${p.order} expires at ${formatBeijing(p.expiry)} (${formatDays(p.daysLeft)} left).`,
  notOverdue: (p: { order: string }) => `Order ${p.order} (pay-as-you-go) is not overdue.`,
  noTerm: (p: { order: string }) => `Order ${p.order} has no term.end, so when its data would be deleted is unknown.`,
};

type Finding = RuleFinding<typeof messages>;

/** §6.4, §6.5: data of an expired or overdue resource is deleted irrecoverably when the buffer period ends. */
export default defineRule({
  id: 'data-deletion-risk',
  title: 'Data is not lost to expiry or arrears',
  clauses: ['6.4', '6.5'],
  description:
    "When a subscription expires unrenewed or a pay-as-you-go resource goes into arrears, the provider keeps its data only for a buffer period set by the product's documents, then deletes it and every backup copy (§6.4); deleted data cannot be recovered (§6.5). The same holds from the effective instant of an early termination (§6.4 服务提前终止, recorded as `terminated_at`). For each data-holding, unreleased order the rule computes the deletion instant (an early termination's `terminated_at`, else expiry or `overdue_since`, plus the product's buffer days as a span of whole days) and warns when an unrenewed subscription expires, or an early termination takes effect, within `warn_days`.",
  fix:
    'Renew the subscription (record `renewal.paid_at`) or pay the overdue pay-as-you-go charges before the deletion instant in the message; data deleted after the buffer cannot be recovered (§6.5). If the resource is meant to end, copy its data out first.',
  options: (z) => z.strictObject({ warn_days: z.number().int().min(1).default(15) }),
  messages,
  check(profile, { asOf, options, bufferDays }) {
    const all = profile.orders ?? [];
    const current = currentOrders(all, asOf);
    const findings = mapIndexed(all, (o) => o.status !== 'released' && holdsData(o) && current.has(o), (order, index) => {
      const path = ['orders', index];
      const buffer = bufferFor(bufferDays, order);
      const data: Record<string, unknown> = { bufferDays: buffer.days, bufferDefault: buffer.isDefault, bufferSource: buffer.source };
      const termination = judgeTermination(order, path, asOf, buffer, data, options.warn_days);
      if (termination) return termination;
      return order.kind === 'payg' ? judgePayg(order, path, asOf, buffer, data) : judgeSubscription(order, path, asOf, buffer, data, options.warn_days);
    });
    return findings.length > 0 ? findings : [skipFor(profile.orders, 'data-holding, unreleased orders')];
  },
});

/** Fail once stopped: deleted at or after the deletion instant, else with the days left. */
function stopped(order: Order, path: YamlPath, asOf: number, stop: Stop, data: Record<string, unknown>): Finding {
  data.deletionAt = toRfc3339(stop.deletion);
  addDue(data, asOf, { at: stop.deletion, kind: 'data-deleted', turnsTo: 'fail' });
  if (asOf >= stop.deletion) return single(messages, 'fail', order.id, path, 'deleted', stop, data);
  data.daysLeft = daysLeft(asOf, stop.deletion);
  return single(messages, 'fail', order.id, path, 'stopped', { ...stop, daysLeft: daysLeft(asOf, stop.deletion) }, data);
}

/** An early termination (`terminated_at`, §9.3) before expiry starts the buffer from its effective instant (§6.4); undefined when there is none. */
function judgeTermination(order: Order, path: YamlPath, asOf: number, buffer: AppliedBuffer, data: Record<string, unknown>, warnDays: number): Finding | undefined {
  const terminated = order.terminated_at;
  const expiry = expiryInstant(order);
  if (terminated === undefined || (expiry !== undefined && terminated.at >= expiry)) return undefined; // at or after expiry: not early
  const deletion = terminated.at + buffer.days * DAY_MS;
  data.terminatedAt = toRfc3339(terminated.at);
  addDue(data, asOf, { at: terminated.at, kind: 'expires', turnsTo: 'fail' }, { at: deletion, kind: 'data-deleted', turnsTo: 'fail' });
  if (asOf >= terminated.at) return stopped(order, path, asOf, { order: order.id, cause: 'terminated', since: terminated.at, deletion, buffer }, data);
  if (terminated.at >= asOf + warnDays * DAY_MS) return undefined; // far off: judged as usual until it comes near
  data.deletionAt = toRfc3339(deletion);
  data.daysLeft = daysLeft(asOf, terminated.at);
  return single(messages, 'warn', order.id, path, 'terminating', { order: order.id, terminatedAt: terminated.at, daysLeft: daysLeft(asOf, terminated.at), deletion, buffer }, data);
}

function judgePayg(order: Order, path: YamlPath, asOf: number, buffer: AppliedBuffer, data: Record<string, unknown>): Finding {
  const overdue = order.overdue_since;
  if (!happened(overdue, asOf)) return single(messages, 'pass', order.id, path, 'notOverdue', { order: order.id }, data);
  data.overdueSince = toRfc3339(overdue.at);
  const stop: Stop = { order: order.id, cause: 'overdue', since: overdue.at, deletion: overdue.at + buffer.days * DAY_MS, buffer };
  addDue(data, asOf, { at: stop.deletion, kind: 'data-deleted', turnsTo: 'fail' });
  return stopped(order, path, asOf, stop, data);
}

function judgeSubscription(order: Order, path: YamlPath, asOf: number, buffer: AppliedBuffer, data: Record<string, unknown>, warnDays: number): Finding {
  if (renewalPaid(order, asOf)) return single(messages, 'pass', order.id, path, 'renewed', { order: order.id }, data);
  const expiry = expiryInstant(order);
  if (expiry === undefined) {
    if (order.status === 'expired') return single(messages, 'fail', order.id, path, 'expiredUndated', { order: order.id, buffer }, data);
    return single(messages, 'skip', order.id, path, 'noTerm', { order: order.id }, { ...data, reason: 'no data' });
  }
  data.expiresAt = toRfc3339(expiry);
  const deletion = expiry + buffer.days * DAY_MS;
  addDue(data, asOf, { at: expiry, kind: 'expires', turnsTo: 'fail', amount: order.renewal?.price }, { at: deletion, kind: 'data-deleted', turnsTo: 'fail' });
  if (asOf >= expiry) return stopped(order, path, asOf, { order: order.id, cause: 'expired', since: expiry, deletion, buffer }, data);
  data.daysLeft = daysLeft(asOf, expiry);
  const base = { order: order.id, expiry, daysLeft: daysLeft(asOf, expiry) };
  if (expiry >= asOf + warnDays * DAY_MS) return single(messages, 'pass', order.id, path, 'notSoon', base, data);
  data.deletionAt = toRfc3339(deletion);
  return single(messages, 'warn', order.id, path, 'expiring', { ...base, deletion, buffer }, data);
}
