import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = { id: 'o1', product: 'ecs', amount: '1000.00', paid_at: '2026-03-01' };

/** The incident most examples share. */
const INCIDENT = { id: 'i1', product: 'ecs', start: '2026-11-01T00:00', end: '2026-11-02', cause: 'provider' };

/** The claim most examples share. */
const CLAIM = { id: 'c1', product: 'ecs', incident: 'i1', amount: '100.006', category: 'direct' };

/** Example cases of liability-cap for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'every condition at once: warn stating all three',
    asOf: '2026-11-26',
    profile: {
      orders: [ORDER],
      incidents: [{ ...INCIDENT, cause: 'customer' }],
      claims: [{ ...CLAIM, amount: '5000.00', category: 'lost-profit' }],
    },
  },
  { name: 'nothing to judge: skip no data', asOf: '2026-11-26', profile: { claims: [{ id: 'c1', product: 'ecs' }] } },
  {
    name: 'incident cause unknown and no category: only the cap is judged, and the pass says what was not',
    asOf: '2026-11-26',
    profile: {
      orders: [ORDER],
      incidents: [{ id: 'i1', product: 'ecs', start: '2026-11-01T00:00', end: '2026-11-02' }],
      claims: [{ id: 'c1', product: 'ecs', incident: 'i1', amount: '500.00' }],
    },
  },
  {
    name: 'made after T: skip not applicable',
    asOf: '2026-11-26',
    profile: { orders: [ORDER], incidents: [INCIDENT], claims: [{ ...CLAIM, amount: '500.00', made_at: '2026-11-27' }] },
  },
  {
    name: 'money rounds half up: 100.005 paid, 100.006 claimed, both ¥100.01: pass',
    asOf: '2026-11-26',
    profile: { orders: [{ ...ORDER, amount: '100.005' }], incidents: [INCIDENT], claims: [CLAIM] },
  },
  {
    name: 'an anchor on 2028-02-29: the window starts on 2027-02-28',
    asOf: '2028-03-10',
    profile: {
      orders: [
        { ...ORDER, amount: '100.00', paid_at: '2027-02-28T10:00' },
        { ...ORDER, id: 'o2', amount: '50.00', paid_at: '2027-02-28T09:59:59' },
      ],
      incidents: [{ ...INCIDENT, start: '2028-02-29T10:00', end: '2028-03-01' }],
      claims: [{ ...CLAIM, amount: '150.00' }],
    },
  },
] satisfies RuleExample[];
