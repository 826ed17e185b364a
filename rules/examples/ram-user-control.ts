import type { RuleExample } from './example.js';

/** The ram user most examples share. */
const RAM_USER = { name: 'alice', owner: 'Alice Wang', console: true, mfa: false, last_login_at: '2026-11-20' };

/** Example cases of ram-user-control for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'every condition at once: fail first, then the warns',
    asOf: '2026-11-26',
    profile: {
      account: {
        ram_users: [{ name: 'alice', console: true, mfa: false, last_login_at: '2026-01-01', policies: ['AdministratorAccess'] }],
      },
    },
  },
  {
    name: 'max_admins option 0: one admin is too many',
    asOf: '2026-11-26',
    options: { max_admins: 0 },
    profile: { account: { ram_users: [{ ...RAM_USER, name: 'a1', mfa: true, policies: ['AdministratorAccess'] }] } },
  },
  { name: 'no ram_users: skip no data', asOf: '2026-11-26', profile: {} },
  {
    name: 'console without MFA, policies not listed: warn (the fail cannot be judged)',
    asOf: '2026-11-26',
    profile: { account: { ram_users: [RAM_USER] } },
  },
] satisfies RuleExample[];
