import type { RuleExample } from './example.js';

/** Example cases of secret-in-profile for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'a clean profile: pass',
    asOf: '2026-11-26',
    profile: { account: { name: 'Example Ltd', password_policy: { min_length: 14 } } },
  },
  {
    name: 'a password key: fail located at it, even though validation fails',
    asOf: '2026-11-26',
    profile: { account: { root: { mfa: true, password: 'correct-horse-battery-staple' } } },
  },
  {
    name: 'strings one character shorter and longer than the shape: pass',
    asOf: '2026-11-26',
    profile: { account: { name: 'b3dEf6hIj9lMn2pQr5tUv8xYz1bCd', contacts: { address: 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCdx' } } },
  },
] satisfies RuleExample[];
