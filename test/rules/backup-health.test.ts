import { describe, expect, it } from 'vitest';
import rule from '../../rules/backup-health.js';
import { at, runCase, testRule } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const healthy = { resource: 'i-1', interval_hours: 24, retention_days: 30, last_success_at: '2026-11-25T12:00', last_restore_test_at: '2026-10-01' };
const backup = (extra: Record<string, unknown>) => ({ backups: [{ ...healthy, ...extra }] });

/** The one finding on i-1 (line 5). */
const on = (status: 'fail' | 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'i-1', path: ['backups', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no backups section: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'only disabled backups: skip not applicable', profile: backup({ enabled: false }), asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  {
    name: 'healthy: pass with the facts',
    profile: backup({}),
    asOf: T,
    expect: on('pass', 'healthy', { resource: 'i-1', last: at('2026-11-25T12:00'), interval: 24 }, { intervalHours: 24, warnAfterHours: 48, failAfterHours: 168, lastSuccessAt: '2026-11-25T12:00:00+08:00', hoursSinceSuccess: 12, lastRestoreTestAt: '2026-10-01T00:00:00+08:00' }),
  },
  {
    name: 'interval absent means 24 h; exactly 48 h old is not older: pass',
    profile: backup({ interval_hours: undefined, last_success_at: '2026-11-24T00:00' }),
    asOf: T,
    expect: on('pass', 'healthy', { resource: 'i-1', last: at('2026-11-24'), interval: 24 }, { intervalHours: 24, hoursSinceSuccess: 48 }),
  },
  { name: '48 h and 1 s old: warn', profile: backup({ last_success_at: '2026-11-23T23:59:59' }), asOf: T, expect: on('warn', 'stale', { resource: 'i-1', last: at('2026-11-23T23:59:59'), hours: 48, limit: 48 }) },
  {
    name: 'a UTC last_success_at read in Beijing time: warn',
    profile: backup({ last_success_at: '2026-11-23T15:59:59Z' }),
    asOf: T,
    expect: on('warn', 'stale', { resource: 'i-1', last: at('2026-11-23T23:59:59'), hours: 48, limit: 48 }, { lastSuccessAt: '2026-11-23T23:59:59+08:00' }),
  },
  { name: 'exactly 7 days old: still warn', profile: backup({ last_success_at: '2026-11-19' }), asOf: T, expect: on('warn', 'stale', { resource: 'i-1', last: at('2026-11-19'), hours: 168, limit: 48 }) },
  {
    name: '7 days and 1 s old: fail',
    profile: backup({ last_success_at: '2026-11-18T23:59:59+08:00' }),
    asOf: T,
    expect: on('fail', 'stale', { resource: 'i-1', last: at('2026-11-18T23:59:59'), hours: 168, limit: 168 }, { hoursSinceSuccess: 168 }),
  },
  { name: 'the day after the fail threshold: fail', profile: backup({ last_success_at: '2026-11-18' }), asOf: T, expect: on('fail', 'stale', { resource: 'i-1', last: at('2026-11-18'), hours: 192, limit: 168 }) },
  {
    name: 'interval 72 h: warn only after 2 × I = 144 h',
    profile: backup({ interval_hours: 72, last_success_at: '2026-11-20' }),
    asOf: T,
    expect: on('pass', 'healthy', { resource: 'i-1', last: at('2026-11-20'), interval: 72 }, { warnAfterHours: 144, failAfterHours: 168 }),
  },
  {
    name: 'interval 72 h, 144 h and 1 s: warn',
    profile: backup({ interval_hours: 72, last_success_at: '2026-11-19T23:59:59' }),
    asOf: T,
    expect: on('warn', 'stale', { resource: 'i-1', last: at('2026-11-19T23:59:59'), hours: 144, limit: 144 }),
  },
  {
    name: 'interval 200 h: fails only after I + 24 h = 224 h',
    profile: backup({ interval_hours: 200, last_success_at: '2026-11-16T16:00' }),
    asOf: T,
    expect: on('pass', 'healthy', { resource: 'i-1', last: at('2026-11-16T16:00'), interval: 200 }, { failAfterHours: 224, warnAfterHours: 400 }),
  },
  {
    name: 'interval 200 h, 224 h and 1 s: fail',
    profile: backup({ interval_hours: 200, last_success_at: '2026-11-16T15:59:59' }),
    asOf: T,
    expect: on('fail', 'stale', { resource: 'i-1', last: at('2026-11-16T15:59:59'), hours: 224, limit: 224 }),
  },
  { name: 'never succeeded: fail', profile: backup({ last_success_at: undefined }), asOf: T, expect: on('fail', 'neverSucceeded', { resource: 'i-1' }) },
  { name: 'a success dated after T has not happened: fail', profile: backup({ last_success_at: '2026-11-26T00:00:01' }), asOf: T, expect: on('fail', 'neverSucceeded', { resource: 'i-1' }) },
  { name: 'retention 6 days: warn', profile: backup({ retention_days: 6 }), asOf: T, expect: on('warn', 'shortRetention', { resource: 'i-1', retention: 6, min: 7 }) },
  { name: 'retention 7 days: pass', profile: backup({ retention_days: 7 }), asOf: T, expect: on('pass', 'healthy', { resource: 'i-1', last: at('2026-11-25T12:00'), interval: 24 }) },
  { name: 'retention -1 (until deleted): pass', profile: backup({ retention_days: -1 }), asOf: T, expect: on('pass', 'healthy', { resource: 'i-1', last: at('2026-11-25T12:00'), interval: 24 }) },
  { name: 'retention absent is not judged: pass', profile: backup({ retention_days: undefined }), asOf: T, expect: on('pass', 'healthy', { resource: 'i-1', last: at('2026-11-25T12:00'), interval: 24 }) },
  {
    name: 'min_retention_days 14: retention 7 warns',
    profile: backup({ retention_days: 7 }),
    asOf: T,
    options: { min_retention_days: 14 },
    expect: on('warn', 'shortRetention', { resource: 'i-1', retention: 7, min: 14 }),
  },
  { name: 'no restore test: warn', profile: backup({ last_restore_test_at: undefined }), asOf: T, expect: on('warn', 'untested', { resource: 'i-1', days: 0, limitDays: 180 }) },
  { name: 'restore test exactly 180 days ago: pass', profile: backup({ last_restore_test_at: '2026-05-30' }), asOf: T, expect: on('pass', 'healthy', { resource: 'i-1', last: at('2026-11-25T12:00'), interval: 24 }) },
  {
    name: 'restore test 180 days and 1 s ago: warn',
    profile: backup({ last_restore_test_at: '2026-05-30' }),
    asOf: '2026-11-26T00:00:01',
    expect: on('warn', 'untested', { resource: 'i-1', last: at('2026-05-30'), days: 180, limitDays: 180 }),
  },
  { name: 'restore test 181 days ago: warn', profile: backup({ last_restore_test_at: '2026-05-29' }), asOf: T, expect: on('warn', 'untested', { resource: 'i-1', last: at('2026-05-29'), days: 181, limitDays: 180 }) },
  {
    name: 'restore test period across Feb 29: exactly 180 days',
    profile: backup({ last_success_at: '2028-08-26T12:00', last_restore_test_at: '2028-02-29' }),
    asOf: '2028-08-27',
    expect: on('pass', 'healthy', { resource: 'i-1', last: at('2028-08-26T12:00'), interval: 24 }),
  },
  {
    name: 'restore test period across Feb 29: the next second warns',
    profile: backup({ last_success_at: '2028-08-26T12:00', last_restore_test_at: '2028-02-29' }),
    asOf: '2028-08-27T00:00:01',
    expect: on('warn', 'untested', { resource: 'i-1', last: at('2028-02-29'), days: 180, limitDays: 180 }),
  },
  { name: 'restore test dated after T has not happened: warn', profile: backup({ last_restore_test_at: '2026-11-27' }), asOf: T, expect: on('warn', 'untested', { resource: 'i-1', days: 0, limitDays: 180 }) },
  { name: 'restore_test_days 30', profile: backup({}), asOf: T, options: { restore_test_days: 30 }, expect: on('warn', 'untested', { resource: 'i-1', last: at('2026-10-01'), days: 56, limitDays: 30 }) },
  {
    name: 'every condition at once: fail stating all of them',
    profile: backup({ last_success_at: undefined, retention_days: 3, last_restore_test_at: undefined }),
    asOf: T,
    expect: [
      {
        status: 'fail',
        subject: 'i-1',
        line: 5,
        messages: [{ id: 'neverSucceeded', params: { resource: 'i-1' } }, { id: 'shortRetention', params: { resource: 'i-1', retention: 3, min: 7 } }, { id: 'untested', params: { resource: 'i-1', days: 0, limitDays: 180 } }],
      },
    ],
  },
  {
    name: 'disabled backups produce no finding',
    profile: { backups: [{ ...healthy, resource: 'i-0', enabled: false }, healthy] },
    asOf: T,
    expect: [{ status: 'pass', subject: 'i-1', path: ['backups', 1], line: 11, messages: [{ id: 'healthy', params: { resource: 'i-1', last: at('2026-11-25T12:00'), interval: 24 } }] }],
  },
]);

describe('backup-health message order', () => {
  it('states the fail before the warnings', () => {
    const [finding] = runCase(rule, {
      name: 'order',
      profile: backup({ last_success_at: '2026-11-01', retention_days: 3, last_restore_test_at: undefined }),
      asOf: T,
      expect: [
        {
          status: 'fail',
          subject: 'i-1',
          line: 5,
          messages: [
            { id: 'stale', params: { resource: 'i-1', last: at('2026-11-01'), hours: 600, limit: 168 } },
            { id: 'shortRetention', params: { resource: 'i-1', retention: 3, min: 7 } },
            { id: 'untested', params: { resource: 'i-1', days: 0, limitDays: 180 } },
          ],
        },
      ],
    });
    expect(finding!.message).toBe(
      'Backup of i-1 last succeeded at 2026-11-01 00:00 +08:00, 600 h (25 days) ago (more than 168 h). Backup of i-1 keeps backups only 3 days (at least 7 days expected). Backup of i-1 has no restore test on record (one is expected every 180 days).',
    );
  });
});
