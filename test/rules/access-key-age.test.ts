import rule from '../../rules/access-key-age.js';
import { at, testRule } from '../helpers/rule-tester.js';

const asOf = '2026-11-26';
const rootKeys = (keys: Record<string, unknown>[]) => ({ account: { root: { access_keys: keys } } });
const recent = '2026-11-25T12:00:00';
/** A root key created at `created_at` and last used just before T. */
const rootKey = (created_at: string, extra: Record<string, unknown> = {}) => rootKeys([{ id: 'LTAIr', created_at, last_used_at: recent, ...extra }]);

/** The one finding on LTAIr (line 6). */
const on = (status: 'fail' | 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'LTAIr', path: ['account', 'root', 'access_keys', 0], line: 6, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  {
    name: 'no access key list anywhere: skip no data',
    profile: { account: { ram_users: [{ name: 'alice' }] } },
    asOf,
    expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data' } }],
  },
  { name: 'an empty key list: skip not applicable', profile: rootKeys([]), asOf, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  {
    name: 'only inactive keys: skip not applicable',
    profile: rootKeys([{ id: 'K', status: 'inactive', created_at: '2020-01-01' }]),
    asOf,
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  {
    name: 'a young, used key: pass with its facts',
    profile: rootKey('2026-10-01'),
    asOf,
    expect: on('pass', 'ok', { key: 'LTAIr', holder: 'root' }, { holder: 'root', createdAt: '2026-10-01T00:00:00+08:00', ageDays: 56, lastUsedAt: '2026-11-25T12:00:00+08:00', idleDays: 0, activeKeysOfHolder: 1 }),
  },
  { name: 'exactly 90 × 24 h old: not older than 90 days, pass', profile: rootKey('2026-08-28'), asOf, expect: on('pass', 'ok', { key: 'LTAIr', holder: 'root' }, { ageDays: 90 }) },
  {
    name: 'one second more than 90 days: warn',
    profile: rootKey('2026-08-28'),
    asOf: '2026-11-26T00:00:01',
    // The age is shown exactly (90 days 1 s), never a rounded-down "90 days" beside "older than 90 days".
    expect: on('warn', 'old', { key: 'LTAIr', holder: 'root', created: at('2026-08-28'), ageMs: 90 * 86_400_000 + 1000, limit: 90 }, { ageDays: 90 }),
  },
  { name: 'created a day later (89 days): pass', profile: rootKey('2026-08-29'), asOf, expect: on('pass', 'ok', { key: 'LTAIr', holder: 'root' }) },
  { name: 'created a day earlier (91 days): warn', profile: rootKey('2026-08-27'), asOf, expect: on('warn', 'old', { key: 'LTAIr', holder: 'root', created: at('2026-08-27'), ageMs: 7862400000, limit: 90 }) },
  { name: 'exactly 180 × 24 h old: warn, not yet fail', profile: rootKey('2026-05-30'), asOf, expect: on('warn', 'old', { key: 'LTAIr', holder: 'root', created: at('2026-05-30'), ageMs: 15552000000, limit: 90 }) },
  {
    name: 'one second more than 180 days: fail',
    profile: rootKey('2026-05-30'),
    asOf: '2026-11-26T00:00:01',
    expect: on('fail', 'tooOld', { key: 'LTAIr', holder: 'root', created: at('2026-05-30'), ageMs: 180 * 86_400_000 + 1000, limit: 180 }, { ageDays: 180 }),
  },
  { name: 'created_at in UTC: 2026-08-27T16:00Z is 2026-08-28 00:00 +08:00, exactly 90 days', profile: rootKey('2026-08-27T16:00:00Z'), asOf, expect: on('pass', 'ok', { key: 'LTAIr', holder: 'root' }) },
  {
    name: 'created_at in UTC, one second earlier: warn',
    profile: rootKey('2026-08-27T15:59:59Z'),
    asOf,
    expect: on('warn', 'old', { key: 'LTAIr', holder: 'root', created: at('2026-08-27T23:59:59'), ageMs: 7776001000, limit: 90 }),
  },
  {
    name: 'across Feb 29: 2028-01-01 + 90 days is 2028-03-31, not yet older',
    profile: rootKey('2028-01-01', { last_used_at: '2028-03-30' }),
    asOf: '2028-03-31',
    expect: on('pass', 'ok', { key: 'LTAIr', holder: 'root' }),
  },
  {
    name: 'across Feb 29: one second later it is older than 90 days',
    profile: rootKey('2028-01-01', { last_used_at: '2028-03-30' }),
    asOf: '2028-03-31T00:00:01',
    expect: on('warn', 'old', { key: 'LTAIr', holder: 'root', created: at('2028-01-01'), ageMs: 7776001000, limit: 90 }),
  },
  {
    name: 'last used exactly 90 days ago: unused for 90 days, warn',
    profile: rootKey('2026-08-01', { last_used_at: '2026-08-28T00:00:00+08:00' }),
    asOf,
    options: { warn_age_days: 200, fail_age_days: 300 },
    expect: on('warn', 'unused', { key: 'LTAIr', holder: 'root', since: at('2026-08-28'), idleDays: 90, neverUsed: false }, { lastUsedAt: '2026-08-28T00:00:00+08:00', idleDays: 90 }),
  },
  {
    name: 'last used one second less than 90 days ago: pass',
    profile: rootKey('2026-08-01', { last_used_at: '2026-08-28T00:00:01+08:00' }),
    asOf,
    options: { warn_age_days: 200, fail_age_days: 300 },
    expect: on('pass', 'ok', { key: 'LTAIr', holder: 'root' }, { idleDays: 89 }),
  },
  {
    name: 'never used: idle time counts from created_at',
    profile: rootKeys([{ id: 'K', created_at: '2026-08-28' }]),
    asOf,
    expect: [{ status: 'warn', subject: 'K', line: 6, messages: [{ id: 'unused', params: { key: 'K', holder: 'root', since: at('2026-08-28'), idleDays: 90, neverUsed: true } }], data: { lastUsedAt: null, idleDays: 90 } }],
  },
  {
    name: 'a last use dated after T has not happened: idle since created_at',
    profile: rootKeys([{ id: 'K', created_at: '2026-08-01', last_used_at: '2026-11-27' }]),
    asOf,
    options: { warn_age_days: 200, fail_age_days: 300 },
    expect: [{ status: 'warn', subject: 'K', line: 6, messages: [{ id: 'unused', params: { key: 'K', holder: 'root', since: at('2026-08-01'), idleDays: 117, neverUsed: true } }], data: { lastUsedAt: null } }],
  },
  {
    name: 'options changed: warn 30, fail 60, unused 10',
    profile: rootKeys([
      { id: 'young', created_at: '2026-10-27', last_used_at: '2026-11-16T00:00:01' },
      { id: 'mid', created_at: '2026-10-26', status: 'inactive' },
      { id: 'old', created_at: '2026-09-26T23:59:59', last_used_at: '2026-11-16' },
    ]),
    asOf,
    options: { warn_age_days: 30, fail_age_days: 60, unused_days: 10 },
    expect: [
      { status: 'warn', subject: 'young', line: 6, messages: [{ id: 'twoKeys', params: { key: 'young', holder: 'root', count: 2 } }] },
      {
        status: 'fail',
        subject: 'old',
        path: ['account', 'root', 'access_keys', 2],
        line: 12,
        messages: [{ id: 'tooOld', params: { key: 'old', holder: 'root', created: at('2026-09-26T23:59:59'), ageMs: 5184001000, limit: 60 } }, { id: 'unused', params: { key: 'old', holder: 'root', since: at('2026-11-16'), idleDays: 10, neverUsed: false } }, { id: 'twoKeys', params: { key: 'old', holder: 'root', count: 2 } }],
      },
    ],
  },
  {
    name: 'two active keys on one RAM user: warn on each, with paths',
    profile: {
      account: {
        ram_users: [
          { name: 'ci', access_keys: [{ id: 'old', status: 'inactive' }] },
          { name: 'deploy', access_keys: [{ id: 'A1', created_at: '2026-11-01', last_used_at: recent }, { id: 'A2', status: 'inactive' }, { id: 'A3', created_at: '2026-11-20', last_used_at: recent }] },
        ],
      },
    },
    asOf,
    expect: [
      { status: 'warn', subject: 'A1', path: ['account', 'ram_users', 1, 'access_keys', 0], line: 11, messages: [{ id: 'twoKeys', params: { key: 'A1', holder: 'deploy', count: 2 } }], data: { holder: 'deploy', activeKeysOfHolder: 2 } },
      { status: 'warn', subject: 'A3', path: ['account', 'ram_users', 1, 'access_keys', 2], line: 16, messages: [{ id: 'twoKeys', params: { key: 'A3', holder: 'deploy', count: 2 } }] },
    ],
  },
  {
    name: 'every condition at once: fail first, then the warns',
    profile: { account: { ram_users: [{ name: 'bob', access_keys: [{ id: 'B1', created_at: '2025-01-01' }, { id: 'B2', created_at: '2026-11-20', last_used_at: recent }] }] } },
    asOf,
    expect: [
      {
        status: 'fail',
        subject: 'B1',
        line: 7,
        messages: [{ id: 'tooOld', params: { key: 'B1', holder: 'bob', created: at('2025-01-01'), ageMs: 59961600000, limit: 180 } }, { id: 'unused', params: { key: 'B1', holder: 'bob', since: at('2025-01-01'), idleDays: 694, neverUsed: true } }, { id: 'twoKeys', params: { key: 'B1', holder: 'bob', count: 2 } }],
      },
      { status: 'warn', subject: 'B2', line: 9, messages: [{ id: 'twoKeys', params: { key: 'B2', holder: 'bob', count: 2 } }] },
    ],
  },
  {
    name: 'root keys come before RAM users, and a key without status is active',
    profile: { account: { root: { access_keys: [{ id: 'R', created_at: '2026-11-01', last_used_at: recent }] }, ram_users: [{ name: 'u', access_keys: [{ id: 'U', created_at: '2026-11-01', last_used_at: recent }] }] } },
    asOf,
    expect: [
      { status: 'pass', subject: 'R', path: ['account', 'root', 'access_keys', 0], line: 6, messages: [{ id: 'ok', params: { key: 'R', holder: 'root' } }] },
      { status: 'pass', subject: 'U', path: ['account', 'ram_users', 0, 'access_keys', 0], line: 12, messages: [{ id: 'ok', params: { key: 'U', holder: 'u' } }], data: { holder: 'u' } },
    ],
  },
  { name: 'a key without dates: skip no data', profile: rootKeys([{ id: 'K' }]), asOf, expect: [{ status: 'skip', subject: 'K', line: 6, messages: [{ id: 'undated', params: { key: 'K', holder: 'root' } }], data: { reason: 'no data' } }] },
  {
    name: 'keys without dates but two on one holder: warn',
    profile: rootKeys([{ id: 'K1' }, { id: 'K2' }]),
    asOf,
    expect: [
      { status: 'warn', subject: 'K1', line: 6, messages: [{ id: 'twoKeys', params: { key: 'K1', holder: 'root', count: 2 } }] },
      { status: 'warn', subject: 'K2', line: 7, messages: [{ id: 'twoKeys', params: { key: 'K2', holder: 'root', count: 2 } }] },
    ],
  },
  {
    name: 'only last_used_at: the use is judged, the age is not',
    profile: rootKeys([{ id: 'K', last_used_at: '2026-11-01' }]),
    asOf,
    expect: [{ status: 'pass', subject: 'K', line: 6, messages: [{ id: 'ok', params: { key: 'K', holder: 'root' } }], data: { idleDays: 25, lastUsedAt: '2026-11-01T00:00:00+08:00' } }],
  },
  {
    name: 'a key created after T does not exist yet; its twin is alone',
    profile: rootKeys([{ id: 'K1', created_at: '2026-11-01', last_used_at: recent }, { id: 'K2', created_at: '2026-11-27' }]),
    asOf,
    expect: [{ status: 'pass', subject: 'K1', line: 6, messages: [{ id: 'ok', params: { key: 'K1', holder: 'root' } }], data: { activeKeysOfHolder: 1 } }],
  },
  {
    name: 'a disabled RAM user\'s active key is still judged',
    profile: { account: { ram_users: [{ name: 'gone', enabled: false, access_keys: [{ id: 'G', created_at: '2026-01-01' }] }] } },
    asOf,
    expect: [
      {
        status: 'fail',
        subject: 'G',
        line: 8,
        messages: [{ id: 'tooOld', params: { key: 'G', holder: 'gone', created: at('2026-01-01'), ageMs: 28425600000, limit: 180 } }, { id: 'unused', params: { key: 'G', holder: 'gone', since: at('2026-01-01'), idleDays: 329, neverUsed: true } }],
      },
    ],
  },
]);
