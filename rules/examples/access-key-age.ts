import type { RuleExample } from './example.js';

/** The access key most examples share. */
const ACCESS_KEY = { id: 'B2', created_at: '2026-11-20', last_used_at: '2026-11-25T12:00:00' };

/** Example cases of access-key-age for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'every condition at once: fail first, then the warns',
    asOf: '2026-11-26',
    profile: { account: { ram_users: [{ name: 'bob', access_keys: [{ id: 'B1', created_at: '2025-01-01' }, ACCESS_KEY] }] } },
  },
  {
    name: 'a key without dates: skip no data',
    asOf: '2026-11-26',
    profile: { account: { root: { access_keys: [{ id: 'K' }] } } },
  },
  {
    name: 'only last_used_at: the use is judged, the age is not',
    asOf: '2026-11-26',
    profile: { account: { root: { access_keys: [{ id: 'K', last_used_at: '2026-11-01' }] } } },
  },
  {
    name: 'across the leap day: one second later it is older than 90 days',
    asOf: '2028-03-31T00:00:01',
    profile: {
      account: { root: { access_keys: [{ ...ACCESS_KEY, id: 'LTAIr', created_at: '2028-01-01', last_used_at: '2028-03-30' }] } },
    },
  },
] satisfies RuleExample[];
