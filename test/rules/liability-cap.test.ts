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

/** The one finding on c1 (line 16). */
const on = (status: 'pass' | 'skip' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'c1', path: ['claims', 0], line: 16, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no claims section: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'claims: [] : skip not applicable', profile: { claims: [] }, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  {
    name: 'within the cap, direct, provider-caused: pass',
    profile: setup({}),
    asOf: T,
    expect: on('pass', 'withinCap', { claim: 'c1', cap: { amount: yuan('500'), cap: yuan('1000'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') }, category: 'direct', providerCaused: true, unjudged: [] }, { amount: '500.00', cap: '1000.00', windowFrom: '2025-11-01T00:00:00+08:00', windowTo: '2026-11-01T00:00:00+08:00', payments: ['order o1'] }),
  },
  {
    name: 'claim equal to the cap: pass',
    profile: setup({ amount: '1000.00' }),
    asOf: T,
    expect: on('pass', 'withinCap', { claim: 'c1', cap: { amount: yuan('1000'), cap: yuan('1000'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') }, category: 'direct', providerCaused: true, unjudged: [] }),
  },
  {
    name: 'claim over the cap: warn',
    profile: setup({ amount: '1200.00' }),
    asOf: T,
    expect: on('warn', 'overCap', { claim: 'c1', amount: yuan('1200'), cap: yuan('1000'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') }, { amount: '1200.00', cap: '1000.00' }),
  },
  {
    name: 'window: a payment at its first instant counts, one a second earlier and one at the anchor do not',
    profile: setup({ amount: '1200.01' }, { orders: [order('o1', '2026-03-01', '1000.00'), order('o2', '2025-11-01T00:00:00', '200.00'), order('o3', '2025-10-31T23:59:59', '300.00'), order('o4', '2026-11-01T00:00:00', '400.00')] }),
    asOf: T,
    expect: [
      {
        status: 'warn',
        subject: 'c1',
        line: 28,
        messages: [{ id: 'overCap', params: { claim: 'c1', amount: yuan('1200.01'), cap: yuan('1200'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') } }],
        data: { payments: ['order o1', 'order o2'] },
      },
    ],
  },
  {
    name: 'window boundary given in UTC: 2025-10-31T16:00Z is the window start',
    profile: setup({ amount: '1200.00' }, { orders: [order('o1', '2026-03-01', '1000.00'), order('o2', '2025-10-31T16:00:00Z', '200.00')] }),
    asOf: T,
    expect: [
      {
        status: 'pass',
        subject: 'c1',
        line: 20,
        messages: [{ id: 'withinCap', params: { claim: 'c1', cap: { amount: yuan('1200'), cap: yuan('1200'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') }, category: 'direct', providerCaused: true, unjudged: [] } }],
        data: { cap: '1200.00' },
      },
    ],
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
    expect: [
      {
        status: 'warn',
        subject: 'c1',
        line: 58,
        messages: [{ id: 'overCap', params: { claim: 'c1', amount: yuan('2000'), cap: yuan('1150'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') } }],
        data: { cap: '1150.00', payments: ['order o1', 'renewal of o1', 'order o2', 'bill b1'] },
      },
    ],
  },
  {
    name: 'a renewal paid before term.start belongs to an earlier term: not counted',
    profile: setup({ amount: '1200.00' }, { orders: [order('o1', '2026-03-01', '1000.00', { term: { start: '2026-03-01' }, renewal: { price: '300.00', paid_at: '2026-02-20' } })] }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'c1', line: 21, messages: [{ id: 'overCap', params: { claim: 'c1', amount: yuan('1200'), cap: yuan('1000'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') } }] }],
  },
  {
    name: 'payments dated after T have not happened',
    profile: setup({ amount: '1200.00' }, { incidents: [{ ...incident, start: '2026-12-10', end: undefined }], orders: [order('o1', '2026-03-01', '1000.00'), order('o2', '2026-12-01', '500.00')] }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'c1', line: 19, messages: [{ id: 'overCap', params: { claim: 'c1', amount: yuan('1200'), cap: yuan('1000'), product: 'ecs', from: at('2025-12-10'), to: at('2026-12-10') } }] }],
  },
  {
    name: 'money rounds half up: ¥100.005 paid, ¥100.006 claimed, both ¥100.01: pass',
    profile: setup({ amount: '100.006' }, { orders: [order('o1', '2026-03-01', '100.005')] }),
    asOf: T,
    expect: on('pass', 'withinCap', { claim: 'c1', cap: { amount: yuan('100.006'), cap: yuan('100.005'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') }, category: 'direct', providerCaused: true, unjudged: [] }, { amount: '100.01', cap: '100.01' }),
  },
  {
    name: 'money rounds half up: ¥100.015 claimed is ¥100.02: warn',
    profile: setup({ amount: '100.015' }, { orders: [order('o1', '2026-03-01', '100.005')] }),
    asOf: T,
    expect: on('warn', 'overCap', { claim: 'c1', amount: yuan('100.015'), cap: yuan('100.005'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') }),
  },
  {
    name: 'no incident: made_at anchors the window',
    profile: setup({ incident: undefined, made_at: '2026-11-20' }),
    asOf: T,
    expect: on('pass', 'withinCap', { claim: 'c1', cap: { amount: yuan('500'), cap: yuan('1000'), product: 'ecs', from: at('2025-11-20'), to: at('2026-11-20') }, category: 'direct', providerCaused: false, unjudged: ['cause'] }),
  },
  {
    name: 'anchor on Feb 29: the window starts on Feb 28 of the year before',
    profile: setup({ amount: '150.00' }, { incidents: [{ ...incident, start: '2028-02-29T10:00', end: '2028-03-01' }], orders: [order('o1', '2027-02-28T10:00', '100.00'), order('o2', '2027-02-28T09:59:59', '50.00')] }),
    asOf: '2028-03-10',
    expect: [{ status: 'warn', subject: 'c1', line: 20, messages: [{ id: 'overCap', params: { claim: 'c1', amount: yuan('150'), cap: yuan('100'), product: 'ecs', from: at('2027-02-28T10:00'), to: at('2028-02-29T10:00') } }] }],
  },
  {
    name: 'no product on the claim: the incident\'s product is used',
    profile: setup({ product: undefined }),
    asOf: T,
    expect: on('pass', 'withinCap', { claim: 'c1', cap: { amount: yuan('500'), cap: yuan('1000'), product: 'ecs', from: at('2025-11-01'), to: at('2026-11-01') }, category: 'direct', providerCaused: true, unjudged: [] }),
  },
  { name: 'indirect losses: warn (10.5)', profile: setup({ category: 'indirect' }), asOf: T, expect: on('warn', 'excluded', { claim: 'c1', category: 'indirect' }) },
  { name: 'lost profit: warn (10.5)', profile: setup({ category: 'lost-profit' }), asOf: T, expect: on('warn', 'excluded', { claim: 'c1', category: 'lost-profit' }) },
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
    expect: on('warn', 'notProvider', { claim: 'c1', incident: 'i1', cause, basis }),
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
    expect: on('pass', 'withinCap', { claim: 'c1', cap: undefined, category: 'direct', providerCaused: true, unjudged: ['cap'] }),
  },
  {
    name: 'nothing to judge: skip no data',
    profile: { claims: [{ id: 'c1', product: 'ecs' }] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'c1', path: ['claims', 0], line: 5, messages: [{ id: 'noData', params: { claim: 'c1' } }], data: { reason: 'no data' } }],
  },
  { name: 'made after T: skip not applicable', profile: setup({ made_at: '2026-11-27' }), asOf: T, expect: on('skip', 'notYetMade', { claim: 'c1', madeAt: at('2026-11-27') }, { reason: 'not applicable' }) },
]);
