import type { RuleExample } from './example.js';

/** Example cases of root-credentials for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'MFA off and an active key: fail stating both, key first',
    asOf: '2026-11-26',
    profile: { account: { root: { mfa: false, access_keys: [{ id: 'LTAIroot1' }] } } },
  },
  { name: 'root section with neither mfa nor access_keys: skip no data', asOf: '2026-11-26', profile: { account: { root: {} } } },
  { name: 'MFA on, keys not listed: pass judging MFA only', asOf: '2026-11-26', profile: { account: { root: { mfa: true } } } },
  {
    name: 'MFA unknown, no keys: pass judging keys only',
    asOf: '2026-11-26',
    profile: { account: { root: { access_keys: [] } } },
  },
  { name: 'MFA on and no keys: pass', asOf: '2026-11-26', profile: { account: { root: { mfa: true, access_keys: [] } } } },
] satisfies RuleExample[];
