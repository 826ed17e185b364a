import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = {
  id: 's1',
  product: 'ecs',
  resource: 'i-1',
  placed_at: '2025-12-01',
  term: { start: '2025-12-11', end: '2026-12-10' },
  renewal: { auto: true, price: '2000', last_attempt: 'failed' },
};

/** Example cases of auto-renew-funding for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'both conditions: one warn stating both, the failed attempt first',
    asOf: '2026-12-05',
    profile: { account: { id: '1000000000000001', billing: { balance: '1234.5' } }, orders: [ORDER] },
  },
  {
    name: 'no balance nor price: skip naming both',
    asOf: '2026-12-05',
    profile: { account: { id: '1000000000000001', billing: {} }, orders: [{ ...ORDER, renewal: { auto: true, price: null } }] },
  },
  {
    name: 'window opens at expiry - 12 days: funded, pass',
    asOf: '2026-11-29',
    profile: {
      account: { id: '1000000000000001', billing: { balance: '500.00' } },
      orders: [{ ...ORDER, renewal: { auto: true, price: '300.00' } }],
    },
  },
  {
    name: 'no term.end: skip no data',
    asOf: '2026-12-05',
    profile: {
      account: { id: '1000000000000001', billing: { balance: '10.00' } },
      orders: [{ ...ORDER, term: { start: '2025-12-11' }, renewal: { auto: true, price: '300.00' } }],
    },
  },
  {
    name: 'compared at the fen: a balance of 299.995 covers a ¥300.00 price',
    asOf: '2026-12-05',
    profile: {
      account: { id: '1000000000000001', billing: { balance: '299.995' } },
      orders: [{ ...ORDER, renewal: { auto: true, price: '300.00' } }],
    },
  },
] satisfies RuleExample[];
