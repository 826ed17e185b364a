import rule from '../../rules/data-residency.js';
import { testRule } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const regions = (list: string[]) => ({ account: { data_regions: list } });

testRule(rule, [
  {
    name: 'no data_regions: one skip no data',
    profile: { orders: [{ id: 'o1', product: 'ecs', region: 'cn-beijing' }] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data', needs: 'account.data_regions' } }],
  },
  { name: 'data_regions but no orders, backups or log stores: skip no data', profile: regions(['cn-hangzhou']), asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'sections present but nothing with a region: skip not applicable',
    profile: { ...regions(['cn-hangzhou']), orders: [{ id: 'o1', product: 'ecs' }], log_retention: [{ name: 'l1' }] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  {
    name: 'an order in a declared region: pass',
    profile: { ...regions(['cn-hangzhou', 'cn-shanghai']), orders: [{ id: 'o1', product: 'rds', region: 'cn-shanghai' }] },
    asOf: T,
    expect: [
      {
        status: 'pass',
        subject: 'o1',
        path: ['orders', 0],
        line: 8,
        messages: [{ id: 'inside', params: { holder: 'order', name: 'o1', region: 'cn-shanghai' } }],
        data: { region: 'cn-shanghai', dataRegions: ['cn-hangzhou', 'cn-shanghai'] },
      },
    ],
  },
  {
    name: 'an order outside the declared regions: fail',
    profile: { ...regions(['cn-hangzhou', 'cn-shanghai']), orders: [{ id: 'o1', product: 'ecs', region: 'cn-beijing' }] },
    asOf: T,
    expect: [
      { status: 'fail', subject: 'o1', path: ['orders', 0], line: 8, messages: [{ id: 'outside', params: { holder: 'order', name: 'o1', region: 'cn-beijing', regions: ['cn-hangzhou', 'cn-shanghai'] } }], data: { region: 'cn-beijing' } },
    ],
  },
  {
    name: 'empty data_regions: every region is outside',
    profile: { ...regions([]), log_retention: [{ name: 'web', region: 'cn-hangzhou' }] },
    asOf: T,
    expect: [{ status: 'fail', subject: 'web', path: ['log_retention', 0], line: 6, messages: [{ id: 'outside', params: { holder: 'logStore', name: 'web', region: 'cn-hangzhou', regions: [] } }] }],
  },
  {
    name: 'order filter: released, non-data-holding, packages and region-less orders are out',
    profile: {
      ...regions(['cn-hangzhou']),
      orders: [
        { id: 'o1', product: 'ecs', region: 'cn-beijing', status: 'released' },
        { id: 'o2', product: 'slb', region: 'cn-beijing' },
        { id: 'o3', kind: 'resource-package', product: 'oss', region: 'cn-beijing' },
        { id: 'o4', product: 'ecs' },
        { id: 'o5', product: 'slb', region: 'cn-beijing', holds_data: true },
        { id: 'o6', kind: 'payg', product: 'oss', region: 'cn-hangzhou' },
      ],
    },
    asOf: T,
    expect: [
      { status: 'fail', subject: 'o5', path: ['orders', 4], line: 20, messages: [{ id: 'outside', params: { holder: 'order', name: 'o5', region: 'cn-beijing', regions: ['cn-hangzhou'] } }] },
      { status: 'pass', subject: 'o6', path: ['orders', 5], line: 24, messages: [{ id: 'inside', params: { holder: 'order', name: 'o6', region: 'cn-hangzhou' } }] },
    ],
  },
  {
    name: 'backup copies: each on-platform copy with a region, at its own path, subject the backup resource',
    profile: {
      ...regions(['cn-hangzhou']),
      backups: [
        {
          resource: 'i-1',
          copies: [
            { region: 'cn-hangzhou', account: 'same' },
            { region: 'cn-beijing', account: 'other' },
            { region: 'us-west-1', account: 'off-platform' },
            { account: 'same' },
            { region: 'cn-shenzhen' },
          ],
        },
      ],
    },
    asOf: T,
    expect: [
      { status: 'pass', subject: 'i-1', path: ['backups', 0, 'copies', 0], line: 9, messages: [{ id: 'inside', params: { holder: 'backupCopy', name: 'i-1', region: 'cn-hangzhou' } }] },
      { status: 'fail', subject: 'i-1', path: ['backups', 0, 'copies', 1], line: 11, messages: [{ id: 'outside', params: { holder: 'backupCopy', name: 'i-1', region: 'cn-beijing', regions: ['cn-hangzhou'] } }] },
      { status: 'fail', subject: 'i-1', path: ['backups', 0, 'copies', 4], line: 16, messages: [{ id: 'outside', params: { holder: 'backupCopy', name: 'i-1', region: 'cn-shenzhen', regions: ['cn-hangzhou'] } }] },
    ],
  },
  {
    name: 'orders, copies and log stores together, in that order',
    profile: {
      ...regions(['cn-hangzhou']),
      orders: [{ id: 'o1', product: 'ecs', resource: 'i-1', region: 'cn-hangzhou' }],
      backups: [{ resource: 'i-1', copies: [{ region: 'cn-hangzhou' }] }],
      log_retention: [{ name: 'trail', kind: 'audit-trail', region: 'cn-hangzhou' }, { name: 'app', region: 'ap-southeast-1', enabled: false }],
    },
    asOf: T,
    expect: [
      { status: 'pass', subject: 'o1', line: 7, messages: [{ id: 'inside', params: { holder: 'order', name: 'o1', region: 'cn-hangzhou' } }] },
      { status: 'pass', subject: 'i-1', path: ['backups', 0, 'copies', 0], line: 14, messages: [{ id: 'inside', params: { holder: 'backupCopy', name: 'i-1', region: 'cn-hangzhou' } }] },
      { status: 'pass', subject: 'trail', path: ['log_retention', 0], line: 16, messages: [{ id: 'inside', params: { holder: 'logStore', name: 'trail', region: 'cn-hangzhou' } }] },
      { status: 'fail', subject: 'app', path: ['log_retention', 1], line: 19, messages: [{ id: 'outside', params: { holder: 'logStore', name: 'app', region: 'ap-southeast-1', regions: ['cn-hangzhou'] } }] },
    ],
  },
  {
    name: 'an order placed after T did not exist yet',
    profile: { ...regions(['cn-hangzhou']), orders: [{ id: 'o1', product: 'ecs', region: 'cn-beijing', placed_at: '2026-11-27' }, { id: 'o2', product: 'ecs', region: 'cn-beijing', placed_at: '2026-11-25' }] },
    asOf: T,
    expect: [{ status: 'fail', subject: 'o2', path: ['orders', 1], line: 11, messages: [{ id: 'outside', params: { holder: 'order', name: 'o2', region: 'cn-beijing', regions: ['cn-hangzhou'] } }] }],
  },
]);
