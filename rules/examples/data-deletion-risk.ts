import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = {
  id: 's1',
  product: 'ecs',
  resource: 'i-1',
  placed_at: '2025-12-01',
  paid_at: '2025-12-01',
  term: { start: '2025-12-11', end: '2026-12-10' },
};

/** Example cases of data-deletion-risk for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'payg not overdue: pass',
    asOf: '2026-11-26',
    profile: { orders: [{ id: 'g1', kind: 'payg', product: 'rds', resource: 'rm-1', placed_at: '2026-01-01' }] },
  },
  {
    name: 'payg overdue: fail with rds pay-as-you-go 7-day buffer, the last second',
    asOf: '2026-11-27T09:59:59',
    profile: {
      orders: [
        {
          id: 'g1',
          kind: 'payg',
          product: 'rds',
          resource: 'rm-1',
          placed_at: '2026-01-01',
          overdue_since: '2026-11-20T10:00:00',
        },
      ],
    },
  },
  { name: 'no term.end: skip no data', asOf: '2026-12-11', profile: { orders: [{ ...ORDER, term: { start: '2025-12-11' } }] } },
  {
    name: 'a second into the warn window: warn with the deletion instant and the buffer relied on',
    asOf: '2026-11-26T00:00:01',
    profile: { orders: [ORDER] },
  },
  {
    name: 'payg: the deletion instant',
    asOf: '2026-11-27T10:00:00',
    profile: {
      orders: [
        {
          id: 'g1',
          kind: 'payg',
          product: 'rds',
          resource: 'rm-1',
          placed_at: '2026-01-01',
          overdue_since: '2026-11-20T10:00:00',
        },
      ],
    },
  },
  {
    name: 'no term.end but status expired: fail, date unknown',
    asOf: '2026-12-11',
    profile: { orders: [{ ...ORDER, term: null, status: 'expired' }] },
  },
  { name: 'a day before the warn window: pass, 16 days left', asOf: '2026-11-25', profile: { orders: [ORDER] } },
  {
    name: 'terminated early: the last second before the termination is a warn with the coming deletion',
    asOf: '2026-05-31T23:59:59',
    profile: { orders: [{ ...ORDER, terminated_at: '2026-06-01' }] },
  },
  { name: 'renewal paid: pass', asOf: '2026-12-15', profile: { orders: [{ ...ORDER, renewal: { paid_at: '2026-12-01' } }] } },
  {
    name: 'a buffer across a leap day: expiry 2028-02-15 + 15 days is 2028-03-01',
    asOf: '2028-02-29T23:59:59',
    profile: { orders: [{ ...ORDER, term: { start: '2027-02-15', end: '2028-02-14' } }] },
  },
] satisfies RuleExample[];
