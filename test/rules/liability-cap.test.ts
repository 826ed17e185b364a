import rule from '../../rules/liability-cap.js';
import { at, testRule, yuan } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const incident = { id: 'i1', product: 'ecs', start: '2026-11-01T00:00', end: '2026-11-02', cause: 'provider' };
const order = (id: string, paidAt: string, amount: string, extra: Record<string, unknown> = {}) => ({ id, product: 'ecs', amount, paid_at: paidAt, ...extra });
/** A claim on incident i1 (anchor 2026-11-01 00:00) against ¥1,000.00 paid on 2026-03-01, plus extras. */
const setup = (claim: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  orders: [order('o1', '2026-03-01', '1000.00')],
  incidents: [incident],
  claims: [{ id: 'c1', product: 'ecs', incident: 'i1', amount: '500.00', category: 'direct', ...claim }],
  ...extra,
});
const WINDOW = 'cash paid for ecs from 2025-11-01 00:00 +08:00 to 2026-11-01 00:00 +08:00';

testRule(rule, [
  { name: 'no claims section: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', data: { reason: 'no data' } }] },
  { name: 'claims: [] : skip not applicable', profile: { claims: [] }, asOf: T, expect: [{ status: 'skip', subject: 'account', data: { reason: 'not applicable' } }] },
  {
    name: 'within the cap, direct, provider-caused: pass',
    profile: setup({}),
    asOf: T,
    expect: [{
      status: 'pass', subject: 'c1', path: ['claims', 0],
      facts: ['Claim c1: ¥500.00 is within the cap ¥1,000.00', WINDOW, 'claims direct losses', 'the incident was caused by the provider'],
      data: { amount: '500.00', cap: '1000.00', windowFrom: '2025-11-01T00:00:00+08:00', windowTo: '2026-11-01T00:00:00+08:00', payments: ['order o1'] },
    }],
  },
  { name: 'claim equal to the cap: pass', profile: setup({ amount: '1000.00' }), asOf: T, expect: [{ status: 'pass', subject: 'c1' }] },
  {
    name: 'claim over the cap: warn',
    profile: setup({ amount: '1200.00' }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'c1', facts: ['Claim c1 for ¥1,200.00 exceeds the cap ¥1,000.00', WINDOW, '(§10.6;', ', §3.5)'], data: { amount: '1200.00', cap: '1000.00' } }],
  },
  {
    name: 'window: a payment at its first instant counts, one a second earlier and one at the anchor do not',
    profile: setup({ amount: '1200.01' }, { orders: [order('o1', '2026-03-01', '1000.00'), order('o2', '2025-11-01T00:00:00', '200.00'), order('o3', '2025-10-31T23:59:59', '300.00'), order('o4', '2026-11-01T00:00:00', '400.00')] }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'c1', facts: ['for ¥1,200.01 exceeds the cap ¥1,200.00'], data: { payments: ['order o1', 'order o2'] } }],
  },
  {
    name: 'window boundary given in UTC: 2025-10-31T16:00Z is the window start',
    profile: setup({ amount: '1200.00' }, { orders: [order('o1', '2026-03-01', '1000.00'), order('o2', '2025-10-31T16:00:00Z', '200.00')] }),
    asOf: T,
    expect: [{ status: 'pass', subject: 'c1', data: { cap: '1200.00' } }],
  },
  {
    name: 'cap counts renewals, partial cash, matching bills and released orders; not credits or other products',
    profile: setup({ amount: '2000.00' }, {
      orders: [
        order('o1', '2026-03-01', '1000.00', { paid_amount: '600.00', term: { start: '2026-03-01', end: '2026-08-31' }, renewal: { price: '300.00', paid_at: '2026-08-20' } }),
        order('o2', '2026-04-01', '100.00', { status: 'released' }),
        order('o3', '2026-04-01', '900.00', { product: 'rds' }),
      ],
      account: {
        billing: {
          credits: [{ id: 'g1', kind: 'voucher', amount: '5000.00' }],
          bills: [
            { id: 'b1', product: 'ecs', amount: '150.00', due: '2026-06-30', payments: [{ amount: '150.00', paid_at: '2026-06-15' }] },
            { id: 'b2', product: 'rds', amount: '70.00', due: '2026-06-30', payments: [{ amount: '70.00', paid_at: '2026-06-15' }] },
            { id: 'b3', amount: '80.00', due: '2026-06-30', payments: [{ amount: '80.00', paid_at: '2026-06-15' }] },
          ],
        },
      },
    }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'c1', facts: ['exceeds the cap ¥1,150.00'], data: { cap: '1150.00', payments: ['order o1', 'renewal of o1', 'order o2', 'bill b1'] } }],
  },
  {
    name: 'a renewal paid before term.start belongs to an earlier term: not counted',
    profile: setup({ amount: '1200.00' }, { orders: [order('o1', '2026-03-01', '1000.00', { term: { start: '2026-03-01' }, renewal: { price: '300.00', paid_at: '2026-02-20' } })] }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'c1', facts: ['cap ¥1,000.00'] }],
  },
  {
    name: 'payments dated after T have not happened',
    profile: setup({ amount: '1200.00' }, { incidents: [{ ...incident, start: '2026-12-10', end: undefined }], orders: [order('o1', '2026-03-01', '1000.00'), order('o2', '2026-12-01', '500.00')] }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'c1', facts: ['exceeds the cap ¥1,000.00'] }],
  },
  { name: 'money rounds half up: ¥100.005 paid, ¥100.006 claimed, both ¥100.01: pass', profile: setup({ amount: '100.006' }, { orders: [order('o1', '2026-03-01', '100.005')] }), asOf: T, expect: [{ status: 'pass', subject: 'c1', facts: ['¥100.01 is within the cap ¥100.01'], data: { amount: '100.01', cap: '100.01' } }] },
  { name: 'money rounds half up: ¥100.015 claimed is ¥100.02: warn', profile: setup({ amount: '100.015' }, { orders: [order('o1', '2026-03-01', '100.005')] }), asOf: T, expect: [{ status: 'warn', subject: 'c1', facts: ['for ¥100.02 exceeds the cap ¥100.01'] }] },
  {
    name: 'no incident: made_at anchors the window',
    profile: setup({ incident: undefined, made_at: '2026-11-20' }),
    asOf: T,
    expect: [{ status: 'pass', subject: 'c1', facts: ['cash paid for ecs from 2025-11-20 00:00 +08:00 to 2026-11-20 00:00 +08:00'] }],
  },
  {
    name: 'anchor on Feb 29: the window starts on Feb 28 of the year before',
    profile: setup({ amount: '150.00' }, { incidents: [{ ...incident, start: '2028-02-29T10:00', end: '2028-03-01' }], orders: [order('o1', '2027-02-28T10:00', '100.00'), order('o2', '2027-02-28T09:59:59', '50.00')] }),
    asOf: '2028-03-10',
    expect: [{ status: 'warn', subject: 'c1', facts: ['exceeds the cap ¥100.00', 'from 2027-02-28 10:00 +08:00 to 2028-02-29 10:00 +08:00'] }],
  },
  { name: 'no product on the claim: the incident\'s product is used', profile: setup({ product: undefined }), asOf: T, expect: [{ status: 'pass', subject: 'c1', facts: ['cap ¥1,000.00', 'cash paid for ecs'] }] },
  { name: 'indirect losses: warn (10.5)', profile: setup({ category: 'indirect' }), asOf: T, expect: [{ status: 'warn', subject: 'c1', line: 16, messages: [{ id: 'excluded', params: { claim: 'c1', category: 'indirect' } }] }] },
  { name: 'lost profit: warn (10.5)', profile: setup({ category: 'lost-profit' }), asOf: T, expect: [{ status: 'warn', subject: 'c1', facts: ['is for lost profit'] }] },
  ...(
    [
      ['force-majeure', ['12.1', '12.2']],
      ['customer', ['5.2.2', '10.4']],
      ['maintenance', ['10.3.1']],
      ['network', ['10.3.2', '10.4']],
      ['attack', ['12.2', '10.4']],
    ] as const
  ).map(([cause, basis]) => ({
    name: `incident caused by ${cause}: warn citing ${basis.map((c) => `§${c}`).join(', ')}`,
    profile: setup({}, { incidents: [{ ...incident, cause }] }),
    asOf: T,
    expect: [{ status: 'warn' as const, subject: 'c1', line: 16, messages: [{ id: 'notProvider', params: { claim: 'c1', incident: 'i1', cause, basis } }] }],
  })),
  {
    name: 'every condition at once: warn stating all three',
    profile: setup({ amount: '5000.00', category: 'lost-profit' }, { incidents: [{ ...incident, cause: 'customer' }] }),
    asOf: T,
    expect: [
      {
        status: 'warn',
        subject: 'c1',
        line: 16,
        messages: [
          { id: 'overCap', params: { claim: 'c1', amount: yuan('5000'), cap: yuan('1000'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') } },
          { id: 'excluded', params: { claim: 'c1', category: 'lost-profit' } },
          { id: 'notProvider', params: { claim: 'c1', incident: 'i1', cause: 'customer', basis: ['5.2.2', '10.4'] } },
        ],
      },
    ],
  },
  {
    name: 'incident cause unknown and no category: only the cap is judged, and the pass says what was not',
    profile: setup({ category: undefined }, { incidents: [{ ...incident, cause: undefined }] }),
    asOf: T,
    expect: [
      {
        status: 'pass',
        subject: 'c1',
        line: 15,
        messages: [
          {
            id: 'withinCap',
            params: { claim: 'c1', cap: { amount: yuan('500'), cap: yuan('1000'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') }, category: undefined, providerCaused: false, unjudged: ['category', 'cause'] },
          },
        ],
      },
    ],
  },
  {
    name: 'no amount: the pass says the cap was not judged',
    profile: setup({ amount: undefined }),
    asOf: T,
    expect: [{ status: 'pass', subject: 'c1', line: 16, messages: [{ id: 'withinCap', params: { claim: 'c1', cap: undefined, category: 'direct', providerCaused: true, unjudged: ['cap'] } }] }],
  },
  { name: 'nothing to judge: skip no data', profile: { claims: [{ id: 'c1', product: 'ecs' }] }, asOf: T, expect: [{ status: 'skip', subject: 'c1', path: ['claims', 0], facts: ['Claim c1 cannot be judged'], data: { reason: 'no data' } }] },
  { name: 'made after T: skip not applicable', profile: setup({ made_at: '2026-11-27' }), asOf: T, expect: [{ status: 'skip', subject: 'c1', facts: ['dated 2026-11-27 00:00 +08:00, after the evaluation instant'], data: { reason: 'not applicable' } }] },
]);
