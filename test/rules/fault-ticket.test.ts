import rule from '../../rules/fault-ticket.js';
import { at, testRule } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const inc = (id: string, extra: Record<string, unknown> = {}) => ({ id, product: 'ecs', start: '2026-11-01T10:00', end: '2026-11-01T12:00', cause: 'provider', ...extra });

/** The one finding on a (line 5). */
const on = (status: 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'a', path: ['incidents', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no incidents section: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data', needs: 'incidents with cause: provider' } }] },
  { name: 'incidents: [] : skip not applicable', profile: { incidents: [] }, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  {
    name: 'only other causes: skip not applicable',
    profile: { incidents: [inc('a', { cause: 'attack' }), inc('b', { cause: 'customer' })] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  {
    name: 'a cause unknown: skip no data',
    profile: { incidents: [inc('a', { cause: undefined }), inc('b', { cause: 'network' })] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }],
  },
  { name: 'a ticket: pass', profile: { incidents: [inc('a', { ticket: 'T-123' })] }, asOf: T, expect: on('pass', 'reported', { incident: 'a', ticket: 'T-123' }, { ticket: 'T-123' }) },
  { name: 'no ticket: warn', profile: { incidents: [inc('a', { resource: 'i-1' })] }, asOf: T, expect: on('warn', 'noTicket', { incident: 'a', service: 'i-1', start: at('2026-11-01T10:00') }, { ticket: null }) },
  {
    name: 'no ticket, start in UTC, no resource or product',
    profile: { incidents: [inc('a', { product: undefined, start: '2026-11-01T02:00:00Z' })] },
    asOf: T,
    expect: on('warn', 'noTicket', { incident: 'a', start: at('2026-11-01T10:00') }),
  },
  { name: 'an open incident without a ticket: warn', profile: { incidents: [inc('a', { end: undefined })] }, asOf: T, expect: on('warn', 'noTicket', { incident: 'a', service: 'ecs', start: at('2026-11-01T10:00') }) },
  {
    name: 'only provider-caused incidents that had started by T are subjects',
    profile: { incidents: [inc('x', { cause: 'maintenance' }), inc('a', { ticket: 'T-1' }), inc('b'), inc('c', { start: '2026-11-26T00:00:01', end: undefined })] },
    asOf: T,
    expect: [
      { status: 'pass', subject: 'a', path: ['incidents', 1], line: 10, messages: [{ id: 'reported', params: { incident: 'a', ticket: 'T-1' } }] },
      { status: 'warn', subject: 'b', path: ['incidents', 2], line: 16, messages: [{ id: 'noTicket', params: { incident: 'b', service: 'ecs', start: at('2026-11-01T10:00') } }] },
    ],
  },
  {
    name: 'an incident starting exactly at T counts',
    profile: { incidents: [inc('a', { start: '2026-11-26', end: undefined })] },
    asOf: T,
    expect: on('warn', 'noTicket', { incident: 'a', service: 'ecs', start: at('2026-11-26') }),
  },
]);
