import { defineRule } from '../src/engine/types.js';
import { single, skipFor, Verdict } from '../src/engine/verdict.js';
import type { LogStore } from '../src/model/profile.js';
import { formatDays } from '../src/model/time.js';
import { mapIndexed } from '../src/rule-kit.js';

/** Six calendar months are 181 to 184 days: at most 180 never meets them, 181 to 183 not for every start date. */
const FAIL_AT_MOST = 180;
const WARN_AT_MOST = 183;
/** What clause 4.6 says a website access log record holds. */
const REQUIRED_FIELDS = ['content', 'time', 'ip', 'domain'] as const;

const list = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);
const kept = (days: number) => (days === -1 ? 'forever' : `for ${formatDays(days)}`);

const messages = {
  disabled: (p: { store: string }) => `Website access log store ${p.store} is disabled: it keeps no access logs.`,
  tooShort: (p: { store: string; days: number }) =>
    `Log store ${p.store} keeps logs for ${formatDays(p.days)}; the Cybersecurity Law (art. 21) requires at least six months, which is more than 180 days.`,
  shortForSome: (p: { store: string; days: number }) =>
    `Log store ${p.store} keeps logs for ${formatDays(p.days)}, short of six months for some start dates (six calendar months are 181 to 184 days).`,
  missingFields: (p: { store: string; missing: string[] }) =>
    `Log store ${p.store} does not record ${list(p.missing)} (§4.6: content, time, ip and domain).`,
  ok: (p: { store: string; days: number | undefined; fields: boolean }) =>
    `Log store ${p.store} keeps website access logs ${p.days === undefined ? '(retention_days not given, not judged)' : kept(p.days)}` +
    `${p.fields ? ' with content, time, ip and domain' : ' (fields not given, not judged)'}.`,
  noData: (p: { store: string }) => `Log store ${p.store} gives neither retention_days nor fields, so it cannot be judged.`,
  noStore: (p: { stores: number }) =>
    `log_retention lists ${p.stores === 0 ? 'no log store' : `${p.stores} log store${p.stores === 1 ? '' : 's'} but none`} of kind website-access; §4.6 requires keeping website access logs (content, time, ip, domain) for at least six months.`,
};

/** One website-access store: every condition that holds, most severe first. */
function judgeStore(store: LogStore, index: number) {
  const path = ['log_retention', index];
  const days = store.retention_days;
  if (store.enabled && days === undefined && store.fields === undefined) {
    return single(messages, 'skip', store.name, path, 'noData', { store: store.name }, { reason: 'no data' });
  }
  const verdict = new Verdict(messages);
  const data: Record<string, unknown> = { enabled: store.enabled };
  if (!store.enabled) verdict.add('fail', 'disabled', { store: store.name });
  if (days !== undefined) {
    data.retentionDays = days;
    if (days !== -1 && days <= FAIL_AT_MOST) verdict.add('fail', 'tooShort', { store: store.name, days });
    else if (days !== -1 && days <= WARN_AT_MOST) verdict.add('warn', 'shortForSome', { store: store.name, days });
  }
  if (store.fields !== undefined) {
    const missing = REQUIRED_FIELDS.filter((f) => !store.fields!.includes(f));
    data.missingFields = missing;
    if (missing.length > 0) verdict.add('fail', 'missingFields', { store: store.name, missing });
  }
  return verdict.finding(store.name, path, ['ok', { store: store.name, days, fields: store.fields !== undefined }], data);
}

/** §4.6: website access logs (content, time, IP, domain) are kept for at least six months. */
export default defineRule({
  id: 'website-log-retention',
  title: 'Website access logs are kept for six months with every required field',
  clauses: ['4.6'],
  description:
    'The customer keeps its websites\' access logs, with the content published, its time, the IP address and the domain, as the Cybersecurity Law and the Internet Information Services measures require (§4.6). Art. 21 of the Cybersecurity Law requires at least six months: 180 days or less fails, 181 to 183 days warns (six calendar months are up to 184 days), -1 (kept forever) passes.',
  fix:
    'Enable the website access log store, keep its logs at least 184 days (or -1, forever) so six calendar months are covered from any start date, and make each record hold content, time, ip and domain. Record the store in `log_retention` with `kind: website-access`, `retention_days` and `fields`.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile) {
    const stores = profile.log_retention;
    if (stores === undefined) return [skipFor(stores, 'log_retention')];
    const findings = mapIndexed(stores, (s) => s.kind === 'website-access', judgeStore);
    return findings.length > 0 ? findings : [single(messages, 'warn', 'account', ['log_retention'], 'noStore', { stores: stores.length })];
  },
});
