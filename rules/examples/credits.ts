import type { RuleExample } from './example.js';

/** The credit most examples share. */
const CREDIT = { id: 'v1', kind: 'voucher', amount: '50', expires_at: '2026-12-31' };

/** Example cases of credits for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'no kind or amount: a "credit" without a value',
    asOf: '2027-01-01',
    profile: { account: { billing: { credits: [{ id: 'v1', expires_at: '2026-12-31' }] } } },
  },
  {
    name: 'no expires_at: pass, not judged',
    asOf: '2026-11-26',
    profile: { account: { billing: { credits: [{ id: 'v1', kind: 'voucher', amount: '50' }] } } },
  },
  { name: 'no credits: skip no data', asOf: '2026-11-26', profile: {} },
  {
    name: 'far from expiry: pass, with the instant it turns to warn',
    asOf: '2026-11-01',
    profile: { account: { billing: { credits: [CREDIT] } } },
  },
  {
    name: 'the first second of the warn window (30 days left): warn',
    asOf: '2026-12-02T00:00:01',
    profile: { account: { billing: { credits: [CREDIT] } } },
  },
  {
    name: 'used: pass, one-off and spent',
    asOf: '2027-02-01',
    profile: { account: { billing: { credits: [{ ...CREDIT, used_at: '2026-11-20T10:00' }] } } },
  },
] satisfies RuleExample[];
