import { defineRule, type RuleFinding } from '../src/engine/types.js';
import { single, skipAccount } from '../src/engine/verdict.js';
import { holdsData, placedBy } from '../src/model/facts.js';
import type { YamlPath } from '../src/contract/report.js';

const list = (regions: string[]) => (regions.length === 0 ? 'none declared' : regions.join(', '));

/** What holds the data: an order, a backup copy (named by its resource) or a log store. */
type Holder = { holder: 'order' | 'backupCopy' | 'logStore'; name: string };
const WHAT: Record<Holder['holder'], (name: string) => string> = {
  order: (name) => `Order ${name}`,
  backupCopy: (name) => `A backup copy of ${name}`,
  logStore: (name) => `Log store ${name}`,
};

const messages = {
  inside: (p: Holder & { region: string }) => `${WHAT[p.holder](p.name)} stores data in ${p.region}, a declared data region.`,
  outside: (p: Holder & { region: string; regions: string[] }) =>
    `${WHAT[p.holder](p.name)} stores data in ${p.region}, outside the declared data regions (${list(p.regions)}); the data center is the customer's choice under §6.6.`,
};

type Finding = RuleFinding<typeof messages>;

/** §6.6: data-holding orders, backup copies on the platform, and log stores are in the declared data regions. */
export default defineRule({
  id: 'data-residency',
  title: 'Data stays in the chosen regions',
  clauses: ['6.6'],
  description:
    'The provider stores customer data in the data centers the customer chose (§6.6). Every data-holding order, every backup copy kept on the platform, and every log store that names a region must be in one of `account.data_regions`.',
  fix:
    'Move the resource, backup copy or log store to one of the declared regions; if the region was a deliberate choice, add it to `account.data_regions` instead.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const regions = profile.account.data_regions;
    if (regions === undefined) return [skipAccount('no data', 'account.data_regions')];
    const judge = (subject: string, path: YamlPath, holder: Holder['holder'], name: string, region: string): Finding => {
      const data = { region, dataRegions: regions };
      if (regions.includes(region)) return single(messages, 'pass', subject, path, 'inside', { holder, name, region }, data);
      return single(messages, 'fail', subject, path, 'outside', { holder, name, region, regions }, data);
    };
    const findings: Finding[] = [];
    const orders = profile.orders ?? [];
    for (let i = 0; i < orders.length; i++) {
      const order = orders[i]!;
      if (order.status === 'released' || !holdsData(order) || order.region === undefined || !placedBy(order, asOf)) continue;
      findings.push(judge(order.id, ['orders', i], 'order', order.id, order.region));
    }
    const backups = profile.backups ?? [];
    for (let i = 0; i < backups.length; i++) {
      const backup = backups[i]!;
      const copies = backup.copies ?? [];
      for (let j = 0; j < copies.length; j++) {
        const copy = copies[j]!;
        if (copy.account === 'off-platform' || copy.region === undefined) continue;
        findings.push(judge(backup.resource, ['backups', i, 'copies', j], 'backupCopy', backup.resource, copy.region));
      }
    }
    const stores = profile.log_retention ?? [];
    for (let i = 0; i < stores.length; i++) {
      const store = stores[i]!;
      if (store.region !== undefined) findings.push(judge(store.name, ['log_retention', i], 'logStore', store.name, store.region));
    }
    if (findings.length > 0) return findings;
    const anySection = profile.orders ?? profile.backups ?? profile.log_retention;
    return [skipAccount(anySection === undefined ? 'no data' : 'not applicable', 'orders, backup copies or log stores with a region')];
  },
});
