import type { RuleExample } from './example.js';

/** The order most examples share. */
const ORDER = { id: 'o1', product: 'ecs', resource: 'i-o1' };

/** Example cases of backup-coverage for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'an order naming no resource: skip no data on that order',
    asOf: '2026-11-26',
    profile: { orders: [{ id: 'o1', product: 'rds' }, { ...ORDER, id: 'o2', resource: 'i-o2' }], backups: [{ resource: 'i-o2' }] },
  },
  { name: 'backups: [] means there are none: fail', asOf: '2026-11-26', profile: { orders: [ORDER], backups: [] } },
  {
    name: 'only a disabled backup: fail naming it disabled',
    asOf: '2026-11-26',
    profile: { orders: [ORDER], backups: [{ resource: 'i-o1', enabled: false }] },
  },
] satisfies RuleExample[];
