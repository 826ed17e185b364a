import rule from '../../rules/term-after-payment.js';
import { at, testRule } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const order = (extra: Record<string, unknown>) => ({ orders: [{ id: 'o1', product: 'ecs', amount: '100', placed_at: '2026-11-01T09:00', paid_at: '2026-11-01T10:00', term: { start: '2026-11-01T10:00', end: '2026-11-30' }, ...extra }] });
/** The finding on order o1 (its list item starts on line 5 of the generated YAML). */
const on = (status: 'pass' | 'warn' | 'skip', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [{ status, subject: 'o1', path: ['orders', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) }];

testRule(rule, [
  { name: 'no orders: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'only pay-as-you-go: skip not applicable', profile: { orders: [{ id: 'p1', kind: 'payg' }] }, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  { name: 'term starts at the payment instant: pass', profile: order({}), asOf: T, expect: on('pass', 'startsAfterPayment', { order: 'o1', start: at('2026-11-01T10:00'), paidAt: at('2026-11-01T10:00') }, { termStart: '2026-11-01T10:00:00+08:00', paidAt: '2026-11-01T10:00:00+08:00' }) },
  {
    name: 'term starts one second before payment: warn, short by 1 s',
    profile: order({ term: { start: '2026-11-01T09:59:59' } }),
    asOf: T,
    expect: on('warn', 'startsBeforePayment', { order: 'o1', start: at('2026-11-01T09:59:59'), paidAt: at('2026-11-01T10:00') }, { shortByMs: 1000 }),
  },
  { name: 'a bare-date start on the payment day names that day: pass', profile: order({ term: { start: '2026-11-01' } }), asOf: T, expect: on('pass', 'startsOnPaymentDay', { order: 'o1', start: at('2026-11-01'), paidAt: at('2026-11-01T10:00') }) },
  { name: 'a bare-date start the day before the payment day: warn', profile: order({ term: { start: '2026-10-31' } }), asOf: T, expect: on('warn', 'startsBeforePayment', { order: 'o1', start: at('2026-10-31'), paidAt: at('2026-11-01T10:00') }, { shortByMs: 34 * 3_600_000 }) },
  { name: 'paid at 23:59:59 Beijing, term dated the next day: pass', profile: order({ paid_at: '2026-11-01T15:59:59Z', term: { start: '2026-11-02' } }), asOf: T, expect: on('pass', 'startsAfterPayment', { order: 'o1', start: at('2026-11-02'), paidAt: at('2026-11-01T23:59:59') }) },
  { name: 'payment in UTC: 2026-11-01T02:00Z is 10:00 +08:00, same instant: pass', profile: order({ paid_at: '2026-11-01T02:00:00Z' }), asOf: T, expect: on('pass', 'startsAfterPayment', { order: 'o1', start: at('2026-11-01T10:00'), paidAt: at('2026-11-01T10:00') }) },
  { name: 'unpaid and the term started: warn', profile: order({ paid_at: undefined }), asOf: T, expect: on('warn', 'startedUnpaid', { order: 'o1', start: at('2026-11-01T10:00') }) },
  { name: 'unpaid at the last second before the term start: pass, not started', profile: order({ paid_at: undefined }), asOf: '2026-11-01T09:59:59', expect: on('pass', 'notStarted', { order: 'o1', start: at('2026-11-01T10:00') }) },
  { name: 'a payment dated after T has not happened: unpaid, the term started', profile: order({ paid_at: '2026-11-27' }), asOf: T, expect: on('warn', 'startedUnpaid', { order: 'o1', start: at('2026-11-01T10:00') }) },
  { name: 'no term.start: skip no data', profile: order({ term: { end: '2026-11-30' } }), asOf: T, expect: on('skip', 'noStart', { order: 'o1' }, { reason: 'no data' }) },
  { name: 'paid_amount without paid_at: no instant to compare, skip', profile: order({ paid_at: undefined, paid_amount: '100' }), asOf: T, expect: on('skip', 'noPaidAt', { order: 'o1' }, { reason: 'no data' }) },
]);
