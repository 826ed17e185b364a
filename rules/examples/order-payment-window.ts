import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = { id: 'o1', amount: '100.00', placed_at: '2026-11-20T10:00:00' };

/** Example cases of order-payment-window for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'unpaid without placed_at: skip, hold unknown',
    asOf: '2026-11-26',
    profile: { orders: [{ id: 'o1', amount: '100.00' }] },
  },
  { name: 'a hold across a leap day', asOf: '2028-03-03T23:59:59', profile: { orders: [{ ...ORDER, placed_at: '2028-02-25' }] } },
  { name: 'the lapse instant itself: fail', asOf: '2026-11-28T00:00:00+08:00', profile: { orders: [ORDER] } },
  { name: 'paid within the hold: pass', asOf: '2026-11-26', profile: { orders: [{ ...ORDER, paid_at: '2026-11-21' }] } },
  { name: 'sold out before payment: fail', asOf: '2026-11-21', profile: { orders: [{ ...ORDER, sold_out: true }] } },
  {
    name: 'paid at the lapse instant: warn paid late',
    asOf: '2026-12-01',
    profile: { orders: [{ ...ORDER, paid_at: '2026-11-28T00:00:00+08:00' }] },
  },
  {
    name: 'placed at any moment of 2026-11-10, unpaid: lapses at 2026-11-18 00:00 +08:00',
    asOf: '2026-11-26',
    profile: { orders: [{ ...ORDER, placed_at: '2026-11-10T23:59:59' }] },
  },
] satisfies RuleExample[];
