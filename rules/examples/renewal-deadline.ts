import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = {
  id: 'o1',
  product: 'ecs',
  term: { start: '2026-01-01', end: '2026-12-31' },
  renewal: { intent: 'renew', paid_at: '2027-01-03' },
};

/** Example cases of renewal-deadline for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'one finding per subscription, each at its own path',
    asOf: '2026-12-20',
    profile: {
      orders: [
        { id: 'p1', kind: 'payg' },
        { id: 'o1', term: { end: '2026-12-31' }, renewal: { paid_at: '2026-12-01' } },
        { id: 'o2', term: { end: '2027-03-31' } },
      ],
    },
  },
  {
    name: 'no renewal block: intent defaults to renew',
    asOf: '2026-12-20',
    profile: { orders: [{ id: 'o9', term: { end: '2026-12-31' } }] },
  },
  {
    name: 'as-of in Z at the deadline of a Beijing date-time term: fail',
    asOf: '2026-12-24T04:00:00Z',
    profile: { orders: [{ ...ORDER, term: { end: '2026-12-31T12:00:00' }, renewal: { intent: 'renew' } }] },
  },
  { name: 'no orders section: skip no data', asOf: '2026-12-20', profile: {} },
  {
    name: 'the expiry instant: fail expired at E',
    asOf: '2027-01-01T00:00:00+08:00',
    profile: { orders: [{ ...ORDER, renewal: { intent: 'renew' } }] },
  },
  { name: 'renewal paid after expiry: warn renewed late, not expired', asOf: '2027-01-05', profile: { orders: [ORDER] } },
  {
    name: 'term.end 2026-12-04, judged on 2026-11-20: renewal due by 2026-11-28',
    asOf: '2026-11-20',
    profile: { orders: [{ id: 'o1', product: 'ecs', term: { end: '2026-12-04' } }] },
  },
  {
    name: 'term.end 2026-12-04, judged on 2026-11-21: renew by 2026-11-28',
    asOf: '2026-11-21',
    profile: { orders: [{ id: 'o1', product: 'ecs', term: { end: '2026-12-04' } }] },
  },
  {
    name: 'term.end 2026-12-04, judged on 2026-11-28: not paid, expires at 2026-12-05',
    asOf: '2026-11-28',
    profile: { orders: [{ id: 'o1', product: 'ecs', term: { end: '2026-12-04' } }] },
  },
  {
    name: 'a deadline counted back across a leap day: 7 days before 2028-03-04 00:00 is 2028-02-26 00:00',
    asOf: '2028-02-26',
    profile: { orders: [{ ...ORDER, term: { end: '2028-03-03' }, renewal: { intent: 'renew' } }] },
  },
] satisfies RuleExample[];
