import rule from '../../rules/payg-balance.js';
import { testRule, yuan, type ExpectedMessage } from '../helpers/rule-tester.js';

const billing = (fields: Record<string, unknown>) => ({ account: { id: '1000000000000001', billing: fields } });
const payg = [{ id: 'p1', kind: 'payg', product: 'ecs' }];
const withPayg = (fields: Record<string, unknown>) => ({ ...billing(fields), orders: payg });
/** The one finding on `account` (its mapping starts on line 3 of the generated YAML). */
const on = (status: 'pass' | 'warn' | 'skip', message: ExpectedMessage, data?: Record<string, unknown>) => [
  { status, subject: 'account', path: ['account'], line: 3, messages: [message], ...(data ? { data } : {}) },
];
const covered = (balance: string, spend: string, days: number, runway = 3) => ({ id: 'covered', params: { balance: yuan(balance), spend: yuan(spend), days, runway } });
const short = (balance: string, spend: string, days: number, needed: string, runway = 3) => ({ id: 'short', params: { balance: yuan(balance), spend: yuan(spend), days, runway, needed: yuan(needed) } });

testRule(rule, [
  { name: 'no orders and no daily spend: skip no data', profile: billing({ balance: '10.00' }), asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'only prepaid orders: skip not applicable',
    profile: { ...billing({ balance: '10.00' }), orders: [{ id: 's1', product: 'ecs' }] },
    asOf: '2026-11-26',
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  {
    name: 'daily spend 0 and no orders: skip not applicable',
    profile: billing({ balance: '10.00', payg_daily_spend: '0' }),
    asOf: '2026-11-26',
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  {
    name: 'a released payg order does not count',
    profile: { ...billing({ balance: '0' }), orders: [{ id: 'p1', kind: 'payg', status: 'released' }] },
    asOf: '2026-11-26',
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  { name: 'ten days of spend: pass', profile: withPayg({ balance: '1000.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('pass', covered('1000', '100', 10), { balance: '1000.00', dailySpend: '100.00', runwayDays: 3, coversDays: 10 }) },
  { name: 'a day over the runway (4 days): pass', profile: withPayg({ balance: '400.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('pass', covered('400', '100', 4)) },
  { name: 'exactly the runway (3 days): pass', profile: withPayg({ balance: '300.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('pass', covered('300', '100', 3), { coversDays: 3 }) },
  { name: 'a fen under the runway: warn, covers 2 days (rounded down)', profile: withPayg({ balance: '299.99', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('warn', short('299.99', '100', 2, '300'), { coversDays: 2, needed: '300.00' }) },
  { name: 'a day under the runway (2 days): warn', profile: withPayg({ balance: '200.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('warn', short('200', '100', 2, '300')) },
  { name: 'less than one day of spend: warn with 0 days', profile: withPayg({ balance: '50.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('warn', short('50', '100', 0, '300'), { coversDays: 0 }) },
  { name: 'zero balance covers none: its own message, no debt mentioned', profile: withPayg({ balance: '0', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('warn', { id: 'empty', params: { balance: 0n, spend: yuan('100'), runway: 3, needed: yuan('300') } }, { coversDays: 0 }) },
  { name: 'negative balance: in debt', profile: withPayg({ balance: '-50.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('warn', { id: 'inDebt', params: { balance: yuan('-50'), spend: yuan('100'), runway: 3, needed: yuan('300') } }, { balance: '-50.00', coversDays: 0 }) },
  {
    name: 'a balance of -¥0.004 is ¥0.00 as shown: empty, not in debt (arrears passes it too)',
    profile: withPayg({ balance: '-0.004', payg_daily_spend: '100.00' }),
    asOf: '2026-11-26',
    expect: on('warn', { id: 'empty', params: { balance: 0n, spend: yuan('100'), runway: 3, needed: yuan('300') } }),
  },
  {
    name: 'compared at the fen: ¥100.00 against 3 days at ¥33.333334 (¥33.33 shown, ¥99.99 wanted) passes',
    profile: withPayg({ balance: '100.00', payg_daily_spend: '33.333334' }),
    asOf: '2026-11-26',
    expect: on('pass', covered('100', '33.33', 3), { dailySpend: '33.33', coversDays: 3 }),
  },
  { name: 'exact arithmetic: ¥100.00 at ¥33.333333 a day covers 3 days', profile: withPayg({ balance: '100.00', payg_daily_spend: '33.333333' }), asOf: '2026-11-26', expect: on('pass', covered('100', '33.33', 3)) },
  { name: 'spend rounded half up: ¥33.335 is ¥33.34, 3 days are ¥100.02', profile: withPayg({ balance: '100.00', payg_daily_spend: '33.335' }), asOf: '2026-11-26', expect: on('warn', short('100', '33.34', 2, '100.02'), { needed: '100.02' }) },
  { name: 'the balance rounds too: ¥299.995 is ¥300.00, enough for 3 days at ¥100', profile: withPayg({ balance: '299.995', payg_daily_spend: '100.00' }), asOf: '2026-11-26', expect: on('pass', covered('300', '100', 3)) },
  { name: 'runway_days 7: five days is short', profile: withPayg({ balance: '500.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', options: { runway_days: 7 }, expect: on('warn', short('500', '100', 5, '700', 7), { runwayDays: 7, needed: '700.00' }) },
  { name: 'runway_days 1: a day is enough', profile: withPayg({ balance: '100.00', payg_daily_spend: '100.00' }), asOf: '2026-11-26', options: { runway_days: 1 }, expect: on('pass', covered('100', '100', 1, 1)) },
  { name: 'daily spend without any orders section is judged', profile: billing({ balance: '10.00', payg_daily_spend: '20.00' }), asOf: '2026-11-26', expect: on('warn', short('10', '20', 0, '60')) },
  { name: 'no balance: skip no data', profile: withPayg({ payg_daily_spend: '20.00' }), asOf: '2026-11-26', expect: on('skip', { id: 'noData', params: { missing: ['billing.balance'] } }, { reason: 'no data' }) },
  { name: 'payg orders but no daily spend: skip no data', profile: withPayg({ balance: '20.00' }), asOf: '2026-11-26', expect: on('skip', { id: 'noData', params: { missing: ['billing.payg_daily_spend'] } }, { reason: 'no data' }) },
  { name: 'payg orders and no billing section at all', profile: { orders: payg }, asOf: '2026-11-26', expect: on('skip', { id: 'noData', params: { missing: ['billing.balance', 'billing.payg_daily_spend'] } }) },
  { name: 'payg orders with zero spend and a positive balance: pass', profile: withPayg({ balance: '5.00', payg_daily_spend: '0' }), asOf: '2026-11-26', expect: on('pass', { id: 'notDrawn', params: { balance: yuan('5') } }) },
  { name: 'spend below half a fen shows as ¥0.00: not drawn on', profile: withPayg({ balance: '5.00', payg_daily_spend: '0.004' }), asOf: '2026-11-26', expect: on('pass', { id: 'notDrawn', params: { balance: yuan('5') } }) },
  { name: 'payg orders with zero spend and a negative balance: in debt', profile: withPayg({ balance: '-5.00', payg_daily_spend: '0' }), asOf: '2026-11-26', expect: on('warn', { id: 'inDebt', params: { balance: yuan('-5'), spend: 0n, runway: 3, needed: 0n } }) },
]);
