import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = { id: 'o3', kind: 'resource-package', product: 'oss', region: 'cn-beijing' };

/** Example cases of data-residency for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'order filter: released, non-data-holding, packages and region-less orders are out',
    asOf: '2026-11-26',
    profile: {
      account: { data_regions: ['cn-hangzhou'] },
      orders: [
        { id: 'o1', product: 'ecs', region: 'cn-beijing', status: 'released' },
        { id: 'o2', product: 'slb', region: 'cn-beijing' },
        ORDER,
        { id: 'o4', product: 'ecs' },
        { id: 'o5', product: 'slb', region: 'cn-beijing', holds_data: true },
        { ...ORDER, id: 'o6', kind: 'payg', region: 'cn-hangzhou' },
      ],
    },
  },
  {
    name: 'data_regions but no orders, backups or log stores: skip no data',
    asOf: '2026-11-26',
    profile: { account: { data_regions: ['cn-hangzhou'] } },
  },
] satisfies RuleExample[];
