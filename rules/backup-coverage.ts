import { defineRule } from '../src/engine/types.js';
import { single, skipAccount, skipFor, Verdict } from '../src/engine/verdict.js';
import { backupsByResource, holdsData, placedBy } from '../src/model/facts.js';
import type { Order } from '../src/model/profile.js';
import { mapIndexed } from '../src/rule-kit.js';

const messages = {
  covered: (p: { order: string; resource: string }) => `Order ${p.order}: resource ${p.resource} has an enabled backup.`,
  uncovered: (p: { order: string; resource: string }) =>
    `Order ${p.order}: resource ${p.resource} holds data but has no backup policy; backing up your data is your duty (§4.7).`,
  disabled: (p: { order: string; resource: string }) =>
    `Order ${p.order}: the backup policy of resource ${p.resource} is disabled; backing up your data is your duty (§4.7).`,
  noResource: (p: { order: string }) => `Order ${p.order} holds data but names no resource, so its backup cannot be matched.`,
};

/** §4.7: every data-holding subscription or pay-as-you-go resource has an enabled backup. */
export default defineRule({
  id: 'backup-coverage',
  title: 'Data-holding resources are backed up',
  clauses: ['4.7'],
  description:
    'Backing up data is the customer\'s duty (§4.7): the provider may offer backup tools, but the customer must operate them. Each unreleased subscription or pay-as-you-go order placed by T whose resource holds data needs an enabled backup policy in `backups` for its `resource`.',
  fix:
    'Create and enable a backup policy for the resource (the product\'s automatic backup or snapshots), or re-enable a disabled one, and list it in `backups` under the order\'s `resource`.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const placed = (o: Order) => placedBy(o, asOf);
    const subject = (o: Order) => o.status !== 'released' && o.kind !== 'resource-package' && holdsData(o) && placed(o);
    if (!profile.orders?.some(subject)) return [skipFor(profile.orders, 'data-holding subscription or pay-as-you-go orders')];
    if (profile.backups === undefined) return [skipAccount('no data', 'backups')];
    const backups = backupsByResource(profile.backups);
    return mapIndexed(profile.orders, subject, (order, index) => {
      const path = ['orders', index];
      const resource = order.resource;
      if (resource === undefined) return single(messages, 'skip', order.id, path, 'noResource', { order: order.id }, { reason: 'no data' });
      const policies = backups.get(resource) ?? [];
      const verdict = new Verdict(messages);
      if (policies.length === 0) verdict.add('fail', 'uncovered', { order: order.id, resource });
      else if (!policies.some((b) => b.enabled)) verdict.add('fail', 'disabled', { order: order.id, resource });
      return verdict.finding(order.id, path, ['covered', { order: order.id, resource }], { resource });
    });
  },
});
