import rule from '../../rules/data-deletion-risk.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { at, testRule } from '../helpers/rule-tester.js';

// s1's last day is 2026-12-10: expiry 2026-12-11 00:00 +08:00; with ecs's 15-day buffer, deletion at 2026-12-26 00:00 +08:00.
const sub = (extra: Record<string, unknown> = {}) => ({
  id: 's1', product: 'ecs', resource: 'i-1', placed_at: '2025-12-01', paid_at: '2025-12-01',
  term: { start: '2025-12-11', end: '2026-12-10' }, ...extra,
});
const payg = (extra: Record<string, unknown> = {}) => ({ id: 'g1', kind: 'payg', product: 'rds', resource: 'rm-1', placed_at: '2026-01-01', ...extra });
const orders = (...list: Record<string, unknown>[]) => ({ orders: list });
const notApplicable = [{ status: 'skip' as const, subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'not applicable' } }];

/** The one finding on s1 (line 5). */
const on = (status: 'fail' | 'pass' | 'skip' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 's1', path: ['orders', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no orders section: skip no data', profile: {}, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'no data-holding orders: skip not applicable',
    profile: orders({ id: 'l1', product: 'slb' }, { id: 'p1', kind: 'resource-package', product: 'oss' }),
    asOf: '2026-11-26',
    expect: notApplicable,
  },
  {
    name: 'a released order is out of scope',
    profile: orders(sub({ status: 'released' })),
    asOf: '2026-12-30',
    expect: notApplicable,
  },
  { name: 'a day before the warn window: pass, 16 days left', profile: orders(sub()), asOf: '2026-11-25', expect: on('pass', 'notSoon', { order: 's1', expiry: at('2026-12-11'), daysLeft: 16 }, { daysLeft: 16 }) },
  { name: 'exactly warn_days before expiry is not yet within: pass', profile: orders(sub()), asOf: '2026-11-26', expect: on('pass', 'notSoon', { order: 's1', expiry: at('2026-12-11'), daysLeft: 15 }) },
  {
    name: 'a second into the warn window: warn with the deletion instant and the buffer relied on',
    profile: orders(sub()),
    asOf: '2026-11-26T00:00:01',
    expect: on('warn', 'expiring', { order: 's1', expiry: at('2026-12-11'), daysLeft: 15, deletion: at('2026-12-26'), buffer: bufferOf('ecs') }, { expiresAt: '2026-12-11T00:00:00+08:00', deletionAt: '2026-12-26T00:00:00+08:00', daysLeft: 15, bufferDays: 15, bufferDefault: false }),
  },
  {
    name: 'the last second before expiry: warn, 1 day left',
    profile: orders(sub()),
    asOf: '2026-12-10T23:59:59',
    expect: on('warn', 'expiring', { order: 's1', expiry: at('2026-12-11'), daysLeft: 1, deletion: at('2026-12-26'), buffer: bufferOf('ecs') }),
  },
  {
    name: 'intent let-expire still warns (the data goes with it)',
    profile: orders(sub({ renewal: { intent: 'let-expire' } })),
    asOf: '2026-12-01',
    expect: on('warn', 'expiring', { order: 's1', expiry: at('2026-12-11'), daysLeft: 10, deletion: at('2026-12-26'), buffer: bufferOf('ecs') }),
  },
  {
    name: 'at expiry: fail, stopped, deleted at expiry + 15 days',
    profile: orders(sub()),
    asOf: '2026-12-11',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: bufferOf('ecs'), daysLeft: 15 }, { expiresAt: '2026-12-11T00:00:00+08:00', deletionAt: '2026-12-26T00:00:00+08:00', daysLeft: 15 }),
  },
  {
    name: 'the last second before deletion: fail, 1 day left',
    profile: orders(sub()),
    asOf: '2026-12-25T23:59:59+08:00',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: bufferOf('ecs'), daysLeft: 1 }),
  },
  {
    name: 'the deletion instant: fail, deleted',
    profile: orders(sub()),
    asOf: '2026-12-26',
    expect: on('fail', 'deleted', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: bufferOf('ecs') }, { deletionAt: '2026-12-26T00:00:00+08:00' }),
  },
  {
    name: 'a day after deletion: fail, deleted',
    profile: orders(sub()),
    asOf: '2026-12-27',
    expect: on('fail', 'deleted', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: bufferOf('ecs') }),
  },
  { name: 'renewal paid: pass', profile: orders(sub({ renewal: { paid_at: '2026-12-01' } })), asOf: '2026-12-15', expect: on('pass', 'renewed', { order: 's1' }) },
  {
    name: 'renewal paid after T has not happened yet',
    profile: orders(sub({ renewal: { paid_at: '2026-12-20' } })),
    asOf: '2026-12-15',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: bufferOf('ecs'), daysLeft: 11 }),
  },
  {
    name: 'renewal paid before term.start belongs to an earlier term',
    profile: orders(sub({ renewal: { paid_at: '2025-11-01' } })),
    asOf: '2026-12-15',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: bufferOf('ecs'), daysLeft: 11 }),
  },
  {
    name: 'payg overdue: fail with rds pay-as-you-go 7-day buffer, the last second',
    profile: orders(payg({ overdue_since: '2026-11-20T10:00:00' })),
    asOf: '2026-11-27T09:59:59',
    expect: [
      {
        status: 'fail',
        subject: 'g1',
        path: ['orders', 0],
        line: 5,
        messages: [{ id: 'stopped', params: { order: 'g1', cause: 'overdue', since: at('2026-11-20T10:00'), deletion: at('2026-11-27T10:00'), buffer: { days: 7, isDefault: false, source: 'Alibaba Cloud product documentation (overdue payments / expiration): ApsaraDB RDS', product: 'rds', kind: 'payg' }, daysLeft: 1 } }],
        data: { overdueSince: '2026-11-20T10:00:00+08:00', deletionAt: '2026-11-27T10:00:00+08:00', daysLeft: 1, bufferDays: 7 },
      },
    ],
  },
  {
    name: 'payg: the deletion instant',
    profile: orders(payg({ overdue_since: '2026-11-20T10:00:00' })),
    asOf: '2026-11-27T10:00:00',
    expect: [
      {
        status: 'fail',
        subject: 'g1',
        path: ['orders', 0],
        line: 5,
        messages: [{ id: 'deleted', params: { order: 'g1', cause: 'overdue', since: at('2026-11-20T10:00'), deletion: at('2026-11-27T10:00'), buffer: { days: 7, isDefault: false, source: 'Alibaba Cloud product documentation (overdue payments / expiration): ApsaraDB RDS', product: 'rds', kind: 'payg' } } }],
      },
    ],
  },
  {
    name: 'payg: overdue_since in UTC',
    profile: orders(payg({ overdue_since: '2026-11-20T02:00:00Z' })),
    asOf: '2026-11-21',
    expect: [
      {
        status: 'fail',
        subject: 'g1',
        path: ['orders', 0],
        line: 5,
        messages: [{ id: 'stopped', params: { order: 'g1', cause: 'overdue', since: at('2026-11-20T10:00'), deletion: at('2026-11-27T10:00'), buffer: { days: 7, isDefault: false, source: 'Alibaba Cloud product documentation (overdue payments / expiration): ApsaraDB RDS', product: 'rds', kind: 'payg' }, daysLeft: 7 } }],
      },
    ],
  },
  { name: 'payg not overdue: pass', profile: orders(payg()), asOf: '2026-11-26', expect: [{ status: 'pass', subject: 'g1', path: ['orders', 0], line: 5, messages: [{ id: 'notOverdue', params: { order: 'g1' } }] }] },
  {
    name: 'payg overdue_since after T has not happened',
    profile: orders(payg({ overdue_since: '2026-11-27' })),
    asOf: '2026-11-26',
    expect: [{ status: 'pass', subject: 'g1', path: ['orders', 0], line: 5, messages: [{ id: 'notOverdue', params: { order: 'g1' } }] }],
  },
  {
    name: 'a product without a documented figure: the default, said so',
    profile: orders(sub({ product: 'polardb' })),
    asOf: '2026-12-11',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: { days: 15, isDefault: true, source: 'clausecheck default for products without a documented figure', product: 'polardb', kind: 'subscription' }, daysLeft: 15 }, { bufferDefault: true, bufferDays: 15 }),
  },
  {
    name: 'holds_data on an order without a product: the default',
    profile: orders(sub({ product: null, holds_data: true })),
    asOf: '2026-12-11',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: { days: 15, isDefault: true, source: 'clausecheck default for products without a documented figure', kind: 'subscription' }, daysLeft: 15 }),
  },
  { name: 'holds_data false: out of scope', profile: orders(sub({ holds_data: false })), asOf: '2026-12-11', expect: notApplicable },
  {
    name: 'oss subscription: 30-day buffer',
    profile: orders(sub({ product: 'oss' })),
    asOf: '2026-12-11',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2027-01-10'), buffer: bufferOf('oss'), daysLeft: 30 }),
  },
  {
    name: 'a configured buffer table is used',
    profile: orders(sub()),
    asOf: '2026-12-11',
    bufferDays: { ...DEFAULT_BUFFER_DAYS, ecs: { subscription: 20, payg: 20, source: 'config', read: '2026' } },
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-31'), buffer: { days: 20, isDefault: false, source: 'config', product: 'ecs', kind: 'subscription' }, daysLeft: 20 }, { bufferDays: 20, bufferSource: 'config' }),
  },
  {
    name: 'warn_days 30',
    profile: orders(sub()),
    asOf: '2026-11-12',
    options: { warn_days: 30 },
    expect: on('warn', 'expiring', { order: 's1', expiry: at('2026-12-11'), daysLeft: 29, deletion: at('2026-12-26'), buffer: bufferOf('ecs') }),
  },
  { name: 'warn_days 30: a day before the window', profile: orders(sub()), asOf: '2026-11-10', options: { warn_days: 30 }, expect: on('pass', 'notSoon', { order: 's1', expiry: at('2026-12-11'), daysLeft: 31 }) },
  {
    name: 'buffer across Feb 29: expiry 2028-02-15 + 15 days is 2028-03-01',
    profile: orders(sub({ term: { start: '2027-02-15', end: '2028-02-14' } })),
    asOf: '2028-02-29T23:59:59',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2028-02-15'), deletion: at('2028-03-01'), buffer: bufferOf('ecs'), daysLeft: 1 }),
  },
  {
    name: 'term.end as a UTC date-time',
    profile: orders(sub({ term: { start: '2025-12-11', end: '2026-12-10T16:00:00Z' } })),
    asOf: '2026-12-11',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: bufferOf('ecs'), daysLeft: 15 }),
  },
  { name: 'no term.end: skip no data', profile: orders(sub({ term: { start: '2025-12-11' } })), asOf: '2026-12-11', expect: on('skip', 'noTerm', { order: 's1' }, { reason: 'no data' }) },
  {
    name: 'no term.end but status expired: fail, date unknown',
    profile: orders(sub({ term: null, status: 'expired' })),
    asOf: '2026-12-11',
    expect: on('fail', 'expiredUndated', { order: 's1', buffer: bufferOf('ecs') }),
  },
  {
    name: 'an order superseded by a later one for the same resource is not judged',
    profile: orders(sub({ id: 'old', placed_at: '2024-12-01', term: { start: '2024-12-11', end: '2025-12-10' } }), sub()),
    asOf: '2026-01-01',
    expect: [{ status: 'pass', subject: 's1', path: ['orders', 1], line: 13, messages: [{ id: 'notSoon', params: { order: 's1', expiry: at('2026-12-11'), daysLeft: 344 } }] }],
  },
  {
    name: 'an order placed after T does not supersede',
    profile: orders(sub(), sub({ id: 'next', placed_at: '2026-12-20', term: { start: '2026-12-20', end: '2027-12-19' } })),
    asOf: '2026-12-15',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: bufferOf('ecs'), daysLeft: 11 }),
  },
  // §6.4: an early termination starts the buffer from its effective instant (ecs: 15 days).
  ...((): { name: string; asOf: string; id: string; params: Record<string, unknown>; status: 'warn' | 'fail'; data?: Record<string, unknown> }[] => {
    const ecs = bufferOf('ecs');
    const stop = { order: 's1', cause: 'terminated', since: at('2026-06-01'), deletion: at('2026-06-16'), buffer: ecs };
    return [
      { name: 'terminated early: the last second before the termination is a warn with the coming deletion', asOf: '2026-05-31T23:59:59', status: 'warn', id: 'terminating', params: { order: 's1', terminatedAt: at('2026-06-01'), daysLeft: 1, deletion: at('2026-06-16'), buffer: ecs }, data: { terminatedAt: '2026-06-01T00:00:00+08:00', deletionAt: '2026-06-16T00:00:00+08:00' } },
      { name: 'terminated early: from the termination instant, stopped and counting down', asOf: '2026-06-01', status: 'fail', id: 'stopped', params: { ...stop, daysLeft: 15 } },
      { name: 'terminated early: the last second of the buffer', asOf: '2026-06-15T23:59:59', status: 'fail', id: 'stopped', params: { ...stop, daysLeft: 1 } },
      { name: 'terminated early: deleted at the end of the buffer, months before the term would have ended', asOf: '2026-06-16', status: 'fail', id: 'deleted', params: stop, data: { deletionAt: '2026-06-16T00:00:00+08:00' } },
    ];
  })().map((c) => ({
    name: c.name,
    profile: orders(sub({ terminated_at: '2026-06-01' })),
    asOf: c.asOf,
    expect: [{ status: c.status, subject: 's1', path: ['orders', 0], line: 5, messages: [{ id: c.id, params: c.params }], ...(c.data ? { data: c.data } : {}) }],
  })),
  {
    name: 'terminated early but far off (more than warn_days): judged as usual',
    profile: orders(sub({ terminated_at: '2026-12-01' })),
    asOf: '2026-06-01',
    expect: on('pass', 'notSoon', { order: 's1', expiry: at('2026-12-11'), daysLeft: 193 }),
  },
  {
    name: 'a terminated_at at or after expiry is not early: judged on expiry',
    profile: orders(sub({ terminated_at: '2026-12-11' })),
    asOf: '2026-12-12',
    expect: on('fail', 'stopped', { order: 's1', cause: 'expired', since: at('2026-12-11'), deletion: at('2026-12-26'), buffer: bufferOf('ecs'), daysLeft: 14 }),
  },
  {
    name: 'a paid renewal does not undo an early termination',
    profile: orders(sub({ terminated_at: '2026-06-01', renewal: { paid_at: '2026-05-01' } })),
    asOf: '2026-06-02',
    expect: on('fail', 'stopped', { order: 's1', cause: 'terminated', since: at('2026-06-01'), deletion: at('2026-06-16'), buffer: bufferOf('ecs'), daysLeft: 14 }),
  },
]);

/** The buffer record data-deletion-risk applies to a subscription of a product in the default table. */
function bufferOf(product: string): { days: number; isDefault: boolean; source: string; product: string; kind: 'subscription' } {
  const entry = DEFAULT_BUFFER_DAYS[product]!;
  return { days: entry.subscription, isDefault: false, source: entry.source, product, kind: 'subscription' };
}
