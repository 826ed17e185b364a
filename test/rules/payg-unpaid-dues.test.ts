import rule from '../../rules/payg-unpaid-dues.js';
import { at, testRule, yuan } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const payg = { id: 'p1', kind: 'payg', product: 'ecs', placed_at: '2026-11-20' };
const setup = (billing: Record<string, unknown>, order: Record<string, unknown> = {}) => ({ account: { billing }, orders: [{ ...payg, ...order }] });
const bill = (extra: Record<string, unknown> = {}) => ({ id: 'b1', amount: '100', due: '2026-11-09', ...extra });
/** The finding on order p1; its line depends on how many lines the billing section takes. */
const on = (line: number, status: 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [{ status, subject: 'p1', path: ['orders', 0], line, messages: [{ id, params }], ...(data ? { data } : {}) }];

testRule(rule, [
  { name: 'no orders: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'only prepaid orders: skip not applicable', profile: { orders: [{ id: 's1' }] }, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  { name: 'payg but no bills or balance: skip no data', profile: { orders: [payg] }, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'an overdue unpaid bill: warn', profile: setup({ bills: [bill()] }), asOf: T, expect: on(10, 'warn', 'inUseWhileUnpaid', { order: 'p1', bills: ['b1'], balanceDebt: 0n, total: yuan('100') }, { unpaid: '100.00', overdueBills: ['b1'] }) },
  { name: 'the last second of the due day: not overdue yet, pass', profile: setup({ bills: [bill({ due: '2026-11-26' })] }), asOf: '2026-11-26T23:59:59', expect: on(10, 'pass', 'clear', { order: 'p1' }) },
  { name: 'the first second after the due day: warn', profile: setup({ bills: [bill({ due: '2026-11-25' })] }), asOf: '2026-11-26T00:00:00', expect: on(10, 'warn', 'inUseWhileUnpaid', { order: 'p1', bills: ['b1'], balanceDebt: 0n, total: yuan('100') }) },
  { name: 'a negative balance: warn', profile: setup({ balance: '-20.5' }), asOf: T, expect: on(7, 'warn', 'inUseWhileUnpaid', { order: 'p1', bills: [], balanceDebt: yuan('20.5'), total: yuan('20.5') }) },
  { name: 'a balance of -¥0.004 shows as ¥0.00: pass', profile: setup({ balance: '-0.004' }), asOf: T, expect: on(7, 'pass', 'clear', { order: 'p1' }) },
  {
    name: 'both at once: the total of the two',
    profile: setup({ balance: '-1', bills: [bill(), bill({ id: 'b2', amount: '50', due: '2026-11-10', payments: [{ amount: '20', paid_at: '2026-11-12' }] })] }),
    asOf: T,
    expect: on(17, 'warn', 'inUseWhileUnpaid', { order: 'p1', bills: ['b1', 'b2'], balanceDebt: yuan('1'), total: yuan('131') }),
  },
  {
    name: 'paid since, but the order was opened while a bill was overdue: warn',
    profile: setup({ bills: [bill({ payments: [{ amount: '100', paid_at: '2026-11-21' }] })] }),
    asOf: T,
    expect: on(13, 'warn', 'openedWhileUnpaid', { order: 'p1', placedAt: at('2026-11-20'), bills: ['b1'], balanceDebt: 0n, total: yuan('100') }, { placedAt: '2026-11-20T00:00:00+08:00' }),
  },
  { name: 'opened before the bill fell overdue, paid since: pass', profile: setup({ bills: [bill({ payments: [{ amount: '100', paid_at: '2026-11-21' }] })] }, { placed_at: '2026-11-09T23:59:59' }), asOf: T, expect: on(13, 'pass', 'clear', { order: 'p1' }) },
  { name: 'a released payg order is out of scope', profile: setup({ bills: [bill()] }, { status: 'released' }), asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
]);
