import rule from '../../rules/package-forfeit.js';
import { at, testRule, yuan } from '../helpers/rule-tester.js';

// Paid 2026-01-01 00:00 +08:00; last day 2026-12-31, so expiry is 2027-01-01 00:00 +08:00 (365 days after payment).
const pkg = (fields: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  orders: [{
    id: 'p1', kind: 'resource-package', product: 'oss', amount: '100.00', placed_at: '2025-12-30', paid_at: '2026-01-01',
    package: { quantity: '100', used: '40', unit: 'GB', period: 'total', expires_at: '2026-12-31', ...fields },
    ...extra,
  }],
});

/** The one finding on p1 (line 5). */
const on = (status: 'pass' | 'skip' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'p1', path: ['orders', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no orders section: skip no data', profile: {}, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'no packages: skip not applicable', profile: { orders: [{ id: 's1', product: 'ecs' }] }, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  { name: 'a released package is out of scope', profile: pkg({}, { status: 'released' }), asOf: '2027-02-01', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  {
    name: 'expired with units left: warn forfeited units and their value',
    profile: pkg(),
    asOf: '2027-01-01',
    expect: on('warn', 'forfeited', { order: 'p1', expiry: at('2027-01-01'), units: yuan('60'), unit: 'GB', value: yuan('60') }, { expiresAt: '2027-01-01T00:00:00+08:00', forfeitedUnits: '60', forfeitValue: '60.00' }),
  },
  {
    name: 'the last second before expiry: projection, 1 day left',
    profile: pkg(),
    asOf: '2026-12-31T23:59:59',
    expect: on('warn', 'projected', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 1, since: at('2026-01-01'), used: yuan('40'), left: yuan('60'), unit: 'GB', value: yuan('60') }, { daysLeft: 1, projectedUnitsLeft: '60', projectedValue: '60.00', rateSince: '2026-01-01T00:00:00+08:00' }),
  },
  { name: 'a day before the warn window (31 days left): pass', profile: pkg(), asOf: '2026-12-01', expect: on('pass', 'notSoon', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 31 }) },
  { name: 'exactly warn_days before expiry is not yet within: pass', profile: pkg(), asOf: '2026-12-02', expect: on('pass', 'notSoon', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 30 }, { daysLeft: 30 }) },
  {
    name: 'a second into the warn window: warn with the projection',
    profile: pkg(),
    asOf: '2026-12-02T00:00:01',
    // 40 GB in 335 days + 1 s; at that rate 43.58 GB by expiry.
    expect: on('warn', 'projected', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 30, since: at('2026-01-01'), used: yuan('40'), left: yuan('56.42'), unit: 'GB', value: yuan('56.42') }, { projectedUnitsLeft: '56.42', projectedValue: '56.42' }),
  },
  {
    name: 'a day into the window: warn',
    profile: pkg(),
    asOf: '2026-12-03',
    expect: on('warn', 'projected', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 29, since: at('2026-01-01'), used: yuan('40'), left: yuan('56.55'), unit: 'GB', value: yuan('56.55') }),
  },
  {
    name: 'close to the rate needed: 0.36 GB left',
    profile: pkg({ used: '95' }),
    asOf: '2026-12-15',
    expect: on('warn', 'projected', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 17, since: at('2026-01-01'), used: yuan('95'), left: yuan('0.36'), unit: 'GB', value: yuan('0.36') }),
  },
  {
    name: 'on track to use everything: pass',
    profile: pkg({ used: '99' }),
    asOf: '2026-12-15',
    expect: on('pass', 'onTrack', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 17, since: at('2026-01-01') }, { rateSince: '2026-01-01T00:00:00+08:00' }),
  },
  {
    name: 'used up long before expiry: pass saying so, not "expires … (N days left)"',
    profile: pkg({ used: '100' }),
    asOf: '2026-06-28',
    expect: on('pass', 'usedUp', { order: 'p1', used: yuan('100'), quantity: yuan('100'), unit: 'GB' }),
  },
  { name: 'used up within the warn window: pass, used up', profile: pkg({ used: '100' }), asOf: '2026-12-15', expect: on('pass', 'usedUp', { order: 'p1', used: yuan('100'), quantity: yuan('100'), unit: 'GB' }) },
  {
    name: 'an order that lapsed unpaid (placed, never paid, hold over): pass, it never took effect',
    profile: pkg({}, { paid_at: null }),
    asOf: '2026-06-28',
    expect: on('pass', 'lapsed', { order: 'p1' }, { lapsed: true }),
  },
  {
    name: 'lapse boundary: the last second of the hold (placed 2025-12-30, hold ends 2026-01-07 00:00) is not lapsed yet',
    profile: pkg({}, { paid_at: null }),
    asOf: '2026-01-06T23:59:59',
    expect: on('pass', 'notSoon', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 360 }),
  },
  { name: 'lapse boundary: the first second after the hold is lapsed', profile: pkg({}, { paid_at: null }), asOf: '2026-01-07', expect: on('pass', 'lapsed', { order: 'p1' }) },
  { name: 'a sold-out unpaid package lapsed at once', profile: pkg({}, { paid_at: null, sold_out: true }), asOf: '2025-12-30T12:00', expect: on('pass', 'lapsed', { order: 'p1' }) },
  { name: 'expired fully used: pass', profile: pkg({ used: '100' }), asOf: '2027-02-01', expect: on('pass', 'allUsed', { order: 'p1' }) },
  {
    name: 'forfeit value rounds half up: 1 of 2 units of ¥10.01 is ¥5.005 → ¥5.01',
    profile: pkg({ quantity: '2', used: '1' }, { amount: '10.01' }),
    asOf: '2027-01-01',
    expect: on('warn', 'forfeited', { order: 'p1', expiry: at('2027-01-01'), units: yuan('1'), unit: 'GB', value: yuan('5.01') }, { forfeitValue: '5.01' }),
  },
  {
    name: 'forfeit value rounds half up: 1 of 8 units of ¥1.00 is ¥0.125 → ¥0.13',
    profile: pkg({ quantity: '8', used: '7' }, { amount: '1.00' }),
    asOf: '2027-01-01',
    expect: on('warn', 'forfeited', { order: 'p1', expiry: at('2027-01-01'), units: yuan('1'), unit: 'GB', value: yuan('0.13') }, { forfeitValue: '0.13' }),
  },
  {
    name: 'projected value rounds half up: 0.5 GB of a ¥1.00 100 GB package is ¥0.005 → ¥0.01',
    profile: pkg({ used: '49.75' }, { amount: '1.00' }),
    asOf: '2026-07-02T12:00:00+08:00',
    options: { warn_days: 200 },
    expect: on('warn', 'projected', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 183, since: at('2026-01-01'), used: yuan('49.75'), left: yuan('0.50'), unit: 'GB', value: yuan('0.01') }, { projectedUnitsLeft: '0.5', projectedValue: '0.01' }),
  },
  {
    name: 'decimal quantities',
    profile: pkg({ quantity: '0.5', used: '0.125', unit: 'TB' }),
    asOf: '2027-01-01',
    expect: on('warn', 'forfeited', { order: 'p1', expiry: at('2027-01-01'), units: yuan('0.375'), unit: 'TB', value: yuan('75') }, { forfeitedUnits: '0.375' }),
  },
  {
    name: 'large unit counts are grouped',
    profile: pkg({ quantity: '10000000', used: '1', unit: 'requests' }),
    asOf: '2027-01-01',
    expect: on('warn', 'forfeited', { order: 'p1', expiry: at('2027-01-01'), units: yuan('9999999'), unit: 'requests', value: yuan('100') }),
  },
  { name: 'no unit: "units"', profile: pkg({ unit: null }), asOf: '2027-01-01', expect: on('warn', 'forfeited', { order: 'p1', expiry: at('2027-01-01'), units: yuan('60'), unit: 'units', value: yuan('60') }) },
  { name: 'no price: units without a value', profile: pkg({}, { amount: null }), asOf: '2027-01-01', expect: on('warn', 'forfeited', { order: 'p1', expiry: at('2027-01-01'), units: yuan('60'), unit: 'GB' }) },
  {
    name: 'a monthly quota: units forfeited, no value claimed',
    profile: pkg({ period: 'monthly' }),
    asOf: '2027-01-01',
    expect: on('warn', 'forfeited', { order: 'p1', expiry: at('2027-01-01'), units: yuan('60'), unit: 'GB' }),
  },
  { name: 'a monthly quota is not projected', profile: pkg({ period: 'monthly' }), asOf: '2026-12-15', expect: on('pass', 'notSoon', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 17 }) },
  {
    name: 'no period: read as a fixed total',
    profile: pkg({ period: null }),
    asOf: '2026-12-31T23:59:59',
    expect: on('warn', 'projected', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 1, since: at('2026-01-01'), used: yuan('40'), left: yuan('60'), unit: 'GB', value: yuan('60') }),
  },
  {
    name: 'paid_amount but no paid_at: the rate since placed_at',
    profile: pkg({ used: '60' }, { paid_at: null, paid_amount: '100.00', placed_at: '2026-01-01' }),
    asOf: '2026-12-15',
    expect: on('warn', 'projected', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 17, since: at('2026-01-01'), used: yuan('60'), left: yuan('37.07'), unit: 'GB', value: yuan('37.07') }, { rateSince: '2026-01-01T00:00:00+08:00' }),
  },
  { name: 'paid_at after T has not happened: unpaid past its hold at T, so lapsed', profile: pkg({}, { paid_at: '2026-12-20' }), asOf: '2026-12-15', expect: on('pass', 'lapsed', { order: 'p1' }) },
  {
    name: 'paid_at after T within the hold: not lapsed, the rate since placed_at',
    profile: pkg({ used: '1' }, { paid_at: '2026-01-05' }),
    asOf: '2026-01-03',
    options: { warn_days: 400 },
    expect: on('warn', 'projected', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 363, since: at('2025-12-30'), used: yuan('1'), left: yuan('8.25'), unit: 'GB', value: yuan('8.25') }),
  },
  {
    name: 'no date to measure the rate from: skip no data',
    profile: pkg({}, { paid_at: null, placed_at: null }),
    asOf: '2026-12-15',
    expect: on('skip', 'unknown', { order: 'p1', missing: 'a paid_at or placed_at before the evaluation instant to measure the rate of use from' }, { reason: 'no data' }),
  },
  { name: 'expired, used unknown: skip no data', profile: pkg({ used: null }), asOf: '2027-01-01', expect: on('skip', 'unknown', { order: 'p1', missing: 'package.used' }, { reason: 'no data' }) },
  {
    name: 'in the window, quantity and used unknown: skip no data',
    profile: pkg({ used: null, quantity: null }),
    asOf: '2026-12-15',
    expect: on('skip', 'unknown', { order: 'p1', missing: 'package.quantity and package.used' }),
  },
  { name: 'far from expiry, used unknown: pass', profile: pkg({ used: null }), asOf: '2026-06-01', expect: on('pass', 'notSoon', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 214 }) },
  { name: 'no expires_at: skip no data', profile: pkg({ expires_at: null }), asOf: '2026-12-15', expect: on('skip', 'unknown', { order: 'p1', missing: 'package.expires_at' }) },
  {
    name: 'no expires_at but status expired: forfeited, undated',
    profile: pkg({ expires_at: null }, { status: 'expired' }),
    asOf: '2026-12-15',
    expect: on('warn', 'forfeited', { order: 'p1', units: yuan('60'), unit: 'GB', value: yuan('60') }),
  },
  {
    name: 'warn_days 60 widens the window',
    profile: pkg(),
    asOf: '2026-11-15',
    options: { warn_days: 60 },
    expect: on('warn', 'projected', { order: 'p1', expiry: at('2027-01-01'), daysLeft: 47, since: at('2026-01-01'), used: yuan('40'), left: yuan('54.09'), unit: 'GB', value: yuan('54.09') }),
  },
  {
    name: 'expires_at across Feb 29 (2028-02-29 is the last day)',
    profile: pkg({ expires_at: '2028-02-29' }),
    asOf: '2028-02-29T12:00',
    expect: on('warn', 'projected', { order: 'p1', expiry: at('2028-03-01'), daysLeft: 1, since: at('2026-01-01'), used: yuan('40'), left: yuan('59.97'), unit: 'GB', value: yuan('59.97') }),
  },
  {
    name: 'expires_at as a UTC date-time',
    profile: pkg({ expires_at: '2026-12-31T16:00:00Z' }),
    asOf: '2027-01-01T00:00:00+08:00',
    expect: on('warn', 'forfeited', { order: 'p1', expiry: at('2027-01-01'), units: yuan('60'), unit: 'GB', value: yuan('60') }),
  },
]);
