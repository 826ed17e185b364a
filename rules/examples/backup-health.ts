import type { RuleExample } from './example.js';

/** The backup most examples share. */
const BACKUP = { resource: 'i-1', retention_days: 30, last_success_at: '2026-11-24T00:00', last_restore_test_at: '2026-10-01' };

/** Example cases of backup-health for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'every condition at once: fail stating all of them',
    asOf: '2026-11-26',
    profile: { backups: [{ resource: 'i-1', interval_hours: 24, retention_days: 3 }] },
  },
  {
    name: 'interval absent means 24 h; exactly twice that old is not older: pass',
    asOf: '2026-11-26',
    profile: { backups: [BACKUP] },
  },
  {
    name: 'without captured_at the same backup is judged at T: warn',
    asOf: '2026-11-26',
    profile: { backups: [{ ...BACKUP, last_success_at: '2026-11-19T12:00' }] },
  },
  { name: 'no backups section: skip no data', asOf: '2026-11-26', profile: {} },
  {
    name: 'interval 200 h at the edge of its fail limit: pass',
    asOf: '2026-11-26',
    profile: { backups: [{ ...BACKUP, interval_hours: 200, last_success_at: '2026-11-16T16:00' }] },
  },
  {
    name: 'interval 200 h, 224 h and 1 s: fail',
    asOf: '2026-11-26',
    profile: { backups: [{ ...BACKUP, interval_hours: 200, last_success_at: '2026-11-16T15:59:59' }] },
  },
] satisfies RuleExample[];
