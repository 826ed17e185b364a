import rule from '../../rules/audit-trail-retention.js';
import { testRule } from '../helpers/rule-tester.js';

const asOf = '2026-11-26';
const trail = (extra: Record<string, unknown>) => ({ log_retention: [{ name: 'actiontrail', kind: 'audit-trail', region: 'cn-hangzhou', ...extra }] });

/** The one finding on actiontrail (line 5). */
const on = (status: 'fail' | 'pass' | 'skip' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'actiontrail', path: ['log_retention', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no log_retention: skip no data', profile: {}, asOf, expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'an empty log_retention list: warn on account, no store',
    profile: { log_retention: [] },
    asOf,
    expect: [{ status: 'warn', subject: 'account', path: ['log_retention'], line: 4, messages: [{ id: 'noStore' }], data: { auditTrailStores: 0 } }],
  },
  {
    name: 'only website and application stores: warn on account',
    profile: { log_retention: [{ name: 'web', kind: 'website-access', retention_days: 365 }, { name: 'app', kind: 'application', retention_days: 30 }] },
    asOf,
    expect: [{ status: 'warn', subject: 'account', path: ['log_retention'], line: 5, messages: [{ id: 'noStore' }] }],
  },
  { name: '90 days (the trail default): fail', profile: trail({ retention_days: 90 }), asOf, expect: on('fail', 'tooShort', { store: 'actiontrail', days: 90 }, { enabled: true, retentionDays: 90 }) },
  { name: '0 days: fail', profile: trail({ retention_days: 0 }), asOf, expect: on('fail', 'tooShort', { store: 'actiontrail', days: 0 }) },
  { name: '180 days: fail', profile: trail({ retention_days: 180 }), asOf, expect: on('fail', 'tooShort', { store: 'actiontrail', days: 180 }) },
  { name: '181 days: warn', profile: trail({ retention_days: 181 }), asOf, expect: on('warn', 'short', { store: 'actiontrail', days: 181 }, { retentionDays: 181 }) },
  { name: '183 days: warn', profile: trail({ retention_days: 183 }), asOf, expect: on('warn', 'short', { store: 'actiontrail', days: 183 }) },
  { name: '184 days: pass', profile: trail({ retention_days: 184 }), asOf, expect: on('pass', 'ok', { store: 'actiontrail', days: 184 }, { retentionDays: 184 }) },
  { name: '-1 (kept forever): pass', profile: trail({ retention_days: -1 }), asOf, expect: on('pass', 'ok', { store: 'actiontrail', days: -1 }, { retentionDays: -1 }) },
  { name: 'disabled, long retention: fail', profile: trail({ enabled: false, retention_days: 365 }), asOf, expect: on('fail', 'disabled', { store: 'actiontrail' }, { enabled: false }) },
  { name: 'disabled, no retention_days: fail', profile: trail({ enabled: false }), asOf, expect: on('fail', 'disabled', { store: 'actiontrail' }, { retentionDays: null }) },
  {
    name: 'disabled and 90 days: fail stating both',
    profile: trail({ enabled: false, retention_days: 90 }),
    asOf,
    expect: [{ status: 'fail', subject: 'actiontrail', line: 5, messages: [{ id: 'disabled', params: { store: 'actiontrail' } }, { id: 'tooShort', params: { store: 'actiontrail', days: 90 } }] }],
  },
  {
    name: 'disabled and 182 days: fail first, then the warn',
    profile: trail({ enabled: false, retention_days: 182 }),
    asOf,
    expect: [{ status: 'fail', subject: 'actiontrail', line: 5, messages: [{ id: 'disabled', params: { store: 'actiontrail' } }, { id: 'short', params: { store: 'actiontrail', days: 182 } }] }],
  },
  { name: 'enabled with no retention_days: skip no data', profile: trail({}), asOf, expect: on('skip', 'noRetention', { store: 'actiontrail' }, { reason: 'no data' }) },
  {
    name: 'several trails among other stores: one finding each, at its own path',
    profile: {
      log_retention: [
        { name: 'web', kind: 'website-access', retention_days: 30 },
        { name: 'trail-a', kind: 'audit-trail', retention_days: 365 },
        { name: 'untyped', retention_days: 1 },
        { name: 'trail-b', kind: 'audit-trail', retention_days: 30 },
      ],
    },
    asOf,
    expect: [
      { status: 'pass', subject: 'trail-a', path: ['log_retention', 1], line: 8, messages: [{ id: 'ok', params: { store: 'trail-a', days: 365 } }] },
      { status: 'fail', subject: 'trail-b', path: ['log_retention', 3], line: 13, messages: [{ id: 'tooShort', params: { store: 'trail-b', days: 30 } }] },
    ],
  },
]);
