import rule from '../../rules/backup-independence.js';
import { at, testRule } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const exposed = { resource: 'i-1', delete_with_resource: true, copies: [{ region: 'cn-hangzhou', account: 'same' }] };
/** A backup with no independent copy and deleted with the resource, on an order with the given fields. */
const atState = (order: Record<string, unknown>) => ({ orders: [{ id: 'o1', product: 'ecs', resource: 'i-1', ...order }], backups: [exposed] });

/** The one finding on i-1 (line 5). */
const on = (status: 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'i-1', path: ['backups', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no backups section: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'only disabled backups: skip not applicable', profile: { backups: [{ resource: 'i-1', enabled: false }] }, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  {
    name: 'a copy in another account and not deleted with the resource: pass',
    profile: { backups: [{ resource: 'i-1', delete_with_resource: false, copies: [{ region: 'cn-shanghai', account: 'other' }] }] },
    asOf: T,
    expect: on('pass', 'independent', { resource: 'i-1', where: 'other' }, { independentCopy: true, deleteWithResource: false }),
  },
  {
    name: 'an off-platform copy, delete_with_resource unknown (not judged): pass',
    profile: { backups: [{ resource: 'i-1', copies: [{ account: 'off-platform' }] }] },
    asOf: T,
    expect: on('pass', 'independent', { resource: 'i-1', where: 'off-platform' }, { independentCopy: true, deleteWithResource: null }),
  },
  { name: 'no copies listed: warn', profile: { backups: [{ resource: 'i-1', delete_with_resource: false }] }, asOf: T, expect: on('warn', 'noCopy', { resource: 'i-1' }, { independentCopy: false }) },
  {
    name: 'copies only in the same account, or of unknown account: warn',
    profile: { backups: [{ resource: 'i-1', copies: [{ region: 'cn-hangzhou', account: 'same' }, { region: 'cn-beijing' }] }] },
    asOf: T,
    expect: on('warn', 'noCopy', { resource: 'i-1' }),
  },
  {
    name: 'deleted with the resource despite an independent copy: warn',
    profile: { backups: [{ resource: 'i-1', delete_with_resource: true, copies: [{ account: 'other' }] }] },
    asOf: T,
    expect: on('warn', 'deleteWithResource', { resource: 'i-1' }, { deleteWithResource: true }),
  },
  {
    name: 'both, with no order to give the resource state: warn stating both',
    profile: { backups: [exposed] },
    asOf: T,
    expect: [{ status: 'warn', subject: 'i-1', line: 5, messages: [{ id: 'noCopy', params: { resource: 'i-1' } }, { id: 'deleteWithResource', params: { resource: 'i-1' } }] }],
  },
  {
    name: 'both, resource active: warn',
    profile: atState({ term: { start: '2026-01-01', end: '2026-12-31' } }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'i-1', line: 12, messages: [{ id: 'noCopy', params: { resource: 'i-1' } }, { id: 'deleteWithResource', params: { resource: 'i-1' } }] }],
  },
  {
    name: 'both, last second before expiry: warn',
    profile: atState({ term: { end: '2026-11-20' } }),
    asOf: '2026-11-20T23:59:59',
    expect: [{ status: 'warn', subject: 'i-1', line: 11, messages: [{ id: 'noCopy', params: { resource: 'i-1' } }, { id: 'deleteWithResource', params: { resource: 'i-1' } }] }],
  },
  {
    name: 'both, at the expiry instant: fail',
    profile: atState({ term: { end: '2026-11-20' } }),
    asOf: '2026-11-21',
    expect: [
      {
        status: 'fail',
        subject: 'i-1',
        path: ['backups', 0],
        line: 11,
        messages: [{ id: 'atRisk', params: { resource: 'i-1', state: 'expired', since: at('2026-11-21') } }],
        data: { resourceState: 'expired', expiredAt: '2026-11-21T00:00:00+08:00' },
      },
    ],
  },
  {
    name: 'both, expiry given as a UTC date-time: fail',
    profile: atState({ term: { end: '2026-11-20T16:00:00Z' } }),
    asOf: '2026-11-21',
    expect: [{ status: 'fail', subject: 'i-1', line: 11, messages: [{ id: 'atRisk', params: { resource: 'i-1', state: 'expired', since: at('2026-11-21') } }] }],
  },
  {
    name: 'both, expired but the renewal is paid: warn',
    profile: atState({ term: { start: '2025-11-21', end: '2026-11-20' }, renewal: { paid_at: '2026-11-10' } }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'i-1', line: 14, messages: [{ id: 'noCopy', params: { resource: 'i-1' } }, { id: 'deleteWithResource', params: { resource: 'i-1' } }] }],
  },
  {
    name: 'both, status expired with no term.end: fail',
    profile: atState({ status: 'expired' }),
    asOf: T,
    expect: [{ status: 'fail', subject: 'i-1', line: 10, messages: [{ id: 'atRisk', params: { resource: 'i-1', state: 'expired' } }], data: { resourceState: 'expired' } }],
  },
  {
    name: 'both, status expired but term.end in the future (dates win): warn',
    profile: atState({ status: 'expired', term: { end: '2026-12-31' } }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'i-1', line: 12, messages: [{ id: 'noCopy', params: { resource: 'i-1' } }, { id: 'deleteWithResource', params: { resource: 'i-1' } }] }],
  },
  {
    name: 'both, payg overdue: fail',
    profile: atState({ kind: 'payg', overdue_since: '2026-11-20T08:00' }),
    asOf: T,
    expect: [
      { status: 'fail', subject: 'i-1', line: 11, messages: [{ id: 'atRisk', params: { resource: 'i-1', state: 'overdue', since: at('2026-11-20T08:00') } }], data: { resourceState: 'overdue', overdueSince: '2026-11-20T08:00:00+08:00' } },
    ],
  },
  {
    name: 'both, overdue_since after T has not happened: warn',
    profile: atState({ kind: 'payg', overdue_since: '2026-11-27' }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'i-1', line: 11, messages: [{ id: 'noCopy', params: { resource: 'i-1' } }, { id: 'deleteWithResource', params: { resource: 'i-1' } }] }],
  },
  {
    name: 'both, stopped: fail',
    profile: atState({ status: 'stopped' }),
    asOf: T,
    expect: [{ status: 'fail', subject: 'i-1', line: 10, messages: [{ id: 'atRisk', params: { resource: 'i-1', state: 'stopped' } }], data: { resourceState: 'stopped' } }],
  },
  {
    name: 'both, a scheduled release: fail',
    profile: atState({ release_at: '2026-12-01T10:00' }),
    asOf: T,
    expect: [
      { status: 'fail', subject: 'i-1', line: 10, messages: [{ id: 'atRisk', params: { resource: 'i-1', state: 'release', since: at('2026-12-01T10:00') } }], data: { resourceState: 'release', releaseAt: '2026-12-01T10:00:00+08:00' } },
    ],
  },
  {
    name: 'expired resource but only one condition (independent copy): warn',
    profile: { ...atState({ status: 'stopped' }), backups: [{ ...exposed, copies: [{ account: 'other' }] }] },
    asOf: T,
    expect: [{ status: 'warn', subject: 'i-1', line: 10, messages: [{ id: 'deleteWithResource', params: { resource: 'i-1' } }] }],
  },
  {
    name: 'stopped resource, delete_with_resource unknown: warn, not fail',
    profile: { ...atState({ status: 'stopped' }), backups: [{ resource: 'i-1' }] },
    asOf: T,
    expect: [{ status: 'warn', subject: 'i-1', line: 10, messages: [{ id: 'noCopy', params: { resource: 'i-1' } }] }],
  },
  {
    name: 'the state comes from the order placed last',
    profile: {
      orders: [
        { id: 'o1', resource: 'i-1', placed_at: '2025-01-01', term: { end: '2025-12-31' }, status: 'expired' },
        { id: 'o2', resource: 'i-1', placed_at: '2026-01-01', term: { end: '2026-12-31' } },
      ],
      backups: [exposed],
    },
    asOf: T,
    expect: [{ status: 'warn', subject: 'i-1', line: 17, messages: [{ id: 'noCopy', params: { resource: 'i-1' } }, { id: 'deleteWithResource', params: { resource: 'i-1' } }] }],
  },
  {
    name: 'an order placed after T does not give the state yet',
    profile: {
      orders: [
        { id: 'o1', resource: 'i-1', placed_at: '2025-01-01', status: 'stopped' },
        { id: 'o2', resource: 'i-1', placed_at: '2026-11-27', term: { end: '2027-12-31' } },
      ],
      backups: [exposed],
    },
    asOf: T,
    expect: [{ status: 'fail', subject: 'i-1', line: 15, messages: [{ id: 'atRisk', params: { resource: 'i-1', state: 'stopped' } }] }],
  },
]);
