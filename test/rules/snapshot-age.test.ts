import rule from '../../rules/snapshot-age.js';
import backupHealth from '../../rules/backup-health.js';
import accessKeyAge from '../../rules/access-key-age.js';
import ramUserControl from '../../rules/ram-user-control.js';
import contactDetails from '../../rules/contact-details.js';
import { at, testRule } from '../helpers/rule-tester.js';

const T = '2026-11-26';

/** The one finding on account (line 4). */
const on = (status: 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'account', path: ['captured_at'], line: 4, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no captured_at: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data', needs: 'captured_at' } }] },
  {
    name: 'captured 3 days before T: pass, turns stale 7 days after the capture',
    profile: { captured_at: '2026-11-23T09:00:00+08:00' },
    asOf: T,
    expect: on('pass', 'fresh', { captured: at('2026-11-23T09:00'), ageDays: 2 }, { capturedAt: '2026-11-23T09:00:00+08:00', ageDays: 2, maxAgeDays: 7, dueAt: '2026-11-30T09:00:00+08:00', dueKind: 'snapshot-stale', dueTurnsTo: 'warn' }),
  },
  { name: 'exactly 7 days old: still pass', profile: { captured_at: '2026-11-19' }, asOf: T, expect: on('pass', 'fresh', { captured: at('2026-11-19'), ageDays: 7 }, { ageDays: 7 }) },
  { name: '7 days and 1 s old: warn', profile: { captured_at: '2026-11-18T23:59:59' }, asOf: T, expect: on('warn', 'stale', { captured: at('2026-11-18T23:59:59'), ageDays: 7, limit: 7 }, { ageDays: 7 }) },
  {
    name: 'max_age_days is an option',
    profile: { captured_at: '2026-11-01' },
    asOf: T,
    options: { max_age_days: 30 },
    expect: on('pass', 'fresh', { captured: at('2026-11-01'), ageDays: 25 }, { ageDays: 25, dueAt: '2026-12-01T00:00:00+08:00' }),
  },
  { name: 'captured after T: pass, facts after T not yet happened', profile: { captured_at: '2026-11-27' }, asOf: T, expect: on('pass', 'later', { captured: at('2026-11-27') }) },
]);

// captured_at bounds what the recency rules can say: facts after it are unknown, not missing.
const captured = { captured_at: '2026-11-20T00:00:00+08:00' };
testRule(backupHealth, [
  {
    name: 'captured_at: a backup that succeeded the day before the capture is healthy as of the capture, not stale at T',
    profile: { ...captured, backups: [{ resource: 'i-1', retention_days: 30, last_success_at: '2026-11-19T12:00', last_restore_test_at: '2026-10-01' }] },
    asOf: T,
    // warn would come at 11-21 12:00 (before T, so not a coming transition); fail at 11-26 12:00 if nothing ran since the capture
    expect: [
      {
        status: 'pass',
        subject: 'i-1',
        line: 6,
        messages: [{ id: 'healthy', params: { resource: 'i-1', last: at('2026-11-19T12:00'), interval: 24 } }],
        data: { hoursSinceSuccess: 12, dueAt: '2026-11-26T12:00:00+08:00', dueKind: 'backup-stale', dueTurnsTo: 'fail' },
      },
    ],
  },
  {
    name: 'without captured_at the same backup is judged at T: warn',
    profile: { backups: [{ resource: 'i-1', retention_days: 30, last_success_at: '2026-11-19T12:00', last_restore_test_at: '2026-10-01' }] },
    asOf: T,
    expect: [{ status: 'warn', subject: 'i-1', line: 5, messages: [{ id: 'stale', params: { resource: 'i-1', last: at('2026-11-19T12:00'), hours: 156, limit: 48 } }], data: { hoursSinceSuccess: 156 } }],
  },
], { partial: true });
testRule(accessKeyAge, [
  {
    name: 'captured_at: a key used just before the capture is not idle; its age is counted to the capture',
    profile: { ...captured, account: { root: { access_keys: [{ id: 'LTAI5tKEY0000001', created_at: '2026-08-25T00:00', last_used_at: '2026-11-19' }] } } },
    asOf: T,
    expect: [
      {
        status: 'pass',
        subject: 'LTAI5tKEY0000001',
        line: 6,
        messages: [{ id: 'ok', params: { key: 'LTAI5tKEY0000001', holder: 'root' } }],
        data: { ageDays: 87, idleDays: 1, dueAt: '2027-02-17T00:00:00+08:00', dueKind: 'key-unused', dueTurnsTo: 'warn', dueLater: [{ dueAt: '2027-02-21T00:00:00+08:00', dueKind: 'key-too-old', dueTurnsTo: 'fail' }] },
      },
    ],
  },
], { partial: true });
testRule(ramUserControl, [
  {
    name: 'captured_at: dormancy is counted to the capture',
    profile: { ...captured, account: { ram_users: [{ name: 'ops', owner: 'Li', console: true, mfa: true, created_at: '2026-01-01', last_login_at: '2026-08-23' }] } },
    asOf: T,
    expect: [{ status: 'pass', subject: 'ops', line: 5, messages: [{ id: 'ok', params: { user: 'ops', unknown: [] } }], data: { idleDays: 89 } }],
  },
], { partial: true });
testRule(contactDetails, [
  {
    name: 'captured_at: verification age is counted to the capture',
    profile: { ...captured, account: { contacts: { email: 'a@b.cn', phone: '+86 10 1234 5678', address: 'Beijing', verified_at: '2025-11-21' } } },
    asOf: T,
    expect: [{ status: 'pass', subject: 'account', line: 5, messages: [{ id: 'ok', params: { verified: at('2025-11-21') } }], data: { daysSinceVerified: 364 } }],
  },
], { partial: true });
