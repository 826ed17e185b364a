import type { RuleExample } from './example.js';

/** The backup most examples share. */
const BACKUP = { resource: 'i-1', delete_with_resource: true, copies: [{ region: 'cn-hangzhou', account: 'same' }] };

/** The copy most examples share. */
const COPY = { region: 'cn-hangzhou', account: 'same' };

/** Example cases of backup-independence for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'both, with no order to give the resource state: warn stating both',
    asOf: '2026-11-26',
    profile: { backups: [BACKUP] },
  },
  {
    name: 'an off-platform copy, delete_with_resource unknown (not judged): pass',
    asOf: '2026-11-26',
    profile: { backups: [{ resource: 'i-1', copies: [{ account: 'off-platform' }] }] },
  },
  {
    name: 'both, status expired with no term.end: fail',
    asOf: '2026-11-26',
    profile: { orders: [{ id: 'o1', product: 'ecs', resource: 'i-1', status: 'expired' }], backups: [BACKUP] },
  },
  { name: 'no backups section: skip no data', asOf: '2026-11-26', profile: {} },
] satisfies RuleExample[];
