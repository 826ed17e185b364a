import { defineRule, type RuleFinding } from '../src/engine/types.js';
import { skipAccount, Verdict } from '../src/engine/verdict.js';
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
    const judge = (subject: string, path: YamlPath, what: Holder, region: string): Finding => {
      const verdict = new Verdict(messages);
      if (!regions.includes(region)) verdict.add('fail', 'outside', { ...what, region, regions });
      return verdict.finding(subject, path, ['inside', { ...what, region }], { region, dataRegions: regions });
    };
    const findings: Finding[] = [];
    (profile.orders ?? []).forEach((order, i) => {
      if (order.status === 'released' || !holdsData(order) || order.region === undefined) return;
      if (!placedBy(order, asOf)) return;
      findings.push(judge(order.id, ['orders', i], { holder: 'order', name: order.id }, order.region));
    });
    (profile.backups ?? []).forEach((backup, i) => {
      (backup.copies ?? []).forEach((copy, j) => {
        if (copy.account === 'off-platform' || copy.region === undefined) return;
        findings.push(judge(backup.resource, ['backups', i, 'copies', j], { holder: 'backupCopy', name: backup.resource }, copy.region));
      });
    });
    (profile.log_retention ?? []).forEach((store, i) => {
      if (store.region === undefined) return;
      findings.push(judge(store.name, ['log_retention', i], { holder: 'logStore', name: store.name }, store.region));
    });
    if (findings.length > 0) return findings;
    const anySection = profile.orders ?? profile.backups ?? profile.log_retention;
    return [skipAccount(anySection === undefined ? 'no data' : 'not applicable', 'orders, backup copies or log stores with a region')];
  },
});
