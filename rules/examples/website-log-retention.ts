import type { RuleExample } from './example.js';

/** The log retention most examples share. */
const LOG_RETENTION = { name: 'w1', kind: 'website-access', retention_days: 400, fields: ['content', 'time', 'ip', 'domain'] };

/** Example cases of website-log-retention for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'disabled, too short and missing a field: fail stating all three',
    asOf: '2026-11-26',
    profile: { log_retention: [{ ...LOG_RETENTION, retention_days: 90, fields: ['content', 'time', 'domain'], enabled: false }] },
  },
  {
    name: 'one finding per website-access store, at its own path; other stores give none',
    asOf: '2026-11-26',
    profile: {
      log_retention: [
        { name: 'trail', kind: 'audit-trail', retention_days: 30 },
        LOG_RETENTION,
        { ...LOG_RETENTION, name: 'w2', retention_days: 181 },
      ],
    },
  },
  {
    name: 'neither retention_days nor fields: skip no data for the store',
    asOf: '2026-11-26',
    profile: { log_retention: [{ name: 'w1', kind: 'website-access' }] },
  },
  { name: 'an empty log_retention: warn on account', asOf: '2026-11-26', profile: { log_retention: [] } },
] satisfies RuleExample[];
