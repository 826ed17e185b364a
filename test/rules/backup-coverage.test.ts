import rule from '../../rules/backup-coverage.js';
import { testRule } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const ecs = (id: string, extra: Record<string, unknown> = {}) => ({ id, product: 'ecs', resource: `i-${id}`, ...extra });

testRule(rule, [
  { name: 'no orders section: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'no data-holding order: skip not applicable',
    profile: { orders: [{ id: 'o1', product: 'slb', resource: 'lb-1' }, { id: 'o2', kind: 'resource-package', product: 'oss' }, ecs('o3', { status: 'released' })], backups: [] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  { name: 'data-holding orders but no backups section: skip no data', profile: { orders: [ecs('o1')] }, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data', needs: 'backups' } }] },
  {
    name: 'backups: [] means there are none: fail',
    profile: { orders: [ecs('o1')], backups: [] },
    asOf: T,
    expect: [{ status: 'fail', subject: 'o1', path: ['orders', 0], line: 5, messages: [{ id: 'uncovered', params: { order: 'o1', resource: 'i-o1' } }], data: { resource: 'i-o1' } }],
  },
  {
    name: 'an enabled backup for the resource: pass',
    profile: { orders: [ecs('o1')], backups: [{ resource: 'i-o1' }] },
    asOf: T,
    expect: [{ status: 'pass', subject: 'o1', path: ['orders', 0], line: 5, messages: [{ id: 'covered', params: { order: 'o1', resource: 'i-o1' } }], data: { resource: 'i-o1' } }],
  },
  {
    name: 'only a disabled backup: fail naming it disabled',
    profile: { orders: [ecs('o1')], backups: [{ resource: 'i-o1', enabled: false }] },
    asOf: T,
    expect: [{ status: 'fail', subject: 'o1', line: 5, messages: [{ id: 'disabled', params: { order: 'o1', resource: 'i-o1' } }] }],
  },
  {
    name: 'a disabled and an enabled policy for the same resource: pass',
    profile: { orders: [ecs('o1')], backups: [{ resource: 'i-o1', enabled: false }, { resource: 'i-o1' }] },
    asOf: T,
    expect: [{ status: 'pass', subject: 'o1', line: 5, messages: [{ id: 'covered', params: { order: 'o1', resource: 'i-o1' } }] }],
  },
  {
    name: 'subject filter: payg included, holds_data overrides the product default, released and packages excluded',
    profile: {
      orders: [
        ecs('o1', { kind: 'payg' }),
        ecs('o2', { holds_data: false }),
        { id: 'o3', product: 'slb', resource: 'lb-3', holds_data: true },
        ecs('o4', { status: 'released' }),
        { id: 'o5', kind: 'resource-package', product: 'oss', resource: 'pkg-5' },
        { id: 'o6', product: 'polardb', resource: 'pc-6', status: 'expired' },
      ],
      backups: [{ resource: 'i-o1' }],
    },
    asOf: T,
    expect: [
      { status: 'pass', subject: 'o1', path: ['orders', 0], line: 5, messages: [{ id: 'covered', params: { order: 'o1', resource: 'i-o1' } }] },
      { status: 'fail', subject: 'o3', path: ['orders', 2], line: 13, messages: [{ id: 'uncovered', params: { order: 'o3', resource: 'lb-3' } }] },
      { status: 'fail', subject: 'o6', path: ['orders', 5], line: 25, messages: [{ id: 'uncovered', params: { order: 'o6', resource: 'pc-6' } }] },
    ],
  },
  {
    name: 'an order naming no resource: skip no data on that order',
    profile: { orders: [{ id: 'o1', product: 'rds' }, ecs('o2')], backups: [{ resource: 'i-o2' }] },
    asOf: T,
    expect: [
      { status: 'skip', subject: 'o1', path: ['orders', 0], line: 5, messages: [{ id: 'noResource', params: { order: 'o1' } }], data: { reason: 'no data' } },
      { status: 'pass', subject: 'o2', line: 7, messages: [{ id: 'covered', params: { order: 'o2', resource: 'i-o2' } }] },
    ],
  },
  {
    name: 'two orders for one resource (a renewal order): each judged against the same backup',
    profile: { orders: [ecs('o1', { resource: 'i-x' }), ecs('o2', { resource: 'i-x' })], backups: [{ resource: 'i-x' }] },
    asOf: T,
    expect: [
      { status: 'pass', subject: 'o1', line: 5, messages: [{ id: 'covered', params: { order: 'o1', resource: 'i-x' } }] },
      { status: 'pass', subject: 'o2', path: ['orders', 1], line: 8, messages: [{ id: 'covered', params: { order: 'o2', resource: 'i-x' } }] },
    ],
  },
  {
    name: 'an order placed after T did not exist yet',
    profile: { orders: [ecs('o1', { placed_at: '2026-11-26T00:00:01' }), ecs('o2', { placed_at: '2026-11-26' })], backups: [] },
    asOf: T,
    expect: [{ status: 'fail', subject: 'o2', path: ['orders', 1], line: 9, messages: [{ id: 'uncovered', params: { order: 'o2', resource: 'i-o2' } }] }],
  },
]);
