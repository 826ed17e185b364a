import rule from '../../rules/auto-renew-funding.js';
import { at, testRule, yuan } from '../helpers/rule-tester.js';

// Term ends 2026-12-10 (last day): expiry 2026-12-11 00:00 +08:00; the 12-day window opens 2026-11-29 00:00 +08:00.
const sub = (renewal: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  id: 's1',
  product: 'ecs',
  resource: 'i-1',
  placed_at: '2025-12-01',
  term: { start: '2025-12-11', end: '2026-12-10' },
  renewal: { auto: true, price: '300.00', ...renewal },
  ...extra,
});
const account = (balance?: string) => ({ account: { id: '1000000000000001', billing: balance === undefined ? {} : { balance } } });
const profile = (balance: string | undefined, ...orders: Record<string, unknown>[]) => ({ ...account(balance), orders });
const notApplicable = [{ status: 'skip' as const, subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'not applicable' } }];

/** The one finding on s1 (line 7). */
const on = (status: 'pass' | 'skip' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 's1', path: ['orders', 0], line: 7, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no orders section: skip no data', profile: account('500.00'), asOf: '2026-12-01', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'auto-renew off: skip not applicable',
    profile: profile('500.00', sub({ auto: false })),
    asOf: '2026-12-01',
    expect: notApplicable,
  },
  {
    name: 'the second before the window opens: not judged',
    profile: profile('0.00', sub()),
    asOf: '2026-11-28T23:59:59',
    expect: notApplicable,
  },
  {
    name: 'window opens at expiry - 12 days: funded, pass',
    profile: profile('500.00', sub()),
    asOf: '2026-11-29',
    expect: on('pass', 'funded', { order: 's1', expiry: at('2026-12-11'), daysLeft: 12, balance: yuan('500'), price: yuan('300') }, { expiresAt: '2026-12-11T00:00:00+08:00', daysLeft: 12, balance: '500.00', renewalPrice: '300.00' }),
  },
  {
    name: 'a day into the window: 12 days left (rounded up)',
    profile: profile('500.00', sub()),
    asOf: '2026-11-29T00:00:01',
    expect: on('pass', 'funded', { order: 's1', expiry: at('2026-12-11'), daysLeft: 12, balance: yuan('500'), price: yuan('300') }),
  },
  {
    name: 'last second before expiry: 1 day left',
    profile: profile('500.00', sub()),
    asOf: '2026-12-10T23:59:59+08:00',
    expect: on('pass', 'funded', { order: 's1', expiry: at('2026-12-11'), daysLeft: 1, balance: yuan('500'), price: yuan('300') }, { daysLeft: 1 }),
  },
  {
    name: 'at expiry the window has closed (renewal-deadline reports it)',
    profile: profile('0.00', sub()),
    asOf: '2026-12-11',
    expect: notApplicable,
  },
  {
    name: 'last attempt failed: warn',
    profile: profile('500.00', sub({ last_attempt: 'failed' })),
    asOf: '2026-12-05',
    expect: on('warn', 'failed', { order: 's1', expiry: at('2026-12-11'), daysLeft: 6 }, { lastAttempt: 'failed' }),
  },
  {
    name: 'last attempt succeeded (an earlier term) is no condition',
    profile: profile('500.00', sub({ last_attempt: 'succeeded' })),
    asOf: '2026-12-05',
    expect: on('pass', 'funded', { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, balance: yuan('500'), price: yuan('300') }),
  },
  {
    name: 'balance below the renewal price: warn with the shortfall',
    profile: profile('100.00', sub()),
    asOf: '2026-12-05',
    expect: on('warn', 'short', { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, balance: yuan('100'), price: yuan('300'), shortfall: yuan('200') }, { balance: '100.00', renewalPrice: '300.00', shortfall: '200.00' }),
  },
  {
    name: 'both conditions: one warn stating both, the failed attempt first',
    profile: profile('1234.5', sub({ last_attempt: 'failed', price: '2000' })),
    asOf: '2026-12-05',
    expect: [
      {
        status: 'warn',
        subject: 's1',
        line: 7,
        messages: [{ id: 'failed', params: { order: 's1', expiry: at('2026-12-11'), daysLeft: 6 } }, { id: 'short', params: { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, balance: yuan('1234.50'), price: yuan('2000'), shortfall: yuan('765.50') } }],
      },
    ],
  },
  {
    name: 'negative balance: the shortfall includes the debt',
    profile: profile('-20.00', sub()),
    asOf: '2026-12-05',
    expect: on('warn', 'short', { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, balance: yuan('-20'), price: yuan('300'), shortfall: yuan('320') }, { shortfall: '320.00' }),
  },
  {
    name: 'balance equal to the price: pass',
    profile: profile('300.00', sub()),
    asOf: '2026-12-05',
    expect: on('pass', 'funded', { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, balance: yuan('300'), price: yuan('300') }),
  },
  {
    name: 'compared at the fen: ¥299.995 rounds half up to ¥300.00, pass',
    profile: profile('299.995', sub()),
    asOf: '2026-12-05',
    expect: on('pass', 'funded', { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, balance: yuan('299.995'), price: yuan('300') }, { balance: '300.00' }),
  },
  {
    name: 'compared at the fen: ¥299.994 is ¥0.01 short',
    profile: profile('299.994', sub()),
    asOf: '2026-12-05',
    expect: on('warn', 'short', { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, balance: yuan('299.994'), price: yuan('300'), shortfall: yuan('0.01') }, { shortfall: '0.01' }),
  },
  {
    name: 'renewal already paid: out of scope',
    profile: profile('0.00', sub({ paid_at: '2026-12-01' })),
    asOf: '2026-12-05',
    expect: notApplicable,
  },
  {
    name: 'renewal paid after T has not happened yet',
    profile: profile('0.00', sub({ paid_at: '2026-12-06' })),
    asOf: '2026-12-05',
    expect: on('warn', 'short', { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, balance: yuan('0'), price: yuan('300'), shortfall: yuan('300') }),
  },
  {
    name: 'renewal paid before term.start belongs to an earlier term',
    profile: profile('0.00', sub({ paid_at: '2025-12-01' })),
    asOf: '2026-12-05',
    expect: on('warn', 'short', { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, balance: yuan('0'), price: yuan('300'), shortfall: yuan('300') }),
  },
  {
    name: 'no balance in the profile: skip no data',
    profile: profile(undefined, sub()),
    asOf: '2026-12-05',
    expect: [
      {
        status: 'skip',
        subject: 's1',
        path: ['orders', 0],
        line: 6,
        messages: [{ id: 'unknownFunding', params: { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, missing: ['billing.balance'] } }],
        data: { reason: 'no data', expiresAt: '2026-12-11T00:00:00+08:00' },
      },
    ],
  },
  {
    name: 'no balance nor price: skip naming both',
    profile: profile(undefined, sub({ price: null })),
    asOf: '2026-12-05',
    expect: [{ status: 'skip', subject: 's1', line: 6, messages: [{ id: 'unknownFunding', params: { order: 's1', expiry: at('2026-12-11'), daysLeft: 6, missing: ['billing.balance', 'renewal.price'] } }] }],
  },
  {
    name: 'no price but a failed attempt: warn on what is known',
    profile: profile('10.00', sub({ price: null, last_attempt: 'failed' })),
    asOf: '2026-12-05',
    expect: on('warn', 'failed', { order: 's1', expiry: at('2026-12-11'), daysLeft: 6 }),
  },
  { name: 'no term.end: skip no data', profile: profile('10.00', sub({}, { term: { start: '2025-12-11' } })), asOf: '2026-12-05', expect: on('skip', 'noExpiry', { order: 's1' }, { reason: 'no data' }) },
  {
    name: 'window_days 5: the day before the window',
    profile: profile('0.00', sub()),
    asOf: '2026-12-05T23:59:59',
    options: { window_days: 5 },
    expect: notApplicable,
  },
  {
    name: 'window_days 5: the window opens',
    profile: profile('0.00', sub()),
    asOf: '2026-12-06',
    options: { window_days: 5 },
    expect: on('warn', 'short', { order: 's1', expiry: at('2026-12-11'), daysLeft: 5, balance: yuan('0'), price: yuan('300'), shortfall: yuan('300') }),
  },
  {
    name: 'term.end as a UTC date-time is the expiry instant',
    profile: profile('500.00', sub({}, { term: { start: '2025-12-11', end: '2026-12-10T16:00:00Z' } })),
    asOf: '2026-11-29',
    expect: on('pass', 'funded', { order: 's1', expiry: at('2026-12-11'), daysLeft: 12, balance: yuan('500'), price: yuan('300') }),
  },
  {
    name: 'window across Feb 29: term ending 2028-02-29 opens 2028-02-18',
    profile: profile('500.00', sub({}, { term: { start: '2027-03-01', end: '2028-02-29' } })),
    asOf: '2028-02-18',
    expect: on('pass', 'funded', { order: 's1', expiry: at('2028-03-01'), daysLeft: 12, balance: yuan('500'), price: yuan('300') }),
  },
  {
    name: 'released orders and orders superseded by a later one are out of scope',
    profile: profile('0.00', sub({}, { id: 'old', placed_at: '2025-01-01' }), sub({ paid_at: '2026-12-01' }, { id: 'new', placed_at: '2025-12-01' }), sub({}, { id: 'gone', resource: 'i-2', status: 'released' }), sub({}, { id: 'x', resource: 'i-3' })),
    asOf: '2026-12-05',
    expect: [{ status: 'warn', subject: 'x', path: ['orders', 3], line: 39, messages: [{ id: 'short', params: { order: 'x', expiry: at('2026-12-11'), daysLeft: 6, balance: yuan('0'), price: yuan('300'), shortfall: yuan('300') } }] }],
  },
]);
