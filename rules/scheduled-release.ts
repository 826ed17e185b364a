import { defineRule } from '../src/engine/types.js';
import { single, skipFor } from '../src/engine/verdict.js';
import { backupsByResource, holdsData } from '../src/model/facts.js';
import { currentOrders } from '../src/model/lifecycle-facts.js';
import type { Backup, Order } from '../src/model/profile.js';
import { addDue } from '../src/engine/due.js';
import { daysLeft, formatBeijing, formatDays, toRfc3339 } from '../src/model/time.js';
import { mapIndexed } from '../src/rule-kit.js';

type Release = { order: string; release: number; daysLeft: number };
const releasedAt = (p: Release) => `${formatBeijing(p.release)} (${formatDays(p.daysLeft)} left)`;

const messages = {
  atRisk: (p: Release) =>
    `Order ${p.order}'s data is deleted at release at ${releasedAt(p)}: no enabled backup of its resource survives release (§6.3).`,
  backedUp: (p: Release) => `Order ${p.order} is released at ${releasedAt(p)}; an enabled backup of its resource survives release.`,
  noData: (p: Release) => `Order ${p.order} is released at ${releasedAt(p)}; it holds no customer data.`,
  noBackups: (p: Release) =>
    `Order ${p.order} is released at ${releasedAt(p)}, and the profile has no backups section, so whether its data survives is unknown.`,
  unknown: (p: Release) =>
    `Order ${p.order} is released at ${releasedAt(p)}; whether its backups are deleted with it is unknown (delete_with_resource is not given).`,
};

/** A backup that outlives the resource: not deleted with it, or with a copy in another account or off the platform. */
function survivesRelease(backup: Backup): boolean {
  return backup.delete_with_resource === false || (backup.copies ?? []).some((c) => c.account === 'other' || c.account === 'off-platform');
}

/** §6.3: a scheduled release deletes the resource's data unless a backup survives it. */
export default defineRule({
  id: 'scheduled-release',
  title: 'Scheduled releases do not take unbacked data with them',
  clauses: ['6.3'],
  description:
    "Releasing a service is an instruction to delete its data, which the provider follows and keeps nothing (§6.3). For each order with a scheduled `release_at` still to come, a data-holding resource needs an enabled backup that survives the release: one not deleted with the resource (`delete_with_resource: false`), or with a copy in another account or off the platform. This is the one rule that still judges orders with `status: released`.",
  fix:
    'Before `release_at`, make sure an enabled backup of the resource survives the release (`delete_with_resource: false`, or a copy in another account or off the platform), or cancel the scheduled release. Release deletes the data and the provider keeps nothing (§6.3).',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const all = profile.orders ?? [];
    const current = currentOrders(all, asOf);
    const subject = (o: Order) => o.release_at !== undefined && o.release_at.at > asOf && current.has(o);
    if (!all.some(subject)) return [skipFor(profile.orders, 'orders with release_at after the evaluation instant')];
    const byResource = backupsByResource(profile.backups ?? []);
    return mapIndexed(all, subject, (order, index) => {
      const path = ['orders', index];
      const release = order.release_at!.at;
      const params = { order: order.id, release, daysLeft: daysLeft(asOf, release) };
      const data: Record<string, unknown> = { releaseAt: toRfc3339(release), daysLeft: params.daysLeft };
      const atRelease = (kind: 'released' | 'data-deleted', turnsTo: 'warn' | 'fail') => addDue({ ...data }, asOf, { at: release, kind, turnsTo });
      if (!holdsData(order)) return single(messages, 'pass', order.id, path, 'noData', params, atRelease('released', 'warn'));
      if (profile.backups === undefined) return single(messages, 'skip', order.id, path, 'noBackups', params, { ...atRelease('data-deleted', 'warn'), reason: 'no data' });
      const backups = (order.resource === undefined ? undefined : byResource.get(order.resource))?.filter((b) => b.enabled) ?? [];
      if (backups.some(survivesRelease)) return single(messages, 'pass', order.id, path, 'backedUp', params, atRelease('released', 'warn'));
      if (backups.some((b) => b.delete_with_resource === undefined)) {
        return single(messages, 'skip', order.id, path, 'unknown', params, { ...atRelease('data-deleted', 'warn'), reason: 'no data' });
      }
      return single(messages, 'fail', order.id, path, 'atRisk', params, atRelease('data-deleted', 'fail'));
    });
  },
});
