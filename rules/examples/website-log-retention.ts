import type { RuleExample } from './example.js';

/** Example cases of website-log-retention for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'disabled, too short and missing a field: fail stating all three',
    asOf: '2026-11-26',
    profile: {
      log_retention: [{ name: 'w1', kind: 'website-access', retention_days: 90, fields: ['content', 'time', 'domain'], enabled: false }],
    },
  },
  {
    name: 'one finding per website-access store, at its own path; other stores give none',
    asOf: '2026-11-26',
    profile: {
      log_retention: [
        { name: 'trail', kind: 'audit-trail', retention_days: 30 },
        { name: 'w1', kind: 'website-access', retention_days: 400, fields: ['content', 'time', 'ip', 'domain'] },
        { name: 'w2', kind: 'website-access', retention_days: 181, fields: ['content', 'time', 'ip', 'domain'] },
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
