import rule from '../../rules/termination-refund.js';
import { at, testRule, yuan } from '../helpers/rule-tester.js';

// o1: ¥1,200.00 for 12 months, 2026-01-01 to 2026-12-31 (expiry 2027-01-01 00:00 +08:00), ¥100.00 a month.
const o1 = { id: 'o1', product: 'ecs', amount: '1200.00', paid_at: '2025-12-31T10:00', term: { start: '2026-01-01', end: '2026-12-31' } };
const setup = (notice: Record<string, unknown>, orders: Record<string, unknown>[] = [o1]) => ({
  orders,
  notices: [{ id: 'n1', kind: 'termination', channel: 'announcement', sent_at: '2026-05-01', effective_at: '2026-06-01', orders: ['o1'], ...notice }],
});
/** The finding on notice n1: with the one order o1 (lines 4-11 of the generated YAML), n1 starts on line 13. */
const on = (status: 'pass' | 'warn' | 'skip', id: string, params: Record<string, unknown>, data?: Record<string, unknown>, line = 13) => [
  { status, subject: 'n1', path: ['notices', 0], line, messages: [{ id, params }], ...(data ? { data } : {}) },
];
const base = (owed: string, extra: Record<string, unknown> = {}) => ({ notice: 'n1', owed: yuan(owed), orders: ['o1'], unjudged: [], ...extra });

testRule(rule, [
  { name: 'no notices: skip no data', profile: {}, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'a termination without orders: skip not applicable',
    profile: { notices: [{ id: 'n1', kind: 'termination' }] },
    asOf: '2026-11-26',
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  { name: 'ended after 5 whole months: ¥700.00 owed, ¥700.00 refunded: pass', profile: setup({ refund: '700' }), asOf: '2026-11-26', expect: on('pass', 'refunded', base('700', { refund: yuan('700') }), { owed: '700.00', refund: '700.00' }) },
  { name: 'a fen short: warn', profile: setup({ refund: '699.99' }), asOf: '2026-11-26', expect: on('warn', 'shortRefund', base('700', { refund: yuan('699.99') }), { shortBy: '0.01' }) },
  { name: 'no refund recorded after it took effect: warn', profile: setup({}), asOf: '2026-11-26', expect: on('warn', 'noRefund', base('700', { refund: 0n })) },
  {
    name: 'part month by day: ended 2026-06-16 00:00 is 5 months and 15 of June\'s 30 days: 5.5 months served, ¥650.00 owed',
    profile: setup({ effective_at: '2026-06-16', refund: '650' }),
    asOf: '2026-11-26',
    expect: on('pass', 'refunded', base('650', { refund: yuan('650') })),
  },
  {
    name: 'a started day counts whole: ended 2026-06-15 00:00:01 is 15 days of June too',
    profile: setup({ effective_at: '2026-06-15T00:00:01', refund: '649.99' }),
    asOf: '2026-11-26',
    expect: on('warn', 'shortRefund', base('650', { refund: yuan('649.99') })),
  },
  { name: 'ended at 2026-06-15 00:00: 14 days of June, ¥653.33 owed', profile: setup({ effective_at: '2026-06-15', refund: '653.33' }), asOf: '2026-11-26', expect: on('pass', 'refunded', base('653.33', { refund: yuan('653.33') })) },
  {
    name: 'before it takes effect: pass stating the amount then due, last second',
    profile: setup({}),
    asOf: '2026-05-31T23:59:59',
    expect: on('pass', 'due', base('700', { effectiveAt: at('2026-06-01') }), { dueAt: '2026-06-01T00:00:00+08:00', dueKind: 'refund-due', dueTurnsTo: 'warn' }),
  },
  { name: 'at the instant it takes effect: judged', profile: setup({}), asOf: '2026-06-01', expect: on('warn', 'noRefund', base('700', { refund: 0n })) },
  { name: 'an order without a term is named as not judged', profile: setup({ orders: ['o1', 'o2'], refund: '700' }, [o1, { id: 'o2', amount: '50', paid_at: '2026-01-01' }]), asOf: '2026-11-26', expect: on('pass', 'refunded', base('700', { refund: yuan('700'), unjudged: ['o2'] }), { unjudgedOrders: ['o2'] }, 16) },
  { name: 'no effective_at: skip naming it', profile: setup({ effective_at: undefined }), asOf: '2026-11-26', expect: on('skip', 'noData', { notice: 'n1', missing: 'effective_at' }, { reason: 'no data' }) },
  { name: 'an unpaid order owes nothing back: skip, nothing to compute', profile: setup({}, [{ ...o1, paid_at: undefined }]), asOf: '2026-11-26', expect: on('skip', 'noData', { notice: 'n1', missing: 'term.start, term.end and a cash payment on any order it ends' }, { reason: 'no data' }, 12) },
  { name: 'ended after the term ran out: nothing owed, pass without a refund', profile: setup({ effective_at: '2027-01-05' }), asOf: '2027-02-01', expect: on('pass', 'refunded', base('0', { refund: 0n })) },
]);
