import rule from '../../rules/renewal-deadline.js';
import { at, testRule } from '../helpers/rule-tester.js';

// term.end 2026-12-31 (a date: the last day of service) → expiry E = 2027-01-01 00:00 +08:00,
// deadline D = E − 7 × 24 h = 2026-12-25 00:00 +08:00, warnings from D − 7 days = 2026-12-18 00:00 +08:00.
const sub = (renewal: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  orders: [{ id: 'o1', product: 'ecs', term: { start: '2026-01-01', end: '2026-12-31' }, renewal: { intent: 'renew', ...renewal }, ...extra }],
});

/** The one finding on o1 (line 5). */
const on = (status: 'fail' | 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'o1', path: ['orders', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no orders section: skip no data', profile: {}, asOf: '2026-12-20', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'nothing in scope (payg, let-expire, released, package, no term.end): skip not applicable',
    profile: {
      orders: [
        { id: 'p1', kind: 'payg' },
        { id: 'o2', term: { end: '2026-12-31' }, renewal: { intent: 'let-expire' } },
        { id: 'o3', status: 'released', term: { end: '2026-12-31' } },
        { id: 'k1', kind: 'resource-package', package: { expires_at: '2026-12-31' } },
        { id: 'o4', term: { start: '2026-01-01' } },
      ],
    },
    asOf: '2026-12-20',
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  {
    name: 'unpaid, more than 7 days before the warning window ends: pass due by D',
    profile: sub(),
    asOf: '2026-12-17T23:59:59',
    expect: on('pass', 'dueLater', { order: 'o1', deadline: at('2026-12-25'), daysLeft: 8 }, { deadline: '2026-12-25T00:00:00+08:00', expiry: '2027-01-01T00:00:00+08:00', daysLeft: 8 }),
  },
  {
    name: 'first second of the warning window: warn, 7 days left',
    profile: sub(),
    asOf: '2026-12-18T00:00:00+08:00',
    expect: on('warn', 'renewSoon', { order: 'o1', deadline: at('2026-12-25'), auto: false, failed: false, daysLeft: 7 }, { daysLeft: 7 }),
  },
  {
    name: 'last second before the deadline: warn, 1 day left',
    profile: sub(),
    asOf: '2026-12-24T23:59:59+08:00',
    expect: on('warn', 'renewSoon', { order: 'o1', deadline: at('2026-12-25'), auto: false, failed: false, daysLeft: 1 }, { daysLeft: 1 }),
  },
  {
    name: 'the deadline itself, unpaid: fail not paid 7 days before expiry',
    profile: sub(),
    asOf: '2026-12-25',
    expect: on('fail', 'notPaid', { order: 'o1', deadline: at('2026-12-25'), auto: false, failed: false, expiry: at('2027-01-01'), daysBefore: 7, daysLeft: 7 }, { daysToExpiry: 7 }),
  },
  {
    name: 'last second before expiry: fail, 1 day left',
    profile: sub(),
    asOf: '2026-12-31T23:59:59',
    expect: on('fail', 'notPaid', { order: 'o1', deadline: at('2026-12-25'), auto: false, failed: false, expiry: at('2027-01-01'), daysBefore: 7, daysLeft: 1 }),
  },
  { name: 'the expiry instant: fail expired at E', profile: sub(), asOf: '2027-01-01T00:00:00+08:00', expect: on('fail', 'expired', { order: 'o1', expiry: at('2027-01-01') }, { expiry: '2027-01-01T00:00:00+08:00' }) },
  {
    name: 'auto-renew on is not payment: warn says so',
    profile: sub({ auto: true, last_attempt: 'none' }),
    asOf: '2026-12-20',
    expect: on('warn', 'renewSoon', { order: 'o1', deadline: at('2026-12-25'), auto: true, failed: false, daysLeft: 5 }),
  },
  {
    name: 'auto-renew on with a failed last attempt: warn names both',
    profile: sub({ auto: true, last_attempt: 'failed' }),
    asOf: '2026-12-20',
    expect: on('warn', 'renewSoon', { order: 'o1', deadline: at('2026-12-25'), auto: true, failed: true, daysLeft: 5 }),
  },
  {
    name: 'failed last attempt after the deadline: fail names it',
    profile: sub({ auto: true, last_attempt: 'failed' }),
    asOf: '2026-12-26',
    expect: on('fail', 'notPaid', { order: 'o1', deadline: at('2026-12-25'), auto: true, failed: true, expiry: at('2027-01-01'), daysBefore: 7, daysLeft: 6 }),
  },
  {
    name: 'renewal paid the last second before the deadline: pass',
    profile: sub({ paid_at: '2026-12-24T23:59:59+08:00' }),
    asOf: '2026-12-26',
    expect: on('pass', 'paid', { order: 'o1', deadline: at('2026-12-25'), paidAt: at('2026-12-24T23:59:59') }, { paidAt: '2026-12-24T23:59:59+08:00' }),
  },
  {
    name: 'renewal paid at the deadline: warn renewed late',
    profile: sub({ paid_at: '2026-12-25T00:00:00+08:00' }),
    asOf: '2026-12-26',
    expect: on('warn', 'paidLate', { order: 'o1', deadline: at('2026-12-25'), paidAt: at('2026-12-25'), daysBefore: 7 }),
  },
  {
    name: 'renewal paid after expiry: warn renewed late, not expired',
    profile: sub({ paid_at: '2027-01-03' }),
    asOf: '2027-01-05',
    expect: on('warn', 'paidLate', { order: 'o1', deadline: at('2026-12-25'), paidAt: at('2027-01-03'), daysBefore: 7 }),
  },
  {
    name: 'a renewal payment dated after as-of has not happened yet',
    profile: sub({ paid_at: '2026-12-21' }),
    asOf: '2026-12-20',
    expect: on('warn', 'renewSoon', { order: 'o1', deadline: at('2026-12-25'), auto: false, failed: false, daysLeft: 5 }),
  },
  {
    name: 'renewal.paid_at before term.start belongs to an earlier term: ignored',
    profile: sub({ paid_at: '2025-12-20' }),
    asOf: '2026-12-26',
    expect: on('fail', 'notPaid', { order: 'o1', deadline: at('2026-12-25'), auto: false, failed: false, expiry: at('2027-01-01'), daysBefore: 7, daysLeft: 6 }),
  },
  {
    name: 'no renewal block: intent defaults to renew',
    profile: { orders: [{ id: 'o9', term: { end: '2026-12-31' } }] },
    asOf: '2026-12-20',
    expect: [{ status: 'warn', subject: 'o9', path: ['orders', 0], line: 5, messages: [{ id: 'renewSoon', params: { order: 'o9', deadline: at('2026-12-25'), auto: false, failed: false, daysLeft: 5 } }] }],
  },
  {
    name: 'term.end as a date-time without offset is Beijing time and is the expiry instant',
    profile: sub({}, { term: { end: '2026-12-31T12:00:00' } }),
    asOf: '2026-12-24T11:59:59+08:00',
    expect: on('warn', 'renewSoon', { order: 'o1', deadline: at('2026-12-24T12:00'), auto: false, failed: false, daysLeft: 1 }, { expiry: '2026-12-31T12:00:00+08:00' }),
  },
  {
    name: 'as-of in Z at the deadline of a Beijing date-time term: fail',
    profile: sub({}, { term: { end: '2026-12-31T12:00:00' } }),
    asOf: '2026-12-24T04:00:00Z',
    expect: on('fail', 'notPaid', { order: 'o1', deadline: at('2026-12-24T12:00'), auto: false, failed: false, expiry: at('2026-12-31T12:00'), daysBefore: 7, daysLeft: 7 }),
  },
  {
    name: 'term.end in Z is converted to Beijing time',
    profile: sub({}, { term: { end: '2026-12-31T16:00:00Z' } }),
    asOf: '2026-12-20',
    expect: on('warn', 'renewSoon', { order: 'o1', deadline: at('2026-12-25'), auto: false, failed: false, daysLeft: 5 }),
  },
  {
    name: 'deadline counted back across Feb 29 (2028): 7 × 24 h before 2028-03-04 00:00 is Feb 26',
    profile: sub({}, { term: { end: '2028-03-03' } }),
    asOf: '2028-02-25T23:59:59',
    expect: on('warn', 'renewSoon', { order: 'o1', deadline: at('2028-02-26'), auto: false, failed: false, daysLeft: 1 }, { expiry: '2028-03-04T00:00:00+08:00' }),
  },
  {
    name: 'options: days_before 15, warn_days 3 — before the window: pass',
    profile: sub(),
    asOf: '2026-12-13T23:59:59',
    options: { days_before: 15, warn_days: 3 },
    expect: on('pass', 'dueLater', { order: 'o1', deadline: at('2026-12-17'), daysLeft: 4 }),
  },
  {
    name: 'options: days_before 15, warn_days 3 — window opens',
    profile: sub(),
    asOf: '2026-12-14',
    options: { days_before: 15, warn_days: 3 },
    expect: on('warn', 'renewSoon', { order: 'o1', deadline: at('2026-12-17'), auto: false, failed: false, daysLeft: 3 }),
  },
  {
    name: 'options: days_before 15 — deadline passed',
    profile: sub(),
    asOf: '2026-12-17',
    options: { days_before: 15 },
    expect: on('fail', 'notPaid', { order: 'o1', deadline: at('2026-12-17'), auto: false, failed: false, expiry: at('2027-01-01'), daysBefore: 15, daysLeft: 15 }),
  },
  {
    name: 'one finding per subscription, each at its own path',
    profile: {
      orders: [
        { id: 'p1', kind: 'payg' },
        { id: 'o1', term: { end: '2026-12-31' }, renewal: { paid_at: '2026-12-01' } },
        { id: 'o2', term: { end: '2027-03-31' } },
      ],
    },
    asOf: '2026-12-20',
    expect: [
      { status: 'pass', subject: 'o1', path: ['orders', 1], line: 7, messages: [{ id: 'paid', params: { order: 'o1', deadline: at('2026-12-25'), paidAt: at('2026-12-01') } }] },
      { status: 'pass', subject: 'o2', path: ['orders', 2], line: 12, messages: [{ id: 'dueLater', params: { order: 'o2', deadline: at('2027-03-25'), daysLeft: 95 } }] },
    ],
  },
  {
    name: 'a resource renewed by a newer order is judged on that order, not the expired one it replaced',
    profile: {
      orders: [
        { id: 'old', product: 'ecs', resource: 'i-1', placed_at: '2025-11-01', paid_at: '2025-11-01', amount: '100', term: { start: '2025-11-01', end: '2026-10-31' } },
        { id: 'new', product: 'ecs', resource: 'i-1', placed_at: '2026-10-20', paid_at: '2026-10-20', amount: '100', term: { start: '2026-11-01', end: '2027-10-31' } },
        { id: 'later', product: 'ecs', resource: 'i-2', placed_at: '2026-12-01', amount: '100', term: { start: '2026-12-01', end: '2026-12-10' } },
      ],
    },
    asOf: '2026-11-26',
    expect: [{ status: 'pass', subject: 'new', path: ['orders', 1], line: 14, messages: [{ id: 'dueLater', params: { order: 'new', deadline: at('2027-10-25'), daysLeft: 333 } }] }],
  },
]);
