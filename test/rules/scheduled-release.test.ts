import rule from '../../rules/scheduled-release.js';
import { at, testRule } from '../helpers/rule-tester.js';

const sub = (extra: Record<string, unknown> = {}) => ({ id: 's1', product: 'ecs', resource: 'i-1', placed_at: '2026-01-01', release_at: '2026-12-01T10:00:00', ...extra });
const backup = (extra: Record<string, unknown> = {}) => ({ resource: 'i-1', delete_with_resource: false, ...extra });
const profile = (orders: Record<string, unknown>[], backups?: Record<string, unknown>[]) => (backups === undefined ? { orders } : { orders, backups });
const notApplicable = [{ status: 'skip' as const, subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'not applicable' } }];

/** The one finding on s1 (line 5). */
const on = (status: 'fail' | 'pass' | 'skip', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 's1', path: ['orders', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no orders section: skip no data', profile: {}, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'no release scheduled: skip not applicable',
    profile: profile([sub({ release_at: null })], []),
    asOf: '2026-11-26',
    expect: notApplicable,
  },
  {
    name: 'the last second before release, no backups: fail',
    profile: profile([sub()], []),
    asOf: '2026-12-01T09:59:59',
    expect: on('fail', 'atRisk', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 1 }, { releaseAt: '2026-12-01T10:00:00+08:00', daysLeft: 1 }),
  },
  { name: 'a day before release: 1 day left', profile: profile([sub()], []), asOf: '2026-11-30T10:00:00', expect: on('fail', 'atRisk', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 1 }) },
  {
    name: 'two days before release: 2 days left',
    profile: profile([sub()], []),
    asOf: '2026-11-29T10:00:00',
    expect: on('fail', 'atRisk', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 2 }, { daysLeft: 2 }),
  },
  {
    name: 'the release instant is not after T: out of scope',
    profile: profile([sub()], []),
    asOf: '2026-12-01T10:00:00',
    expect: notApplicable,
  },
  { name: 'a day after release: out of scope', profile: profile([sub()], []), asOf: '2026-12-02T10:00:00', expect: notApplicable },
  { name: 'release_at in UTC', profile: profile([sub({ release_at: '2026-12-01T02:00:00Z' })], []), asOf: '2026-11-26', expect: on('fail', 'atRisk', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }) },
  {
    name: 'a backup kept after release (delete_with_resource false): pass',
    profile: profile([sub()], [backup()]),
    asOf: '2026-11-26',
    expect: on('pass', 'backedUp', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }),
  },
  {
    name: 'a backup deleted with the resource: fail',
    profile: profile([sub()], [backup({ delete_with_resource: true })]),
    asOf: '2026-11-26',
    expect: on('fail', 'atRisk', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }),
  },
  {
    name: 'deleted with the resource but copied to another account: pass',
    profile: profile([sub()], [backup({ delete_with_resource: true, copies: [{ account: 'other' }] })]),
    asOf: '2026-11-26',
    expect: on('pass', 'backedUp', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }),
  },
  {
    name: 'deleted with the resource but copied off-platform: pass',
    profile: profile([sub()], [backup({ delete_with_resource: true, copies: [{ account: 'off-platform' }] })]),
    asOf: '2026-11-26',
    expect: on('pass', 'backedUp', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }),
  },
  {
    name: 'deleted with the resource, copy in the same account: fail',
    profile: profile([sub()], [backup({ delete_with_resource: true, copies: [{ account: 'same', region: 'cn-shanghai' }] })]),
    asOf: '2026-11-26',
    expect: on('fail', 'atRisk', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }),
  },
  {
    name: 'delete_with_resource unknown: skip no data',
    profile: profile([sub()], [backup({ delete_with_resource: null })]),
    asOf: '2026-11-26',
    expect: on('skip', 'unknown', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }, { reason: 'no data', releaseAt: '2026-12-01T10:00:00+08:00' }),
  },
  {
    name: 'one deleted with the resource, one unknown: skip no data',
    profile: profile([sub()], [backup({ delete_with_resource: true }), backup({ delete_with_resource: null })]),
    asOf: '2026-11-26',
    expect: on('skip', 'unknown', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }),
  },
  {
    name: 'one deleted with the resource, one kept: pass',
    profile: profile([sub()], [backup({ delete_with_resource: true }), backup()]),
    asOf: '2026-11-26',
    expect: on('pass', 'backedUp', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }),
  },
  { name: 'a disabled backup does not count', profile: profile([sub()], [backup({ enabled: false })]), asOf: '2026-11-26', expect: on('fail', 'atRisk', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }) },
  {
    name: "another resource's backup does not count",
    profile: profile([sub(), { id: 's2', product: 'ecs', resource: 'i-2' }], [backup({ resource: 'i-2' })]),
    asOf: '2026-11-26',
    expect: on('fail', 'atRisk', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }),
  },
  { name: 'no backups section: skip no data', profile: profile([sub()]), asOf: '2026-11-26', expect: on('skip', 'noBackups', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }, { reason: 'no data' }) },
  { name: 'an order that holds no data: pass', profile: profile([sub({ product: 'slb' })]), asOf: '2026-11-26', expect: on('pass', 'noData', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }) },
  { name: 'status released is still judged here', profile: profile([sub({ status: 'released' })], []), asOf: '2026-11-26', expect: on('fail', 'atRisk', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }) },
  {
    name: 'an order without a resource has no backup',
    profile: profile([sub({ resource: null }), { id: 's2', product: 'ecs', resource: 'i-1' }], [backup()]),
    asOf: '2026-11-26',
    expect: on('fail', 'atRisk', { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 }),
  },
  {
    name: "a release on an order superseded by the resource's later order is not judged",
    profile: profile([sub(), { id: 's2', product: 'ecs', resource: 'i-1', placed_at: '2026-06-01' }], []),
    asOf: '2026-11-26',
    expect: notApplicable,
  },
  {
    name: 'each order with a release is one finding',
    profile: profile([sub(), { id: 's2', product: 'rds', resource: 'rm-2', release_at: '2026-12-24' }], [backup()]),
    asOf: '2026-11-26',
    expect: [
      { status: 'pass', subject: 's1', line: 5, messages: [{ id: 'backedUp', params: { order: 's1', release: at('2026-12-01T10:00'), daysLeft: 6 } }] },
      { status: 'fail', subject: 's2', path: ['orders', 1], line: 10, messages: [{ id: 'atRisk', params: { order: 's2', release: at('2026-12-24'), daysLeft: 28 } }] },
    ],
  },
]);
