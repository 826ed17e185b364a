import type { RuleExample } from './example.js';

/** Example cases of password-policy for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'every weakness at once: one warn naming each, in catalog order',
    asOf: '2026-11-26',
    profile: {
      account: { password_policy: { min_length: 8, character_classes: 1, max_age_days: 0, reuse_prevention: 0, max_login_attempts: 10 } },
    },
  },
  { name: 'an empty policy: skip no data at the policy', asOf: '2026-11-26', profile: { account: { password_policy: {} } } },
  {
    name: 'absent fields are unknown: a partial strong policy passes, naming what was not judged',
    asOf: '2026-11-26',
    profile: { account: { password_policy: { min_length: 14, max_login_attempts: 3 } } },
  },
  {
    name: 'max_age_days 91: warn',
    asOf: '2026-11-26',
    profile: {
      account: { password_policy: { min_length: 14, character_classes: 4, max_age_days: 91, reuse_prevention: 5, max_login_attempts: 5 } },
    },
  },
  {
    name: 'max_login_attempts 0 (no lockout): warn',
    asOf: '2026-11-26',
    profile: {
      account: { password_policy: { min_length: 14, character_classes: 4, max_age_days: 90, reuse_prevention: 5, max_login_attempts: 0 } },
    },
  },
] satisfies RuleExample[];
