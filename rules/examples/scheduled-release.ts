import type { RuleExample } from './example.js';

/** Example cases of scheduled-release for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'each order with a release is one finding',
    asOf: '2026-11-26',
    profile: {
      orders: [
        { id: 's1', product: 'ecs', resource: 'i-1', placed_at: '2026-01-01', release_at: '2026-12-01T10:00:00' },
        { id: 's2', product: 'rds', resource: 'rm-2', release_at: '2026-12-24' },
      ],
      backups: [{ resource: 'i-1', delete_with_resource: false }],
    },
  },
  {
    name: 'no backups section: skip no data',
    asOf: '2026-11-26',
    profile: { orders: [{ id: 's1', product: 'ecs', resource: 'i-1', placed_at: '2026-01-01', release_at: '2026-12-01T10:00:00' }] },
  },
  {
    name: 'an order that holds no data: pass',
    asOf: '2026-11-26',
    profile: { orders: [{ id: 's1', product: 'slb', resource: 'i-1', placed_at: '2026-01-01', release_at: '2026-12-01T10:00:00' }] },
  },
  {
    name: 'delete_with_resource unknown: skip no data',
    asOf: '2026-11-26',
    profile: {
      orders: [{ id: 's1', product: 'ecs', resource: 'i-1', placed_at: '2026-01-01', release_at: '2026-12-01T10:00:00' }],
      backups: [{ resource: 'i-1', delete_with_resource: null }],
    },
  },
] satisfies RuleExample[];
