import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = { id: 'o1', product: 'ecs', amount: '1200.00', paid_at: '2025-12-31T10:00', term: { start: '2026-01-01', end: '2026-12-31' } };

/** The notice most examples share. */
const NOTICE = { id: 'n1', kind: 'termination', channel: 'announcement', sent_at: '2026-05-01', effective_at: '2026-06-01', orders: ['o1'] };

/** Example cases of termination-refund for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'an unpaid order owes nothing back: skip, nothing to compute',
    asOf: '2026-11-26',
    profile: {
      orders: [{ id: 'o1', product: 'ecs', amount: '1200.00', term: { start: '2026-01-01', end: '2026-12-31' } }],
      notices: [NOTICE],
    },
  },
  { name: 'no refund recorded after it took effect: warn', asOf: '2026-11-26', profile: { orders: [ORDER], notices: [NOTICE] } },
  {
    name: 'before it takes effect: pass stating the amount then due, last second',
    asOf: '2026-05-31T23:59:59',
    profile: { orders: [ORDER], notices: [NOTICE] },
  },
  {
    name: 'ended after the term ran out: nothing owed, pass without a refund',
    asOf: '2027-02-01',
    profile: { orders: [ORDER], notices: [{ ...NOTICE, effective_at: '2027-01-05' }] },
  },
  { name: 'a fen short: warn', asOf: '2026-11-26', profile: { orders: [ORDER], notices: [{ ...NOTICE, refund: '699.99' }] } },
  {
    name: '1200.00 paid for 2026-01-01 to 2026-12-31 ended on 2026-06-15: ¥653.33 owed',
    asOf: '2026-11-26',
    profile: { orders: [ORDER], notices: [{ ...NOTICE, effective_at: '2026-06-15', refund: '653.33' }] },
  },
] satisfies RuleExample[];
