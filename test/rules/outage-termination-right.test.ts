import rule from '../../rules/outage-termination-right.js';
import { at, testRule } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const inc = (id: string, start: string, end: string | undefined, extra: Record<string, unknown> = {}) => ({ id, product: 'ecs', start, ...(end ? { end } : {}), cause: 'provider', ...extra });

/** The one finding on ecs (line 5). */
const on = (status: 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'ecs', path: ['incidents', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no incidents section: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'only other causes: skip not applicable',
    profile: { incidents: [inc('a', '2026-11-01', '2026-11-10', { cause: 'customer' }), inc('b', '2026-11-01', '2026-11-10', { cause: 'force-majeure' }), inc('c', '2026-11-01', '2026-11-10', { cause: 'maintenance' })] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  {
    name: 'an absent cause is unknown and never counts: skip no data',
    profile: { incidents: [inc('a', '2026-11-01', '2026-11-10', { cause: undefined })] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }],
  },
  {
    name: 'exactly 72 h: warn, right available',
    profile: { incidents: [inc('a', '2026-11-01T00:00', '2026-11-04T00:00')] },
    asOf: T,
    expect: on('warn', 'available', { subject: 'ecs', hours: 72, from: at('2026-11-01'), to: at('2026-11-04'), open: false, lapsesAt: at('2027-11-05') }, { hours: 72, from: '2026-11-01T00:00:00+08:00', to: '2026-11-04T00:00:00+08:00', ongoing: false, incidents: ['a'], lapsesAt: '2027-11-05T00:00:00+08:00' }),
  },
  {
    name: '71 h 59 min 59 s: pass, under 72 h',
    profile: { incidents: [inc('a', '2026-11-01T00:00', '2026-11-03T23:59:59')] },
    asOf: T,
    expect: on('pass', 'short', { subject: 'ecs', hours: 71, from: at('2026-11-01'), to: at('2026-11-03T23:59:59'), open: false, threshold: 72 }, { hours: 71 }),
  },
  {
    name: 'UTC times read in Beijing time',
    profile: { incidents: [inc('a', '2026-10-31T16:00:00Z', '2026-11-03T16:00:00Z')] },
    asOf: T,
    expect: on('warn', 'available', { subject: 'ecs', hours: 72, from: at('2026-11-01'), to: at('2026-11-04'), open: false, lapsesAt: at('2027-11-05') }),
  },
  {
    name: 'touching intervals merge: 36 h + 36 h = 72 h',
    profile: { incidents: [inc('b', '2026-11-02T12:00', '2026-11-04T00:00'), inc('a', '2026-11-01T00:00', '2026-11-02T12:00')] },
    asOf: T,
    expect: [
      {
        status: 'warn',
        subject: 'ecs',
        path: ['incidents', 1],
        line: 10,
        messages: [{ id: 'available', params: { subject: 'ecs', hours: 72, from: at('2026-11-01'), to: at('2026-11-04'), open: false, lapsesAt: at('2027-11-05') } }],
        data: { incidents: ['a', 'b'] },
      },
    ],
  },
  {
    name: 'a one-second gap does not merge: pass with the longest',
    profile: { incidents: [inc('a', '2026-11-01T00:00', '2026-11-02T12:00'), inc('b', '2026-11-02T12:00:01', '2026-11-04T00:00')] },
    asOf: T,
    expect: on('pass', 'short', { subject: 'ecs', hours: 36, from: at('2026-11-01'), to: at('2026-11-02T12:00'), open: false, threshold: 72 }, { hours: 36, incidents: ['a'] }),
  },
  {
    name: 'overlapping intervals merge',
    profile: { incidents: [inc('a', '2026-11-01', '2026-11-03'), inc('b', '2026-11-02', '2026-11-04T02:00'), inc('c', '2026-11-02T06:00', '2026-11-02T07:00')] },
    asOf: T,
    expect: on('warn', 'available', { subject: 'ecs', hours: 74, from: at('2026-11-01'), to: at('2026-11-04T02:00'), open: false, lapsesAt: at('2027-11-05') }, { incidents: ['a', 'b', 'c'] }),
  },
  {
    name: 'an open incident runs to T: warn, ongoing',
    profile: { incidents: [inc('a', '2026-11-22T00:00', undefined, { resource: 'i-1' })] },
    asOf: T,
    expect: [
      {
        status: 'warn',
        subject: 'i-1',
        line: 5,
        messages: [{ id: 'available', params: { subject: 'i-1', hours: 96, from: at('2026-11-22'), to: at('2026-11-26'), open: true, lapsesAt: at('2027-11-27') } }],
        data: { hours: 96, ongoing: true },
      },
    ],
  },
  {
    name: 'an open incident 71 h old: pass',
    profile: { incidents: [inc('a', '2026-11-23T01:00', undefined)] },
    asOf: T,
    expect: on('pass', 'short', { subject: 'ecs', hours: 71, from: at('2026-11-23T01:00'), to: at('2026-11-26'), open: true, threshold: 72 }),
  },
  {
    name: 'an end after T is still open at T',
    profile: { incidents: [inc('a', '2026-11-23', '2026-12-01')] },
    asOf: T,
    expect: on('warn', 'available', { subject: 'ecs', hours: 72, from: at('2026-11-23'), to: at('2026-11-26'), open: true, lapsesAt: at('2027-11-27') }, { ongoing: true }),
  },
  {
    name: 'grouped by resource where given, else product',
    profile: { incidents: [inc('a', '2026-11-01', '2026-11-03', { resource: 'i-1' }), inc('b', '2026-11-02', '2026-11-04'), inc('c', '2026-11-03', '2026-11-04', { resource: 'i-1' })] },
    asOf: T,
    expect: [
      {
        status: 'warn',
        subject: 'i-1',
        path: ['incidents', 0],
        line: 5,
        messages: [{ id: 'available', params: { subject: 'i-1', hours: 72, from: at('2026-11-01'), to: at('2026-11-04'), open: false, lapsesAt: at('2027-11-05') } }],
        data: { hours: 72, incidents: ['a', 'c'] },
      },
      { status: 'pass', subject: 'ecs', path: ['incidents', 1], line: 11, messages: [{ id: 'short', params: { subject: 'ecs', hours: 48, from: at('2026-11-02'), to: at('2026-11-04'), open: false, threshold: 72 } }], data: { hours: 48 } },
    ],
  },
  {
    name: 'other and absent causes do not bridge provider incidents',
    profile: { incidents: [inc('a', '2026-11-01', '2026-11-02'), inc('x', '2026-11-02', '2026-11-03', { cause: 'network' }), inc('y', '2026-11-02', '2026-11-03', { cause: undefined }), inc('b', '2026-11-03', '2026-11-04')] },
    asOf: T,
    expect: [{ status: 'pass', subject: 'ecs', line: 19, messages: [{ id: 'short', params: { subject: 'ecs', hours: 24, from: at('2026-11-03'), to: at('2026-11-04'), open: false, threshold: 72 } }], data: { hours: 24 } }],
  },
  {
    name: 'an incident starting after T has not happened',
    profile: { incidents: [inc('a', '2026-11-26T00:00:01', '2026-11-30')] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  {
    name: 'last second before the right lapses: warn',
    profile: { incidents: [inc('a', '2025-11-10', '2025-11-20T10:00')] },
    asOf: '2026-11-20T23:59:59',
    expect: on('warn', 'available', { subject: 'ecs', hours: 250, from: at('2025-11-10'), to: at('2025-11-20T10:00'), open: false, lapsesAt: at('2026-11-21') }),
  },
  {
    name: 'the lapse instant: pass, right lapsed',
    profile: { incidents: [inc('a', '2025-11-10', '2025-11-20T10:00')] },
    asOf: '2026-11-21',
    expect: on('pass', 'lapsed', { subject: 'ecs', hours: 250, from: at('2025-11-10'), to: at('2025-11-20T10:00'), open: false, lapsesAt: at('2026-11-21') }, { lapsedAt: '2026-11-21T00:00:00+08:00' }),
  },
  {
    name: 'ended on Feb 29: the right runs to 2029-03-01 00:00',
    profile: { incidents: [inc('a', '2028-02-25', '2028-02-29T10:00')] },
    asOf: '2029-02-28T23:59:59',
    expect: on('warn', 'available', { subject: 'ecs', hours: 106, from: at('2028-02-25'), to: at('2028-02-29T10:00'), open: false, lapsesAt: at('2029-03-01') }),
  },
  {
    name: 'ended on Feb 29: lapsed on 2029-03-01',
    profile: { incidents: [inc('a', '2028-02-25', '2028-02-29T10:00')] },
    asOf: '2029-03-01',
    expect: on('pass', 'lapsed', { subject: 'ecs', hours: 106, from: at('2028-02-25'), to: at('2028-02-29T10:00'), open: false, lapsesAt: at('2029-03-01') }),
  },
  {
    name: 'a lapsed long outage and a recent long one: warn on the recent one',
    profile: { incidents: [inc('old', '2024-01-01', '2024-01-20'), inc('new', '2026-11-10', '2026-11-13T06:00')] },
    asOf: T,
    expect: [
      {
        status: 'warn',
        subject: 'ecs',
        path: ['incidents', 1],
        line: 10,
        messages: [{ id: 'available', params: { subject: 'ecs', hours: 78, from: at('2026-11-10'), to: at('2026-11-13T06:00'), open: false, lapsesAt: at('2027-11-14') } }],
        data: { incidents: ['new'] },
      },
    ],
  },
  {
    name: 'a lapsed long outage and a recent short one: pass, lapsed',
    profile: { incidents: [inc('old', '2024-01-01', '2024-01-20'), inc('new', '2026-11-10', '2026-11-11')] },
    asOf: T,
    expect: on('pass', 'lapsed', { subject: 'ecs', hours: 456, from: at('2024-01-01'), to: at('2024-01-20'), open: false, lapsesAt: at('2025-01-21') }),
  },
  {
    name: 'hours option 24',
    profile: { incidents: [inc('a', '2026-11-01', '2026-11-02')] },
    asOf: T,
    options: { hours: 24 },
    expect: on('warn', 'available', { subject: 'ecs', hours: 24, from: at('2026-11-01'), to: at('2026-11-02'), open: false, lapsesAt: at('2027-11-03') }),
  },
  {
    name: 'hours option 100: 96 h passes',
    profile: { incidents: [inc('a', '2026-11-01', '2026-11-05')] },
    asOf: T,
    options: { hours: 100 },
    expect: on('pass', 'short', { subject: 'ecs', hours: 96, from: at('2026-11-01'), to: at('2026-11-05'), open: false, threshold: 100 }),
  },
  {
    name: 'an incident naming neither resource nor product is its own group',
    profile: { incidents: [inc('z', '2026-11-01', '2026-11-05', { product: undefined })] },
    asOf: T,
    expect: [{ status: 'warn', subject: 'z', line: 5, messages: [{ id: 'available', params: { subject: 'z', hours: 96, from: at('2026-11-01'), to: at('2026-11-05'), open: false, lapsesAt: at('2027-11-06') } }] }],
  },
]);
