import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = {
  id: 'p1',
  kind: 'resource-package',
  product: 'oss',
  amount: '100.00',
  placed_at: '2025-12-30',
  paid_at: '2026-01-01',
  package: { quantity: '100', used: '100', unit: 'GB', period: 'total', expires_at: '2026-12-31' },
};

/** Example cases of package-forfeit for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'no date to measure the rate from: skip no data',
    asOf: '2026-12-15',
    profile: {
      orders: [
        {
          ...ORDER,
          placed_at: null,
          paid_at: null,
          package: { quantity: '100', used: '40', unit: 'GB', period: 'total', expires_at: '2026-12-31' },
        },
      ],
    },
  },
  {
    name: 'an order that lapsed unpaid (placed, never paid, hold over): pass, it never took effect',
    asOf: '2026-06-28',
    profile: {
      orders: [
        {
          ...ORDER,
          paid_at: null,
          package: { quantity: '100', used: '40', unit: 'GB', period: 'total', expires_at: '2026-12-31' },
        },
      ],
    },
  },
  {
    name: 'the forfeited value rounds half up to the fen',
    asOf: '2027-01-01',
    profile: {
      orders: [
        {
          ...ORDER,
          amount: '1.00',
          package: { quantity: '8', used: '7', unit: 'GB', period: 'total', expires_at: '2026-12-31' },
        },
      ],
    },
  },
  {
    name: 'lapse boundary: placed 2025-12-30, at the last second of its hold it is not lapsed yet',
    asOf: '2026-01-06T23:59:59',
    profile: {
      orders: [
        {
          ...ORDER,
          paid_at: null,
          package: { quantity: '100', used: '40', unit: 'GB', period: 'total', expires_at: '2026-12-31' },
        },
      ],
    },
  },
  {
    name: 'no period: read as a fixed total',
    asOf: '2026-12-31T23:59:59',
    profile: { orders: [{ ...ORDER, package: { quantity: '100', used: '40', unit: 'GB', period: null, expires_at: '2026-12-31' } }] },
  },
  {
    name: 'on track to use everything: pass',
    asOf: '2026-12-15',
    profile: { orders: [{ ...ORDER, package: { quantity: '100', used: '99', unit: 'GB', period: 'total', expires_at: '2026-12-31' } }] },
  },
  {
    name: 'used up long before expiry: pass saying so, not "expires … (N days left)"',
    asOf: '2026-06-28',
    profile: { orders: [ORDER] },
  },
  { name: 'expired fully used: pass', asOf: '2027-02-01', profile: { orders: [ORDER] } },
  {
    name: 'the forfeited value rounds half up: 1 of 8 units of a 1.00 package is ¥0.13',
    asOf: '2027-01-01',
    profile: {
      orders: [
        {
          ...ORDER,
          amount: '1.00',
          package: { quantity: '8', used: '7', unit: 'GB', period: 'total', expires_at: '2026-12-31' },
        },
      ],
    },
  },
] satisfies RuleExample[];
