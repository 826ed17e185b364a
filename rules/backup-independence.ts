import { defineRule } from '../src/engine/types.js';
import { skipFor, Verdict } from '../src/engine/verdict.js';
import { expiryInstant, happened, latestOrderByResource, renewalPaid } from '../src/model/facts.js';
import type { Backup, Order } from '../src/model/profile.js';
import { addDue } from '../src/engine/due.js';
import { formatBeijing, toRfc3339 } from '../src/model/time.js';
import { mapIndexed } from '../src/rule-kit.js';

/** Why a resource's data is on the way to deletion (clause 6.4), if it is. */
interface Risk {
  state: 'expired' | 'overdue' | 'stopped' | 'release';
  /** The instant it began (release: is scheduled), when the profile dates it. */
  since?: number;
}

/** The data key for the instant of each state. */
const SINCE_KEY = { expired: 'expiredAt', overdue: 'overdueSince', stopped: 'stoppedAt', release: 'releaseAt' } as const;

/** How a resource's state reads in a message. */
function riskText(r: Risk): string {
  if (r.state === 'release') return `is scheduled for release at ${formatBeijing(r.since!)}`;
  return r.since === undefined ? `is ${r.state}` : `has been ${r.state} since ${formatBeijing(r.since)}`;
}

const messages = {
  independent: (p: { resource: string; where: 'other' | 'off-platform' }) =>
    `Backup of ${p.resource} has a copy ${p.where === 'other' ? 'in another account' : 'off-platform'}: this pass relies on that copy as recorded in copies (the rule cannot see whether it is current or restorable).`,
  noCopy: (p: { resource: string }) =>
    `Backup of ${p.resource} has no copy in another account or off-platform: on expiry or arrears the provider deletes backups with the data (§6.4, §6.5).`,
  deleteWithResource: (p: { resource: string }) => `Backup of ${p.resource} is deleted with the resource (delete_with_resource: true).`,
  atRisk: (p: { resource: string; state: Risk['state']; since?: number }) =>
    `Resource ${p.resource} ${riskText(p)}, and its backup has no copy in another account or off-platform and is deleted with the resource: the data and its backups will be deleted together, irrecoverably (§6.4, §6.5).`,
};

/** The state that puts a resource's data, and same-account backups, on the way to deletion at T. */
function riskOf(order: Order | undefined, asOf: number): Risk | undefined {
  if (order === undefined) return undefined;
  const expiry = expiryInstant(order);
  if (expiry !== undefined && asOf >= expiry && !renewalPaid(order, asOf)) return { state: 'expired', since: expiry };
  if (expiry === undefined && order.status === 'expired') return { state: 'expired' };
  if (happened(order.overdue_since, asOf)) return { state: 'overdue', since: order.overdue_since.at };
  if (order.status === 'stopped') return { state: 'stopped' };
  if (order.release_at) return { state: 'release', since: order.release_at.at };
  return undefined;
}

/** §4.7, §6.4, §6.5: each enabled backup has a copy that survives the resource's deletion. */
export default defineRule({
  id: 'backup-independence',
  title: 'Backups survive the resource',
  clauses: ['4.7', '6.4', '6.5'],
  description:
    'When a service expires, is left in arrears or is released, the provider deletes the customer\'s data after a buffer period, cached and backup copies included, irrecoverably (§6.4, §6.5). Backing up is the customer\'s duty (§4.7), so a backup should have a copy in another account or off the platform and should not be deleted with the resource.',
  fix:
    'Copy the backup to another account or off the platform, and stop automatic snapshots from being deleted with the resource; record them as `copies` with `account: other` or `off-platform` and `delete_with_resource: false`. On a fail do this first, then renew or pay the resource before its buffer ends: the provider deletes same-account backups together with the data.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const isEnabled = (b: Backup) => b.enabled;
    if (!profile.backups?.some(isEnabled)) return [skipFor(profile.backups, 'enabled backups')];
    const orders = latestOrderByResource(profile.orders ?? [], asOf);
    return mapIndexed(profile.backups, isEnabled, (backup, index) => {
      const resource = backup.resource;
      const path = ['backups', index];
      const copy = (backup.copies ?? []).find((c) => c.account === 'other' || c.account === 'off-platform');
      const independent = copy !== undefined;
      const deletedWithResource = backup.delete_with_resource === true;
      const risk = riskOf(orders.get(resource), asOf);
      const data: Record<string, unknown> = { independentCopy: independent, deleteWithResource: backup.delete_with_resource ?? null };
      if (risk) data.resourceState = risk.state;
      if (risk?.since !== undefined) data[SINCE_KEY[risk.state]] = toRfc3339(risk.since);
      const verdict = new Verdict(messages);
      if (!independent && deletedWithResource && risk) {
        verdict.add('fail', 'atRisk', { resource, state: risk.state, since: risk.since });
        if (risk.state === 'release') addDue(data, asOf, { at: risk.since!, kind: 'data-deleted', turnsTo: 'fail' });
      } else {
        if (!independent) verdict.add('warn', 'noCopy', { resource });
        if (deletedWithResource) verdict.add('warn', 'deleteWithResource', { resource });
      }
      return verdict.finding(resource, path, ['independent', { resource, where: copy?.account === 'other' ? 'other' : 'off-platform' }], data);
    });
  },
});
