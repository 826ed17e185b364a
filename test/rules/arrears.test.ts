import rule from '../../rules/arrears.js';
import { at, testRule, yuan } from '../helpers/rule-tester.js';

const bills = (...list: Record<string, unknown>[]) => ({ account: { billing: { bills: list } } });
const bill = (extra: Record<string, unknown> = {}) => bills({ id: 'b1', amount: '1234.56', due: '2026-11-09', ...extra });
const BILL_PATH = ['account', 'billing', 'bills', 0];

/** The one finding on account (line 5). */
const on = (status: 'fail' | 'pass', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'account', path: ['account', 'billing', 'balance'], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no billing section: skip no data', profile: {}, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'billing without bills or balance: skip no data', profile: { account: { billing: { currency: 'CNY' } } }, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'an empty bill list and no balance: skip not applicable', profile: bills(), asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  {
    name: 'the spec example: ¥1234.56 due 2026-11-09, unpaid at 2026-11-26 00:00 → 17 days, ¥10.49',
    profile: bill(),
    asOf: '2026-11-26T00:00:00+08:00',
    expect: [
      {
        status: 'fail',
        subject: 'b1',
        path: BILL_PATH,
        line: 6,
        messages: [{ id: 'overdue', params: { bill: 'b1', since: at('2026-11-10'), fee: yuan('10.49'), days: 17, outstanding: yuan('1234.56') } }],
        data: { overdueSince: '2026-11-10T00:00:00+08:00', outstanding: '1234.56', lateFee: '10.49', days: 17 },
      },
    ],
  },
  {
    name: 'the last second of the due day: pass, not yet due',
    profile: bill(),
    asOf: '2026-11-09T23:59:59',
    expect: [{ status: 'pass', subject: 'b1', line: 6, messages: [{ id: 'notDue', params: { bill: 'b1', outstanding: yuan('1234.56'), payBy: at('2026-11-10'), daysLeft: 1 } }], data: { payBy: '2026-11-10T00:00:00+08:00', daysLeft: 1 } }],
  },
  {
    name: 'the first second after the due day: fail, 1 fee day',
    profile: bill(),
    asOf: '2026-11-10T00:00:00+08:00',
    expect: [{ status: 'fail', subject: 'b1', line: 6, messages: [{ id: 'overdue', params: { bill: 'b1', since: at('2026-11-10'), fee: yuan('0.62'), days: 1, outstanding: yuan('1234.56') } }], data: { days: 1, lateFee: '0.62' } }],
  },
  {
    name: 'paid at the last second of the due day: pass',
    profile: bill({ payments: [{ amount: '1234.56', paid_at: '2026-11-09T23:59:59' }] }),
    asOf: '2026-11-26',
    expect: [{ status: 'pass', subject: 'b1', line: 6, messages: [{ id: 'paidOnTime', params: { bill: 'b1' } }] }],
  },
  {
    name: 'paid at the first second after the due day: warn with one day of exposure',
    profile: bill({ payments: [{ amount: '1234.56', paid_at: '2026-11-10T00:00:00+08:00' }] }),
    asOf: '2026-11-26',
    expect: [
      {
        status: 'warn',
        subject: 'b1',
        line: 6,
        messages: [{ id: 'paidLate', params: { bill: 'b1', since: at('2026-11-10'), fee: yuan('0.62'), days: 1, paidAt: at('2026-11-10') } }],
        data: { paidAt: '2026-11-10T00:00:00+08:00', outstanding: '0.00', days: 1 },
      },
    ],
  },
  {
    name: 'paid a fraction of a second after a date-time due: the message shows the milliseconds, so the two instants differ',
    profile: bills({ id: 'b8', amount: '100', due: '2026-11-09T18:00:00', payments: [{ amount: '100', paid_at: '2026-11-09T18:00:00.250' }] }),
    asOf: '2026-11-26',
    expect: [{ status: 'warn', subject: 'b8', line: 6, messages: [{ id: 'paidLate', params: { bill: 'b8', since: at('2026-11-09T18:00'), fee: yuan('0'), days: 0, paidAt: at('2026-11-09T18:00:00.250') } }] }],
  },
  {
    name: 'partial payments before the due date reduce the principal: fail on the rest',
    profile: bill({ payments: [{ amount: '200', paid_at: '2026-11-01' }, { amount: '34.56', paid_at: '2026-11-09T12:00' }] }),
    asOf: '2026-11-26',
    expect: [
      { status: 'fail', subject: 'b1', line: 6, messages: [{ id: 'overdue', params: { bill: 'b1', since: at('2026-11-10'), fee: yuan('8.50'), days: 17, outstanding: yuan('1000') } }], data: { outstanding: '1000.00', lateFee: '8.50' } },
    ],
  },
  {
    name: 'payments spread over overdue days step the principal down from the day after each',
    profile: bills({ id: 'b2', amount: '1000', due: '2026-11-09', payments: [{ amount: '400', paid_at: '2026-11-12T10:00' }, { amount: '600', paid_at: '2026-11-15T23:59:59' }] }),
    asOf: '2026-11-26',
    expect: [{ status: 'warn', subject: 'b2', line: 6, messages: [{ id: 'paidLate', params: { bill: 'b2', since: at('2026-11-10'), fee: yuan('2.40'), days: 6, paidAt: at('2026-11-15T23:59:59') } }], data: { lateFee: '2.40', days: 6 } }],
  },
  {
    name: 'a partial overdue payment, still owing: fail on the remainder (3 days at ¥1,000 + 14 at ¥600)',
    profile: bills({ id: 'b2', amount: '1000', due: '2026-11-09', payments: [{ amount: '400', paid_at: '2026-11-12T10:00' }] }),
    asOf: '2026-11-26',
    expect: [{ status: 'fail', subject: 'b2', line: 6, messages: [{ id: 'overdue', params: { bill: 'b2', since: at('2026-11-10'), fee: yuan('5.70'), days: 17, outstanding: yuan('600') } }] }],
  },
  {
    name: 'overpayment: nothing outstanding, never negative',
    profile: bills({ id: 'b3', amount: '100', due: '2026-11-09', payments: [{ amount: '150', paid_at: '2026-11-11' }] }),
    asOf: '2026-11-26',
    expect: [{ status: 'warn', subject: 'b3', line: 6, messages: [{ id: 'paidLate', params: { bill: 'b3', since: at('2026-11-10'), fee: yuan('0.10'), days: 2, paidAt: at('2026-11-11') } }], data: { outstanding: '0.00' } }],
  },
  {
    name: 'a payment dated after as-of has not happened yet',
    profile: bill({ payments: [{ amount: '1234.56', paid_at: '2026-11-27' }] }),
    asOf: '2026-11-26',
    expect: [{ status: 'fail', subject: 'b1', line: 6, messages: [{ id: 'overdue', params: { bill: 'b1', since: at('2026-11-10'), fee: yuan('10.49'), days: 17, outstanding: yuan('1234.56') } }] }],
  },
  {
    name: 'not yet due with a partial payment: pass stating the rest',
    profile: bill({ payments: [{ amount: '234.56', paid_at: '2026-11-01' }] }),
    asOf: '2026-11-02',
    expect: [{ status: 'pass', subject: 'b1', line: 6, messages: [{ id: 'notDue', params: { bill: 'b1', outstanding: yuan('1000'), payBy: at('2026-11-10'), daysLeft: 8 } }], data: { outstanding: '1000.00' } }],
  },
  { name: 'a zero-amount bill: pass', profile: bills({ id: 'b0', amount: '0', due: '2026-11-09' }), asOf: '2026-11-26', expect: [{ status: 'pass', subject: 'b0', line: 6, messages: [{ id: 'nothingDue', params: { bill: 'b0' } }] }] },
  {
    name: 'the fee rounds half up to the fen at the end: ¥10.00 for one day is ¥0.01',
    profile: bills({ id: 'b4', amount: '10.00', due: '2026-11-09' }),
    asOf: '2026-11-10',
    expect: [{ status: 'fail', subject: 'b4', line: 6, messages: [{ id: 'overdue', params: { bill: 'b4', since: at('2026-11-10'), fee: yuan('0.01'), days: 1, outstanding: yuan('10') } }], data: { lateFee: '0.01', days: 1 } }],
  },
  {
    name: 'no per-day rounding: ¥10.01 for 30 days is ¥0.15, not ¥0.30',
    profile: bills({ id: 'b5', amount: '10.01', due: '2026-11-09' }),
    asOf: '2026-12-09T23:59:59',
    expect: [{ status: 'fail', subject: 'b5', line: 6, messages: [{ id: 'overdue', params: { bill: 'b5', since: at('2026-11-10'), fee: yuan('0.15'), days: 30, outstanding: yuan('10.01') } }] }],
  },
  {
    name: 'a due date-time without offset is the Beijing instant; fees start the next day',
    profile: bills({ id: 'b6', amount: '1000', due: '2026-11-09T18:00:00' }),
    asOf: '2026-11-09T18:00:00Z',
    expect: [
      {
        status: 'fail',
        subject: 'b6',
        line: 6,
        messages: [{ id: 'overdue', params: { bill: 'b6', since: at('2026-11-09T18:00'), fee: yuan('0.50'), days: 1, outstanding: yuan('1000') } }],
        data: { overdueSince: '2026-11-09T18:00:00+08:00', days: 1 },
      },
    ],
  },
  {
    name: 'a due date-time: the last second before it is not yet due',
    profile: bills({ id: 'b6', amount: '1000', due: '2026-11-09T18:00:00' }),
    asOf: '2026-11-09T17:59:59',
    expect: [{ status: 'pass', subject: 'b6', line: 6, messages: [{ id: 'notDue', params: { bill: 'b6', outstanding: yuan('1000'), payBy: at('2026-11-09T18:00'), daysLeft: 1 } }] }],
  },
  {
    name: 'a due date-time: overdue the same evening accrues no fee yet',
    profile: bills({ id: 'b6', amount: '1000', due: '2026-11-09T18:00:00' }),
    asOf: '2026-11-09T20:00',
    expect: [{ status: 'fail', subject: 'b6', line: 6, messages: [{ id: 'overdue', params: { bill: 'b6', since: at('2026-11-09T18:00'), fee: yuan('0'), days: 0, outstanding: yuan('1000') } }] }],
  },
  {
    name: 'fee days across Feb 29 (2028)',
    profile: bills({ id: 'b7', amount: '1000', due: '2028-02-27' }),
    asOf: '2028-03-02T12:00',
    expect: [{ status: 'fail', subject: 'b7', line: 6, messages: [{ id: 'overdue', params: { bill: 'b7', since: at('2028-02-28'), fee: yuan('2'), days: 4, outstanding: yuan('1000') } }] }],
  },
  { name: 'negative balance: fail in arrears', profile: { account: { billing: { balance: '-20.5' } } }, asOf: '2026-11-26', expect: on('fail', 'inArrears', { balance: yuan('-20.50') }, { balance: '-20.50' }) },
  { name: 'zero balance: pass', profile: { account: { billing: { balance: '0' } } }, asOf: '2026-11-26', expect: on('pass', 'inCredit', { balance: yuan('0') }) },
  { name: 'a negative balance that rounds to ¥0.00 is not arrears', profile: { account: { billing: { balance: '-0.004999' } } }, asOf: '2026-11-26', expect: on('pass', 'inCredit', { balance: yuan('-0.004999') }) },
  { name: 'a balance of -0.005 rounds to -¥0.01: fail', profile: { account: { billing: { balance: '-0.005' } } }, asOf: '2026-11-26', expect: on('fail', 'inArrears', { balance: yuan('-0.005') }) },
  {
    name: 'bills and the account together, each at its path',
    profile: { account: { billing: { balance: '1500.00', bills: [{ id: 'b1', amount: '100', due: '2026-11-30' }, { id: 'b2', amount: '50', due: '2026-10-31', payments: [{ amount: '50', paid_at: '2026-10-31' }] }] } } },
    asOf: '2026-11-26',
    expect: [
      { status: 'pass', subject: 'b1', path: BILL_PATH, line: 7, messages: [{ id: 'notDue', params: { bill: 'b1', outstanding: yuan('100'), payBy: at('2026-12-01'), daysLeft: 5 } }] },
      { status: 'pass', subject: 'b2', path: ['account', 'billing', 'bills', 1], line: 10, messages: [{ id: 'paidOnTime', params: { bill: 'b2' } }] },
      { status: 'pass', subject: 'account', path: ['account', 'billing', 'balance'], line: 5, messages: [{ id: 'inCredit', params: { balance: yuan('1500') } }] },
    ],
  },
  // §3.4 on account arrears: billing.overdue_since starts the late fee on a negative balance.
  {
    name: 'a negative balance since 00:00 on 2026-11-20: 7 fee days (Nov 20 to 26) on ¥1,000.00 is ¥3.50',
    profile: { account: { billing: { balance: '-1000', overdue_since: '2026-11-20' } } },
    asOf: '2026-11-26T12:00',
    expect: on('fail', 'inArrearsSince', { balance: yuan('-1000'), since: at('2026-11-20'), fee: yuan('3.50'), days: 7 }, { overdueSince: '2026-11-20T00:00:00+08:00', lateFee: '3.50', days: 7 }),
  },
  {
    name: 'in arrears from 10:00: that day does not count, the fee starts the next day',
    profile: { account: { billing: { balance: '-1000', overdue_since: '2026-11-25T10:00' } } },
    asOf: '2026-11-25T23:59:59',
    expect: on('fail', 'inArrearsSince', { balance: yuan('-1000'), since: at('2026-11-25T10:00'), fee: 0n, days: 0 }),
  },
  {
    name: 'in arrears from 10:00: the first second of the next day is one fee day',
    profile: { account: { billing: { balance: '-1000', overdue_since: '2026-11-25T10:00' } } },
    asOf: '2026-11-26T00:00:00',
    expect: on('fail', 'inArrearsSince', { balance: yuan('-1000'), since: at('2026-11-25T10:00'), fee: yuan('0.50'), days: 1 }),
  },
  { name: 'overdue_since after T has not happened: arrears without a fee', profile: { account: { billing: { balance: '-10', overdue_since: '2026-11-27' } } }, asOf: '2026-11-26', expect: on('fail', 'inArrears', { balance: yuan('-10') }) },
  { name: 'overdue_since with a balance in credit: pass', profile: { account: { billing: { balance: '5', overdue_since: '2026-11-20' } } }, asOf: '2026-11-26', expect: on('pass', 'inCredit', { balance: yuan('5') }) },
]);
