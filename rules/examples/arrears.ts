import type { RuleExample } from './example.js';

/** The bill most examples share. */
const BILL = { id: 'b1', amount: '10', due: '2026-11-09', payments: [{ amount: '10', paid_at: '2026-11-09T23:59:59' }] };

/** The payment most examples share. */
const PAYMENT = { amount: '10', paid_at: '2026-11-09T23:59:59' };

/** Example cases of arrears for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'bills and the account together, each at its path',
    asOf: '2026-11-26',
    profile: {
      account: {
        billing: {
          balance: '1500.00',
          bills: [
            { id: 'b1', amount: '100', due: '2026-11-30' },
            { id: 'b2', amount: '50', due: '2026-10-31', payments: [{ ...PAYMENT, amount: '50', paid_at: '2026-10-31' }] },
          ],
        },
      },
    },
  },
  { name: 'negative balance: fail in arrears', asOf: '2026-11-26', profile: { account: { billing: { balance: '-20.5' } } } },
  {
    name: 'overpayment: nothing outstanding, never negative',
    asOf: '2026-11-26',
    profile: {
      account: {
        billing: { bills: [{ ...BILL, id: 'b3', amount: '100', payments: [{ ...PAYMENT, amount: '150', paid_at: '2026-11-11' }] }] },
      },
    },
  },
  { name: 'no billing section: skip no data', asOf: '2026-11-26', profile: {} },
  {
    name: 'a negative balance of ¥1,000.00 since 2026-11-20 00:00 +08:00, judged on 2026-11-26: 7 fee days, ¥3.50',
    asOf: '2026-11-26T12:00',
    profile: { account: { billing: { balance: '-1000', overdue_since: '2026-11-20' } } },
  },
  {
    name: 'a zero-amount bill: pass',
    asOf: '2026-11-26',
    profile: { account: { billing: { bills: [{ id: 'b0', amount: '0', due: '2026-11-09' }] } } },
  },
  {
    name: 'fee days across a leap day',
    asOf: '2028-03-02T12:00',
    profile: { account: { billing: { bills: [{ id: 'b7', amount: '1000', due: '2028-02-27' }] } } },
  },
  {
    name: 'the worked example: ¥1,234.56 due 2026-11-09 and unpaid, judged on 2026-11-26: 17 fee days, ¥10.49',
    asOf: '2026-11-26',
    profile: { account: { billing: { bills: [{ id: 'b1', amount: '1234.56', due: '2026-11-09' }] } } },
  },
  { name: 'paid at 23:59:59 on the due day: on time', asOf: '2026-11-26', profile: { account: { billing: { bills: [BILL] } } } },
  {
    name: 'paid at 00:00 the day after the due day: paid late, 1 fee day',
    asOf: '2026-11-26',
    profile: { account: { billing: { bills: [{ ...BILL, payments: [{ ...PAYMENT, paid_at: '2026-11-10T00:00' }] }] } } },
  },
  {
    name: 'no per-day rounding: ¥10.01 for 30 days is ¥0.15',
    asOf: '2026-12-09T23:59:59',
    profile: { account: { billing: { bills: [{ id: 'b5', amount: '10.01', due: '2026-11-09' }] } } },
  },
  {
    name: 'a balance of -0.004 is ¥0.00 as shown: not arrears',
    asOf: '2026-11-26',
    profile: { account: { billing: { balance: '-0.004' } } },
  },
  {
    name: 'a balance of -0.005 is in arrears by ¥0.01',
    asOf: '2026-11-26',
    profile: { account: { billing: { balance: '-0.005' } } },
  },
] satisfies RuleExample[];
