import rule from '../../rules/payg-balance.js';
import { testRule } from '../helpers/rule-tester.js';

const billing = (fields: Record<string, unknown>) => ({ account: { id: '1000000000000001', billing: fields } });
const payg = [{ id: 'p1', kind: 'payg', product: 'ecs' }];
const withPayg = (fields: Record<string, unknown>) => ({ ...billing(fields), orders: payg });
const on = (status: 'pass' | 'warn' | 'skip', facts: string[], data?: Record<string, unknown>) => [{ status, subject: 'account', path: ['account'], facts, ...(data ? { data } : {}) }];

testRule(rule, [
  { name: 'no orders and no daily spend: skip no data', profile: billing({ balance: '10.00' }), asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', data: { reason: 'no data' } }] },
  { name: 'only prepaid orders: skip not applicable', profile: { ...billing({ balance: '10.00' }), orders: [{ id: 's1', product: 'ecs' }] }, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', data: { reason: 'not applicable' } }] },
  { name: 'daily spend 0 and no orders: skip not applicable', profile: billing({ balance: '10.00', payg_daily_spend: '0' }), asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', data: { reason: 'not applicable' } }] },
  { name: 'a released payg order does not count', profile: { ...billing({ balance: '0' }), orders: [{ id: 'p1', kind: 'payg', status: 'released' }] }, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', data: { reason: 'not applicable' } }] },
  {
    name: 'ten days of spend: pass',
    profile: withPayg({ balance: '1000.00', payg_daily_spend: '100.00' }),
    asOf: '2026-11-26',
    expect: on('pass', ['cash balance ¥1,000.00 covers 10 days of pay-as-you-go spend at ¥100.00 a day'], { balance: '1000.00', dailySpend: '100.00', runwayDays: 3, coversDays: 10 }),
  },
  { name: 'a day over the runway (4 days): pass', profile: withPayg({ balance: '400.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('pass', ['covers 4 days']) },
  { name: 'exactly the runway (3 days): pass', profile: withPayg({ balance: '300.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('pass', ['covers 3 days'], { coversDays: 3 }) },
  {
    name: 'a fen under the runway: warn, covers 2 days (rounded down)',
    profile: withPayg({ balance: '299.99', payg_daily_spend: '100.00' }),
    asOf: '2026-11-26',
    expect: on('warn', ['cash balance ¥299.99 covers 2 days of pay-as-you-go spend at ¥100.00 a day, less than the 3 days (¥300.00) wanted'], { coversDays: 2, needed: '300.00' }),
  },
  { name: 'a day under the runway (2 days): warn', profile: withPayg({ balance: '200.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('warn', ['covers 2 days']) },
  { name: 'less than one day of spend', profile: withPayg({ balance: '50.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('warn', ['covers less than a day'], { coversDays: 0 }) },
  { name: 'zero balance covers none; the debt is left to arrears', profile: withPayg({ balance: '0', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('warn', ['¥0.00 covers no days', 'Top up to keep pay-as-you-go services running.'], { coversDays: 0 }) },
  { name: 'negative balance covers none', profile: withPayg({ balance: '-50.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('warn', ['-¥50.00 covers no days', '(the arrears rule reports the debt)'], { balance: '-50.00', coversDays: 0 }) },
  {
    name: 'exact arithmetic: ¥100.00 at ¥33.333333 a day covers 3 days (needs ¥99.999999)',
    profile: withPayg({ balance: '100.00', payg_daily_spend: '33.333333' }),
    asOf: '2026-11-26',
    expect: on('pass', ['covers 3 days', 'at ¥33.33 a day'], { dailySpend: '33.33', coversDays: 3 }),
  },
  {
    name: 'needed amount shown rounded half up: 3 × ¥33.335 = ¥100.005 → ¥100.01',
    profile: withPayg({ balance: '100.00', payg_daily_spend: '33.335' }),
    asOf: '2026-11-26',
    expect: on('warn', ['covers 2 days', 'at ¥33.34 a day', 'less than the 3 days (¥100.01) wanted'], { needed: '100.01' }),
  },
  { name: 'runway_days 7: five days is short', profile: withPayg({ balance: '500.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', options: { runway_days: 7 }, expect: on('warn', ['covers 5 days', 'less than the 7 days (¥700.00) wanted'], { runwayDays: 7, needed: '700.00' }) },
  { name: 'runway_days 1: a day is enough', profile: withPayg({ balance: '100.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', options: { runway_days: 1 }, expect: on('pass', ['covers 1 day of', 'at least 1 day wanted']) },
  { name: 'daily spend without any orders section is judged', profile: billing({ balance: '10.00', payg_daily_spend: '20.00' }), asOf: '2026-11-26', expect: on('warn', ['covers less than a day']) },
  { name: 'no balance: skip no data', profile: withPayg({ payg_daily_spend: '20.00' }), asOf: '2026-11-26', expect: on('skip', ['billing.balance is not in the profile'], { reason: 'no data' }) },
  { name: 'payg orders but no daily spend: skip no data', profile: withPayg({ balance: '20.00' }), asOf: '2026-11-26', expect: on('skip', ['billing.payg_daily_spend is not in the profile'], { reason: 'no data' }) },
  { name: 'payg orders and no billing section at all', profile: { orders: payg }, asOf: '2026-11-26', expect: on('skip', ['billing.balance and billing.payg_daily_spend are not in the profile']) },
  { name: 'payg orders with zero spend and a positive balance: pass', profile: withPayg({ balance: '5.00', payg_daily_spend: '0' }), asOf: '2026-11-26', expect: on('pass', ['no pay-as-you-go spend is recorded']) },
  { name: 'payg orders with zero spend and a negative balance: warn', profile: withPayg({ balance: '-5.00', payg_daily_spend: '0' }), asOf: '2026-11-26', expect: on('warn', ['covers no days', '(¥0.00) wanted']) },
]);
