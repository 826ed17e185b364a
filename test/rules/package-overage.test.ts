import rule from '../../rules/package-overage.js';
import { at, testRule, yuan } from '../helpers/rule-tester.js';

// p1's last day is 2026-12-31: it expires at 2027-01-01 00:00 +08:00.
const p = (id: string, fields: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  id, kind: 'resource-package', product: 'oss', amount: '100.00', placed_at: '2026-01-01', paid_at: '2026-01-01',
  package: { quantity: '100', used: '40', unit: 'GB', period: 'total', expires_at: '2026-12-31', in_use: true, ...fields },
  ...extra,
});
const next = (fields: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  p('p2', { used: '0', expires_at: '2027-12-31', in_use: false, ...fields }, { placed_at: '2026-12-20', paid_at: '2026-12-20', ...extra });
const profile = (...orders: Record<string, unknown>[]) => ({ account: { id: '1000000000000001', billing: { balance: '1234.5' } }, orders });
const notApplicable = [{ status: 'skip' as const, subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'not applicable' } }];

/** The one finding on p1 (line 7). */
const on = (status: 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'p1', path: ['orders', 0], line: 7, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no orders section: skip no data', profile: {}, asOf: '2027-01-01', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'the second before expiry: not ended, not applicable',
    profile: profile(p('p1')),
    asOf: '2026-12-31T23:59:59',
    expect: notApplicable,
  },
  {
    name: 'expired, in use, no successor: warn with the cash balance',
    profile: profile(p('p1')),
    asOf: '2027-01-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, balance: yuan('1234.50') }, { expiredAt: '2027-01-01T00:00:00+08:00', usedUp: false, balance: '1234.50' }),
  },
  {
    name: 'a day after expiry: still warn',
    profile: profile(p('p1')),
    asOf: '2027-01-02',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, balance: yuan('1234.50') }),
  },
  {
    name: 'ended but not in use: not applicable',
    profile: profile(p('p1', { in_use: false })),
    asOf: '2027-01-01',
    expect: notApplicable,
  },
  { name: 'in_use absent: not in use', profile: profile(p('p1', { in_use: null })), asOf: '2027-01-01', expect: notApplicable },
  {
    name: 'a released package is out of scope',
    profile: profile(p('p1', {}, { status: 'released' })),
    asOf: '2027-01-01',
    expect: notApplicable,
  },
  {
    name: 'used up before expiry: warn',
    profile: profile(p('p1', { used: '100' })),
    asOf: '2026-12-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: false, quantity: yuan('100'), used: yuan('100'), usedUp: true, unit: 'GB' }, balance: yuan('1234.50') }, { usedUp: true }),
  },
  {
    name: 'used beyond the quantity counts as used up',
    profile: profile(p('p1', { used: '100.5' })),
    asOf: '2026-12-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: false, quantity: yuan('100'), used: yuan('100.50'), usedUp: true, unit: 'GB' }, balance: yuan('1234.50') }),
  },
  {
    name: 'expired and used up: both stated',
    profile: profile(p('p1', { used: '100' })),
    asOf: '2027-01-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('100'), usedUp: true, unit: 'GB' }, balance: yuan('1234.50') }),
  },
  {
    name: 'status expired without expires_at',
    profile: profile(p('p1', { expires_at: null }, { status: 'expired' })),
    asOf: '2026-12-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, balance: yuan('1234.50') }),
  },
  {
    name: 'an active successor: pass',
    profile: profile(p('p1', { successor: 'p2' }), next()),
    asOf: '2027-01-01',
    expect: on('pass', 'covered', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, successor: { id: 'p2', via: [] } }, { successor: 'p2' }),
  },
  {
    name: 'a successor that has expired: warn',
    profile: profile(p('p1', { successor: 'p2' }), next({ expires_at: '2026-12-31' })),
    asOf: '2027-01-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, successor: { id: 'p2', via: [], gap: { kind: 'ended', state: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('0'), usedUp: false, unit: 'GB' } } }, balance: yuan('1234.50') }, { successor: 'p2' }),
  },
  {
    name: 'a successor that is used up: warn',
    profile: profile(p('p1', { successor: 'p2' }), next({ used: '100' })),
    asOf: '2027-01-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, successor: { id: 'p2', via: [], gap: { kind: 'ended', state: { expiry: at('2028-01-01'), expired: false, quantity: yuan('100'), used: yuan('100'), usedUp: true, unit: 'GB' } } }, balance: yuan('1234.50') }),
  },
  {
    name: 'an unpaid successor: warn',
    profile: profile(p('p1', { successor: 'p2' }), next({}, { paid_at: null })),
    asOf: '2027-01-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, successor: { id: 'p2', via: [], gap: { kind: 'unpaid' } }, balance: yuan('1234.50') }),
  },
  {
    name: 'a successor paid after T is not paid yet',
    profile: profile(p('p1', { successor: 'p2' }), next({}, { paid_at: '2027-01-05' })),
    asOf: '2027-01-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, successor: { id: 'p2', via: [], gap: { kind: 'unpaid' } }, balance: yuan('1234.50') }),
  },
  {
    name: 'a released successor: warn',
    profile: profile(p('p1', { successor: 'p2' }), next({}, { status: 'released' })),
    asOf: '2027-01-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, successor: { id: 'p2', via: [], gap: { kind: 'released' } }, balance: yuan('1234.50') }),
  },
  {
    name: 'a chain of successors: the first active one takes over',
    profile: profile(p('p1', { successor: 'p2' }), next({ expires_at: '2026-12-31', successor: 'p3' }), p('p3', { used: '0', expires_at: '2027-12-31', in_use: false })),
    asOf: '2027-01-01',
    // p2 has ended too but is not in use, so it has no finding of its own.
    expect: on('pass', 'covered', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, successor: { id: 'p3', via: ['p2'] } }, { successor: 'p3' }),
  },
  {
    name: 'a chain ending in an unpaid package: warn naming it',
    profile: profile(p('p1', { successor: 'p2' }), next({ expires_at: '2026-12-31', successor: 'p3' }), p('p3', { used: '0', expires_at: '2027-12-31', in_use: false }, { paid_at: null })),
    asOf: '2027-01-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, successor: { id: 'p3', via: ['p2'], gap: { kind: 'unpaid' } }, balance: yuan('1234.50') }, { successor: 'p3' }),
  },
  {
    name: 'a loop of successors stops',
    profile: profile(p('p1', { successor: 'p2' }), next({ expires_at: '2026-12-31', successor: 'p1' })),
    asOf: '2027-01-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, successor: { id: 'p2', via: [], gap: { kind: 'ended', state: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('0'), usedUp: false, unit: 'GB' } } }, balance: yuan('1234.50') }),
  },
  {
    name: 'no balance: the message leaves it out',
    profile: { orders: [p('p1')] },
    asOf: '2027-01-01',
    expect: [{ status: 'warn', subject: 'p1', line: 5, messages: [{ id: 'billed', params: { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' } } }] }],
  },
  {
    name: 'a negative balance is shown',
    profile: { account: { id: '1000000000000001', billing: { balance: '-20' } }, orders: [p('p1')] },
    asOf: '2027-01-01',
    expect: on('warn', 'billed', { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, balance: yuan('-20') }, { balance: '-20.00' }),
  },
  {
    name: 'expires_at as a UTC date-time, and each ended package judged on its own',
    profile: profile(p('p1', { expires_at: '2026-12-31T16:00:00Z' }), p('p9', { used: '100' })),
    asOf: '2027-01-01T00:00:00+08:00',
    expect: [
      {
        status: 'warn',
        subject: 'p1',
        line: 7,
        messages: [{ id: 'billed', params: { order: 'p1', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('40'), usedUp: false, unit: 'GB' }, balance: yuan('1234.50') } }],
      },
      {
        status: 'warn',
        subject: 'p9',
        path: ['orders', 1],
        line: 20,
        messages: [{ id: 'billed', params: { order: 'p9', end: { expiry: at('2027-01-01'), expired: true, quantity: yuan('100'), used: yuan('100'), usedUp: true, unit: 'GB' }, balance: yuan('1234.50') } }],
      },
    ],
  },
]);
