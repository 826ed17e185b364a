import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = {
  id: 'o1',
  product: 'ecs',
  amount: '100',
  placed_at: '2026-11-01T09:00',
  term: { start: '2026-11-01T10:00', end: '2026-11-30' },
};

/** Example cases of term-after-payment for its docs page, run through the engine by `npm run docs`. */
export default [
  { name: 'unpaid and the term started: warn', asOf: '2026-11-26', profile: { orders: [ORDER] } },
  {
    name: 'unpaid at the last second before the term start: pass, not started',
    asOf: '2026-11-01T09:59:59',
    profile: { orders: [ORDER] },
  },
  {
    name: 'no term.start: skip no data',
    asOf: '2026-11-26',
    profile: { orders: [{ ...ORDER, paid_at: '2026-11-01T10:00', term: { end: '2026-11-30' } }] },
  },
  {
    name: 'a bare-date start on the payment day names that day: pass',
    asOf: '2026-11-26',
    profile: { orders: [{ ...ORDER, paid_at: '2026-11-01T10:00', term: { start: '2026-11-01' } }] },
  },
  {
    name: 'a bare-date start the day before the payment day: warn',
    asOf: '2026-11-26',
    profile: { orders: [{ ...ORDER, paid_at: '2026-11-01T10:00', term: { start: '2026-10-31' } }] },
  },
  {
    name: 'paid in the last second of the day before the term starts: pass',
    asOf: '2026-11-26',
    profile: { orders: [{ ...ORDER, paid_at: '2026-11-01T15:59:59Z', term: { start: '2026-11-02' } }] },
  },
  {
    name: 'paid_amount without paid_at: no instant to compare, skip',
    asOf: '2026-11-26',
    profile: { orders: [{ ...ORDER, paid_amount: '100' }] },
  },
] satisfies RuleExample[];
