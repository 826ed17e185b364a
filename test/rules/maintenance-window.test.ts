import rule from '../../rules/maintenance-window.js';
import { at, testRule } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const incident = (extra: Record<string, unknown>) => ({ incidents: [{ id: 'm1', resource: 'i-1', start: '2026-11-20T01:00', end: '2026-11-20T05:00', cause: 'maintenance', ...extra }] });
/** The finding on incident m1, whose list item starts on line 5 of the generated YAML. */
const on = (status: 'pass' | 'warn' | 'skip', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'm1', path: ['incidents', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];
const window = (from: string, to: string, hours: number, ongoing = false, limit = 4) => ({ incident: 'm1', service: 'i-1', from: at(from), to: at(to), ongoing, hours, limit });

testRule(rule, [
  { name: 'no incidents section: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'no maintenance incident: skip not applicable', profile: incident({ cause: 'provider' }), asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  { name: 'exactly 4 h: short, pass', profile: incident({}), asOf: T, expect: on('pass', 'short', window('2026-11-20T01:00', '2026-11-20T05:00', 4), { hours: 4, maxHours: 4, ongoing: false }) },
  { name: 'one second more than 4 h: warn', profile: incident({ end: '2026-11-20T05:00:01' }), asOf: T, expect: on('warn', 'tooLong', window('2026-11-20T01:00', '2026-11-20T05:00:01', 4), { hours: 4 }) },
  { name: 'ten hours: warn', profile: incident({ end: '2026-11-20T11:00' }), asOf: T, expect: on('warn', 'tooLong', window('2026-11-20T01:00', '2026-11-20T11:00', 10)) },
  { name: 'max_hours 12: ten hours is short', profile: incident({ end: '2026-11-20T11:00' }), asOf: T, options: { max_hours: 12 }, expect: on('pass', 'short', window('2026-11-20T01:00', '2026-11-20T11:00', 10, false, 12)) },
  {
    name: 'ongoing at the last instant of the limit: pass, with the instant it turns to warn',
    profile: incident({ end: undefined }),
    asOf: '2026-11-20T05:00',
    expect: on('pass', 'ongoing', { ...window('2026-11-20T01:00', '2026-11-20T05:00', 4, true), overrunAt: at('2026-11-20T05:00') + 1 }, { dueAt: '2026-11-20T05:00:00+08:00', dueKind: 'maintenance-overrun', dueTurnsTo: 'warn', ongoing: true }),
  },
  { name: 'ongoing one second past the limit: warn', profile: incident({ end: undefined }), asOf: '2026-11-20T05:00:01', expect: on('warn', 'tooLong', window('2026-11-20T01:00', '2026-11-20T05:00:01', 4, true)) },
  { name: 'an end after T is not yet: ongoing', profile: incident({ end: '2026-11-21' }), asOf: '2026-11-20T02:00', expect: on('pass', 'ongoing', { ...window('2026-11-20T01:00', '2026-11-20T02:00', 1, true), overrunAt: at('2026-11-20T05:00') + 1 }) },
  { name: 'a start given in UTC: 2026-11-19T17:00Z is 01:00 +08:00', profile: incident({ start: '2026-11-19T17:00:00Z', end: '2026-11-19T21:00:01Z' }), asOf: T, expect: on('warn', 'tooLong', { ...window('2026-11-20T01:00', '2026-11-20T05:00:01', 4) }) },
  { name: 'starts after T: skip not applicable', profile: incident({}), asOf: '2026-11-20T00:59:59', expect: on('skip', 'notYet', { incident: 'm1', start: at('2026-11-20T01:00') }, { reason: 'not applicable' }) },
  { name: 'no resource: the product names the service', profile: incident({ resource: undefined, product: 'rds', end: '2026-11-20T02:00' }), asOf: T, expect: on('pass', 'short', { ...window('2026-11-20T01:00', '2026-11-20T02:00', 1), service: 'rds' }) },
]);
