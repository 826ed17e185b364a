import { defineRule } from '../src/engine/types.js';
import { skipFor, Verdict } from '../src/engine/verdict.js';
import { addDue } from '../src/engine/due.js';
import { factsInstant, happened } from '../src/model/facts.js';
import { DAY_MS, daysSince, formatBeijing, formatDays, HOUR_MS, hoursBetween, toRfc3339 } from '../src/model/time.js';
import { mapIndexed, type Backup } from '../src/rule-kit.js';


const messages = {
  healthy: (p: { resource: string; last: number; interval: number }) =>
    `Backup of ${p.resource} is healthy: last success at ${formatBeijing(p.last)}, every ${p.interval} h.`,
  neverSucceeded: (p: { resource: string }) => `Backup of ${p.resource} has never succeeded.`,
  stale: (p: { resource: string; last: number; hours: number; limit: number }) =>
    `Backup of ${p.resource} last succeeded at ${formatBeijing(p.last)}, ${p.hours} h (${formatDays(Math.floor(p.hours / 24))}) ago (more than ${p.limit} h).`,
  shortRetention: (p: { resource: string; retention: number; min: number }) =>
    `Backup of ${p.resource} keeps backups only ${formatDays(p.retention)} (at least ${formatDays(p.min)} expected).`,
  untested: (p: { resource: string; last?: number; days: number; limitDays: number }) =>
    p.last === undefined
      ? `Backup of ${p.resource} has no restore test on record (one is expected every ${formatDays(p.limitDays)}).`
      : `Backup of ${p.resource} was last restore-tested at ${formatBeijing(p.last)}, ${formatDays(p.days)} ago (more than ${formatDays(p.limitDays)}).`,
};

/** §4.7: each enabled backup ran recently, keeps its copies long enough, and has been restore-tested. */
export default defineRule({
  id: 'backup-health',
  title: 'Backups succeed, are kept, and restore',
  clauses: ['4.7'],
  description:
    'Backing up data is the customer\'s duty (§4.7), and a backup that stopped running, is deleted within days, or has never been restored does not discharge it. With I = `interval_hours` (24 when absent): no success for more than max(7 days, I + 24 h) fails; for more than max(2 × I, 48 h) warns; retention below `min_retention_days` or no restore test within `restore_test_days` warns.',
  fix:
    'Find why the backup stopped succeeding and run one now; keep each backup at least `min_retention_days` days; and test a restore at least every `restore_test_days` days. Record `last_success_at`, `retention_days` and `last_restore_test_at` to match.',
  options: (z) => z.strictObject({
    min_retention_days: z.number().int().min(1).default(7),
    restore_test_days: z.number().int().min(1).default(180),
  }),
  messages,
  check(profile, { asOf, options }) {
    const isEnabled = (b: Backup) => b.enabled;
    if (!profile.backups?.some(isEnabled)) return [skipFor(profile.backups, 'enabled backups')];
    const seen = factsInstant(profile, asOf);
    return mapIndexed(profile.backups, isEnabled, (backup, index) => {
      const resource = backup.resource;
      const verdict = new Verdict(messages);
      const interval = backup.interval_hours ?? 24;
      const failAfter = Math.max(7 * 24, interval + 24);
      const warnAfter = Math.max(2 * interval, 48);
      const data: Record<string, unknown> = { intervalHours: interval, warnAfterHours: warnAfter, failAfterHours: failAfter };
      const last = happened(backup.last_success_at, seen) ? backup.last_success_at.at : undefined;
      if (last === undefined) {
        verdict.add('fail', 'neverSucceeded', { resource });
      } else {
        const hours = hoursBetween(last, seen);
        data.lastSuccessAt = toRfc3339(last);
        data.hoursSinceSuccess = hours;
        if (seen - last > failAfter * HOUR_MS) verdict.add('fail', 'stale', { resource, last, hours, limit: failAfter });
        else if (seen - last > warnAfter * HOUR_MS) verdict.add('warn', 'stale', { resource, last, hours, limit: warnAfter });
      }
      const retention = backup.retention_days;
      if (retention !== undefined && retention !== -1 && retention < options.min_retention_days) {
        verdict.add('warn', 'shortRetention', { resource, retention, min: options.min_retention_days });
      }
      const test = happened(backup.last_restore_test_at, seen) ? backup.last_restore_test_at.at : undefined;
      if (test !== undefined) data.lastRestoreTestAt = toRfc3339(test);
      const stale = (hours: number, turnsTo: 'warn' | 'fail') => (last === undefined ? undefined : { at: last + hours * HOUR_MS, kind: 'backup-stale' as const, turnsTo });
      const testDue = test === undefined ? undefined : { at: test + options.restore_test_days * DAY_MS, kind: 'restore-test-due' as const, turnsTo: 'warn' as const };
      addDue(data, asOf, stale(warnAfter, 'warn'), stale(failAfter, 'fail'), testDue);
      if (test === undefined || seen - test > options.restore_test_days * DAY_MS) {
        const since = test === undefined ? 0 : daysSince(test, seen);
        verdict.add('warn', 'untested', { resource, last: test, days: since, limitDays: options.restore_test_days });
      }
      return verdict.finding(resource, ['backups', index], ['healthy', { resource, last: last ?? seen, interval }], data);
    });
  },
});
