import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = { id: 'p1', kind: 'payg', product: 'ecs' };

/** Example cases of payg-balance for its docs page, run through the engine by `npm run docs`. */
export default [
  { name: 'payg orders and no billing section at all', asOf: '2026-11-26', profile: { orders: [ORDER] } },
  {
    name: 'daily spend without any orders section is judged',
    asOf: '2026-11-26',
    profile: { account: { id: '1000000000000001', billing: { balance: '10.00', payg_daily_spend: '20.00' } } },
  },
  {
    name: 'payg orders with zero spend and a positive balance: pass',
    asOf: '2026-11-26',
    profile: { account: { id: '1000000000000001', billing: { balance: '5.00', payg_daily_spend: '0' } }, orders: [ORDER] },
  },
  {
    name: 'payg orders with zero spend and a negative balance: in debt',
    asOf: '2026-11-26',
    profile: { account: { id: '1000000000000001', billing: { balance: '-5.00', payg_daily_spend: '0' } }, orders: [ORDER] },
  },
  {
    name: 'zero balance covers none: its own message, no debt mentioned',
    asOf: '2026-11-26',
    profile: { account: { id: '1000000000000001', billing: { balance: '0', payg_daily_spend: '100.00' } }, orders: [ORDER] },
  },
  {
    name: 'a day over the runway (4 days): pass',
    asOf: '2026-11-26',
    profile: { account: { id: '1000000000000001', billing: { balance: '400.00', payg_daily_spend: '100.00' } }, orders: [ORDER] },
  },
  {
    name: 'compared at the fen: ¥100.00 against 3 days at 33.333334 a day passes',
    asOf: '2026-11-26',
    profile: { account: { id: '1000000000000001', billing: { balance: '100.00', payg_daily_spend: '33.333334' } }, orders: [ORDER] },
  },
] satisfies RuleExample[];
