import rule from '../../rules/website-log-retention.js';
import { testRule } from '../helpers/rule-tester.js';

const ALL = ['content', 'time', 'ip', 'domain'];
const web = (extra: Record<string, unknown>) => ({ log_retention: [{ name: 'w1', kind: 'website-access', retention_days: 365, fields: ALL, ...extra }] });
const days = (n: number) => web({ retention_days: n });
const AS_OF = '2026-11-26';

testRule(rule, [
  { name: 'no log_retention section: skip no data', profile: {}, asOf: AS_OF, expect: [{ status: 'skip', subject: 'account', path: ['account'], data: { reason: 'no data' } }] },
  { name: 'an empty log_retention: warn on account', profile: { log_retention: [] }, asOf: AS_OF, expect: [{ status: 'warn', subject: 'account', path: ['log_retention'], facts: ['lists no log store of kind website-access'] }] },
  {
    name: 'only other kinds of store (and one without kind): warn on account',
    profile: { log_retention: [{ name: 'trail', kind: 'audit-trail', retention_days: 365 }, { name: 'misc' }] },
    asOf: AS_OF,
    expect: [{ status: 'warn', subject: 'account', path: ['log_retention'], facts: ['lists 2 log stores but none of kind website-access'] }],
  },
  {
    name: 'a year with every field: pass',
    profile: web({}),
    asOf: AS_OF,
    expect: [{ status: 'pass', subject: 'w1', path: ['log_retention', 0], facts: ['keeps website access logs for 365 days with content, time, ip and domain'], data: { retentionDays: 365, missingFields: [], enabled: true } }],
  },
  { name: '180 days: fail', profile: days(180), asOf: AS_OF, expect: [{ status: 'fail', subject: 'w1', facts: ['keeps logs for 180 days', 'at least six months'], data: { retentionDays: 180 } }] },
  { name: '0 days: fail', profile: days(0), asOf: AS_OF, expect: [{ status: 'fail', subject: 'w1', facts: ['keeps logs for 0 days'] }] },
  { name: '181 days: warn short for some start dates', profile: days(181), asOf: AS_OF, expect: [{ status: 'warn', subject: 'w1', facts: ['keeps logs for 181 days, short of six months for some start dates'] }] },
  { name: '183 days: warn', profile: days(183), asOf: AS_OF, expect: [{ status: 'warn', subject: 'w1', facts: ['183 days'] }] },
  { name: '184 days: pass', profile: days(184), asOf: AS_OF, expect: [{ status: 'pass', subject: 'w1', facts: ['for 184 days'] }] },
  { name: '-1 (kept forever) meets every minimum', profile: days(-1), asOf: AS_OF, expect: [{ status: 'pass', subject: 'w1', facts: ['keeps website access logs forever'], data: { retentionDays: -1 } }] },
  { name: 'missing ip and domain: fail naming them', profile: web({ fields: ['content', 'time'] }), asOf: AS_OF, expect: [{ status: 'fail', subject: 'w1', facts: ['does not record ip and domain'], data: { missingFields: ['ip', 'domain'] } }] },
  { name: 'an empty field list: fail naming all four', profile: web({ fields: [] }), asOf: AS_OF, expect: [{ status: 'fail', subject: 'w1', facts: ['does not record content, time, ip and domain'] }] },
  { name: 'kept forever but missing a field: fail on the field only', profile: web({ retention_days: -1, fields: ['content', 'time', 'ip'] }), asOf: AS_OF, expect: [{ status: 'fail', subject: 'w1', facts: ['does not record domain'] }] },
  { name: 'disabled alone: fail', profile: { log_retention: [{ name: 'w1', kind: 'website-access', enabled: false }] }, asOf: AS_OF, expect: [{ status: 'fail', subject: 'w1', facts: ['is disabled'], data: { enabled: false } }] },
  {
    name: 'disabled, too short and missing a field: fail stating all three',
    profile: web({ enabled: false, retention_days: 90, fields: ['content', 'time', 'domain'] }),
    asOf: AS_OF,
    expect: [{ status: 'fail', subject: 'w1', facts: ['is disabled: it keeps no access logs. Log store w1 keeps logs for 90 days', 'does not record ip'] }],
  },
  {
    name: 'short for some start dates and missing a field: fail first, then the warning',
    profile: web({ retention_days: 182, fields: ['content', 'time', 'ip'] }),
    asOf: AS_OF,
    expect: [{ status: 'fail', subject: 'w1', facts: ['does not record domain (§4.6: content, time, ip and domain). Log store w1 keeps logs for 182 days, short'] }],
  },
  { name: 'neither retention_days nor fields: skip no data for the store', profile: { log_retention: [{ name: 'w1', kind: 'website-access' }] }, asOf: AS_OF, expect: [{ status: 'skip', subject: 'w1', path: ['log_retention', 0], facts: ['gives neither retention_days nor fields'], data: { reason: 'no data' } }] },
  { name: 'no retention_days: only the fields are judged', profile: { log_retention: [{ name: 'w1', kind: 'website-access', fields: ALL }] }, asOf: AS_OF, expect: [{ status: 'pass', subject: 'w1', facts: ['(retention_days not given, not judged) with content, time, ip and domain'] }] },
  { name: 'no fields: only the retention is judged', profile: { log_retention: [{ name: 'w1', kind: 'website-access', retention_days: 200 }] }, asOf: AS_OF, expect: [{ status: 'pass', subject: 'w1', facts: ['for 200 days (fields not given, not judged)'] }] },
  { name: 'no fields and too short: fail', profile: { log_retention: [{ name: 'w1', kind: 'website-access', retention_days: 30 }] }, asOf: AS_OF, expect: [{ status: 'fail', subject: 'w1', facts: ['30 days'] }] },
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
      { status: 'pass', subject: 'w1', path: ['log_retention', 1] },
      { status: 'warn', subject: 'w2', path: ['log_retention', 2] },
    ],
  },
]);
