import type { RuleExample } from './example.js';

/** The log retention most examples share. */
const LOG_RETENTION = { name: 'trail-b', kind: 'audit-trail', retention_days: 30 };

/** Example cases of audit-trail-retention for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'several trails among other stores: one finding each, at its own path',
    asOf: '2026-11-26',
    profile: {
      log_retention: [
        { ...LOG_RETENTION, name: 'web', kind: 'website-access' },
        { ...LOG_RETENTION, name: 'trail-a', retention_days: 365 },
        { name: 'untyped', retention_days: 1 },
        LOG_RETENTION,
      ],
    },
  },
  { name: 'an empty log_retention list: warn on account, no store', asOf: '2026-11-26', profile: { log_retention: [] } },
  {
    name: 'enabled with no retention_days: skip no data',
    asOf: '2026-11-26',
    profile: { log_retention: [{ name: 'actiontrail', kind: 'audit-trail', region: 'cn-hangzhou' }] },
  },
  {
    name: 'disabled and 182 days: fail first, then the warn',
    asOf: '2026-11-26',
    profile: { log_retention: [{ name: 'actiontrail', kind: 'audit-trail', region: 'cn-hangzhou', enabled: false, retention_days: 182 }] },
  },
] satisfies RuleExample[];
