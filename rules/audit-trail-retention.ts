import { defineRule } from '../src/engine/types.js';
import { single, skipAccount, Verdict } from '../src/engine/verdict.js';
import { mapIndexed } from '../src/rule-kit.js';

const messages = {
  disabled: (p: { store: string }) => `Audit trail store ${p.store} is disabled: operations on the account are not being recorded.`,
  tooShort: (p: { store: string; days: number }) =>
    `Audit trail store ${p.store} keeps logs ${p.days} days, 180 or fewer: keep them at least six months (181 to 184 days by start date, Cybersecurity Law art. 21); the trail's own default keeps only 90 days.`,
  short: (p: { store: string; days: number }) =>
    `Audit trail store ${p.store} keeps logs ${p.days} days, short of six calendar months for some start dates: keep them at least 184 days.`,
  ok: (p: { store: string; days: number }) =>
    `Audit trail store ${p.store} keeps logs ${p.days === -1 ? 'forever' : `${p.days} days`}, at least six months.`,
  noRetention: (p: { store: string }) => `Audit trail store ${p.store} gives no retention_days, so its retention was not judged.`,
  noStore: () =>
    'log_retention lists no audit-trail store: record the account\'s operations (ActionTrail) in a store kept at least six months, so a leaked credential\'s use can be traced (§4.5).',
};

/** §4.6, §4.5: the account's operation audit trail is kept at least six months. */
export default defineRule({
  id: 'audit-trail-retention',
  title: 'The operation audit trail is kept six months',
  clauses: ['4.6', '4.5'],
  description:
    'The customer answers for its credentials (§4.5) and must keep the logs the law requires (§4.6; Cybersecurity Law art. 21 asks for at least six months). For each `audit-trail` log store: disabled, or `retention_days` 180 or less, fails (the trail\'s own default keeps 90 days); 181 to 183 warns (six calendar months are 181 to 184 days); `-1` (kept forever) passes. A `log_retention` list with no audit-trail store warns on the account.',
  fix:
    'Enable the operation audit trail (ActionTrail) and deliver it to a store that keeps events at least 184 days (or -1, forever); the trail\'s own 90 days is not enough. Record that store in `log_retention` with `kind: audit-trail`, `enabled: true` and its `retention_days`.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile) {
    const stores = profile.log_retention;
    if (stores === undefined) return [skipAccount('no data', 'log_retention')];
    const findings = mapIndexed(stores, (store) => store.kind === 'audit-trail', (store, index) => {
      const path = ['log_retention', index];
      const days = store.retention_days;
      const verdict = new Verdict(messages);
      if (!store.enabled) verdict.add('fail', 'disabled', { store: store.name });
      if (days !== undefined && days !== -1 && days <= 180) verdict.add('fail', 'tooShort', { store: store.name, days });
      if (days !== undefined && days >= 181 && days <= 183) verdict.add('warn', 'short', { store: store.name, days });
      const data = { enabled: store.enabled, retentionDays: days ?? null };
      if (days === undefined && verdict.clean) return single(messages, 'skip', store.name, path, 'noRetention', { store: store.name }, { ...data, reason: 'no data' });
      // Reaching a pass means retention_days is given (an absent one skips above or sits beside a fail).
      return verdict.finding(store.name, path, ['ok', { store: store.name, days: days ?? -1 }], data);
    });
    return findings.length > 0 ? findings : [single(messages, 'warn', 'account', ['log_retention'], 'noStore', undefined, { auditTrailStores: 0 })];
  },
});
