import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = { id: 's1', product: 'ecs', resource: 'i-1', placed_at: '2026-01-01', release_at: '2026-12-01T10:00:00' };

/** The backup most examples share. */
const BACKUP = { resource: 'i-1', delete_with_resource: false };

/** Example cases of scheduled-release for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'each order with a release is one finding',
    asOf: '2026-11-26',
    profile: { orders: [ORDER, { id: 's2', product: 'rds', resource: 'rm-2', release_at: '2026-12-24' }], backups: [BACKUP] },
  },
  { name: 'no backups section: skip no data', asOf: '2026-11-26', profile: { orders: [ORDER] } },
  { name: 'an order that holds no data: pass', asOf: '2026-11-26', profile: { orders: [{ ...ORDER, product: 'slb' }] } },
  {
    name: 'delete_with_resource unknown: skip no data',
    asOf: '2026-11-26',
    profile: { orders: [ORDER], backups: [{ ...BACKUP, delete_with_resource: null }] },
  },
] satisfies RuleExample[];
