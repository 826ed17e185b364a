import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = { id: 'p1', kind: 'payg', product: 'ecs', placed_at: '2026-11-20' };

/** Example cases of payg-unpaid-dues for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'a negative balance: warn',
    asOf: '2026-11-26',
    profile: { account: { billing: { balance: '-20.5' } }, orders: [ORDER] },
  },
  {
    name: 'a balance just below zero that shows as zero: pass',
    asOf: '2026-11-26',
    profile: { account: { billing: { balance: '-0.004' } }, orders: [ORDER] },
  },
  { name: 'no orders: skip no data', asOf: '2026-11-26', profile: {} },
  {
    name: 'paid since, but the order was opened while a bill was overdue: warn',
    asOf: '2026-11-26',
    profile: {
      account: {
        billing: { bills: [{ id: 'b1', amount: '100', due: '2026-11-09', payments: [{ amount: '100', paid_at: '2026-11-21' }] }] },
      },
      orders: [ORDER],
    },
  },
  {
    name: 'a balance of -0.004 is zero as shown: not a debt, pass',
    asOf: '2026-11-26',
    profile: { account: { billing: { balance: '-0.004' } }, orders: [ORDER] },
  },
] satisfies RuleExample[];
