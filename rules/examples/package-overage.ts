import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = {
  id: 'p1',
  kind: 'resource-package',
  product: 'oss',
  amount: '100.00',
  placed_at: '2026-01-01',
  paid_at: '2026-01-01',
  package: { quantity: '100', used: '40', unit: 'GB', period: 'total', expires_at: '2026-12-31', in_use: true, successor: 'p2' },
};

/** Example cases of package-overage for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'no balance: the message leaves it out',
    asOf: '2027-01-01',
    profile: {
      orders: [
        {
          ...ORDER,
          package: { quantity: '100', used: '40', unit: 'GB', period: 'total', expires_at: '2026-12-31', in_use: true },
        },
      ],
    },
  },
  {
    name: 'an active successor: pass',
    asOf: '2027-01-01',
    profile: {
      account: { id: '1000000000000001', billing: { balance: '1234.5' } },
      orders: [
        ORDER,
        {
          id: 'p2',
          kind: 'resource-package',
          product: 'oss',
          amount: '100.00',
          placed_at: '2026-12-20',
          paid_at: '2026-12-20',
          package: { quantity: '100', used: '0', unit: 'GB', period: 'total', expires_at: '2027-12-31', in_use: false },
        },
      ],
    },
  },
  { name: 'no orders section: skip no data', asOf: '2027-01-01', profile: {} },
] satisfies RuleExample[];
