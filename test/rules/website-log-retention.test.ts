import rule from '../../rules/website-log-retention.js';
import { testRule } from '../helpers/rule-tester.js';

const ALL = ['content', 'time', 'ip', 'domain'];
const web = (extra: Record<string, unknown>) => ({ log_retention: [{ name: 'w1', kind: 'website-access', retention_days: 365, fields: ALL, ...extra }] });
const days = (n: number) => web({ retention_days: n });
const AS_OF = '2026-11-26';

/** The one finding on w1 (line 5). */
const on = (status: 'fail' | 'pass' | 'skip' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'w1', path: ['log_retention', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no log_retention section: skip no data', profile: {}, asOf: AS_OF, expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'an empty log_retention: warn on account', profile: { log_retention: [] }, asOf: AS_OF, expect: [{ status: 'warn', subject: 'account', path: ['log_retention'], line: 4, messages: [{ id: 'noStore', params: { stores: 0 } }] }] },
  {
    name: 'only other kinds of store (and one without kind): warn on account',
    profile: { log_retention: [{ name: 'trail', kind: 'audit-trail', retention_days: 365 }, { name: 'misc' }] },
    asOf: AS_OF,
    expect: [{ status: 'warn', subject: 'account', path: ['log_retention'], line: 5, messages: [{ id: 'noStore', params: { stores: 2 } }] }],
  },
  { name: 'a year with every field: pass', profile: web({}), asOf: AS_OF, expect: on('pass', 'ok', { store: 'w1', days: 365, fields: true }, { retentionDays: 365, missingFields: [], enabled: true }) },
  { name: '180 days: fail', profile: days(180), asOf: AS_OF, expect: on('fail', 'tooShort', { store: 'w1', days: 180 }, { retentionDays: 180 }) },
  { name: '0 days: fail', profile: days(0), asOf: AS_OF, expect: on('fail', 'tooShort', { store: 'w1', days: 0 }) },
  { name: '181 days: warn short for some start dates', profile: days(181), asOf: AS_OF, expect: on('warn', 'shortForSome', { store: 'w1', days: 181 }) },
  { name: '183 days: warn', profile: days(183), asOf: AS_OF, expect: on('warn', 'shortForSome', { store: 'w1', days: 183 }) },
  { name: '184 days: pass', profile: days(184), asOf: AS_OF, expect: on('pass', 'ok', { store: 'w1', days: 184, fields: true }) },
  { name: '-1 (kept forever) meets every minimum', profile: days(-1), asOf: AS_OF, expect: on('pass', 'ok', { store: 'w1', days: -1, fields: true }, { retentionDays: -1 }) },
  {
    name: 'missing ip and domain: fail naming them',
    profile: web({ fields: ['content', 'time'] }),
    asOf: AS_OF,
    expect: on('fail', 'missingFields', { store: 'w1', missing: ['ip', 'domain'] }, { missingFields: ['ip', 'domain'] }),
  },
  { name: 'an empty field list: fail naming all four', profile: web({ fields: [] }), asOf: AS_OF, expect: on('fail', 'missingFields', { store: 'w1', missing: ['content', 'time', 'ip', 'domain'] }) },
  {
    name: 'kept forever but missing a field: fail on the field only',
    profile: web({ retention_days: -1, fields: ['content', 'time', 'ip'] }),
    asOf: AS_OF,
    expect: on('fail', 'missingFields', { store: 'w1', missing: ['domain'] }),
  },
  { name: 'disabled alone: fail', profile: { log_retention: [{ name: 'w1', kind: 'website-access', enabled: false }] }, asOf: AS_OF, expect: on('fail', 'disabled', { store: 'w1' }, { enabled: false }) },
  {
    name: 'disabled, too short and missing a field: fail stating all three',
    profile: web({ enabled: false, retention_days: 90, fields: ['content', 'time', 'domain'] }),
    asOf: AS_OF,
    expect: [{ status: 'fail', subject: 'w1', line: 5, messages: [{ id: 'disabled', params: { store: 'w1' } }, { id: 'tooShort', params: { store: 'w1', days: 90 } }, { id: 'missingFields', params: { store: 'w1', missing: ['ip'] } }] }],
  },
  {
    name: 'short for some start dates and missing a field: fail first, then the warning',
    profile: web({ retention_days: 182, fields: ['content', 'time', 'ip'] }),
    asOf: AS_OF,
    expect: [{ status: 'fail', subject: 'w1', line: 5, messages: [{ id: 'missingFields', params: { store: 'w1', missing: ['domain'] } }, { id: 'shortForSome', params: { store: 'w1', days: 182 } }] }],
  },
  {
    name: 'neither retention_days nor fields: skip no data for the store',
    profile: { log_retention: [{ name: 'w1', kind: 'website-access' }] },
    asOf: AS_OF,
    expect: on('skip', 'noData', { store: 'w1' }, { reason: 'no data' }),
  },
  { name: 'no retention_days: only the fields are judged', profile: { log_retention: [{ name: 'w1', kind: 'website-access', fields: ALL }] }, asOf: AS_OF, expect: on('pass', 'ok', { store: 'w1', fields: true }) },
  {
    name: 'no fields: only the retention is judged',
    profile: { log_retention: [{ name: 'w1', kind: 'website-access', retention_days: 200 }] },
    asOf: AS_OF,
    expect: on('pass', 'ok', { store: 'w1', days: 200, fields: false }),
  },
  { name: 'no fields and too short: fail', profile: { log_retention: [{ name: 'w1', kind: 'website-access', retention_days: 30 }] }, asOf: AS_OF, expect: on('fail', 'tooShort', { store: 'w1', days: 30 }) },
  {
    name: 'one finding per website-access store, at its own path; other stores give none',
    profile: {
      log_retention: [
        { name: 'trail', kind: 'audit-trail', retention_days: 30 },
        { name: 'w1', kind: 'website-access', retention_days: 400, fields: ALL },
        { name: 'w2', kind: 'website-access', retention_days: 181, fields: ALL },
      ],
    },
    asOf: AS_OF,
    expect: [
      { status: 'pass', subject: 'w1', path: ['log_retention', 1], line: 8, messages: [{ id: 'ok', params: { store: 'w1', days: 400, fields: true } }] },
      { status: 'warn', subject: 'w2', path: ['log_retention', 2], line: 16, messages: [{ id: 'shortForSome', params: { store: 'w2', days: 181 } }] },
    ],
  },
]);
