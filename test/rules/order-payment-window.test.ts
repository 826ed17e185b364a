import rule from '../../rules/order-payment-window.js';
import { at, testRule } from '../helpers/rule-tester.js';

const order = (extra: Record<string, unknown>) => ({ orders: [{ id: 'o1', amount: '100.00', placed_at: '2026-11-20T10:00:00', ...extra }] });

/** The one finding on o1 (line 5). */
const on = (status: 'fail' | 'pass' | 'skip' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'o1', path: ['orders', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no orders section: skip no data', profile: {}, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'only payg orders: skip not applicable', profile: { orders: [{ id: 'p1', kind: 'payg' }] }, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  { name: 'paid within the hold: pass', profile: order({ paid_at: '2026-11-21' }), asOf: '2026-11-26', expect: on('pass', 'paid', { order: 'o1' }) },
  {
    name: 'unpaid, hold runs to (D+8) 00:00: warn with days left',
    profile: order({}),
    asOf: '2026-11-26',
    expect: on('warn', 'unpaid', { order: 'o1', lapse: at('2026-11-28'), daysLeft: 2 }, { payBy: '2026-11-28T00:00:00+08:00', daysLeft: 2 }),
  },
  { name: 'last second before the lapse: warn, 1 day left', profile: order({}), asOf: '2026-11-27T23:59:59+08:00', expect: on('warn', 'unpaid', { order: 'o1', lapse: at('2026-11-28'), daysLeft: 1 }) },
  { name: 'the lapse instant itself: fail', profile: order({}), asOf: '2026-11-28T00:00:00+08:00', expect: on('fail', 'lapsed', { order: 'o1', lapse: at('2026-11-28') }) },
  {
    name: 'lapse computed in Beijing time for a UTC placed_at',
    profile: order({ placed_at: '2026-11-20T17:00:00Z' }),
    asOf: '2026-11-28T12:00:00+08:00',
    expect: on('warn', 'unpaid', { order: 'o1', lapse: at('2026-11-29'), daysLeft: 1 }),
  },
  { name: 'paid at the lapse instant: warn paid late', profile: order({ paid_at: '2026-11-28T00:00:00+08:00' }), asOf: '2026-12-01', expect: on('warn', 'paidLate', { order: 'o1', lapse: at('2026-11-28') }) },
  { name: 'payment dated after as-of has not happened yet', profile: order({ paid_at: '2026-11-27' }), asOf: '2026-11-26', expect: on('warn', 'unpaid', { order: 'o1', lapse: at('2026-11-28'), daysLeft: 2 }) },
  { name: 'sold out before payment: fail', profile: order({ sold_out: true }), asOf: '2026-11-21', expect: on('fail', 'soldOut', { order: 'o1' }) },
  { name: 'hold across Feb 29 in a leap year', profile: order({ placed_at: '2028-02-25' }), asOf: '2028-03-03T23:59:59', expect: on('warn', 'unpaid', { order: 'o1', lapse: at('2028-03-04'), daysLeft: 1 }) },
  { name: 'hold_days option', profile: order({}), asOf: '2026-11-26', options: { hold_days: 3 }, expect: on('fail', 'lapsed', { order: 'o1', lapse: at('2026-11-24') }) },
  { name: 'unpaid without placed_at: skip, hold unknown', profile: { orders: [{ id: 'o1', amount: '100.00' }] }, asOf: '2026-11-26', expect: on('skip', 'noPlacedAt', { order: 'o1' }) },
  {
    name: 'released orders are out of scope',
    profile: { orders: [{ id: 'o1', status: 'released', placed_at: '2026-01-01' }, { id: 'o2', placed_at: '2026-11-25', paid_at: '2026-11-25' }] },
    asOf: '2026-11-26',
    expect: [{ status: 'pass', subject: 'o2', path: ['orders', 1], line: 8, messages: [{ id: 'paid', params: { order: 'o2' } }] }],
  },
]);
