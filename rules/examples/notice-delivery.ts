import type { RuleExample } from './example.js';

/** The notice most examples share. */
const NOTICE = { id: 'n1', kind: 'service-change', channel: 'message', sent_at: '2026-11-26T00:00:01' };

/** Example cases of notice-delivery for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'every notice is a subject, whatever its kind',
    asOf: '2026-11-26',
    profile: {
      notices: [
        { id: 'a', kind: 'termination', channel: 'email', sent_at: '2026-10-01' },
        { id: 'b', channel: 'paper', posted_at: '2026-10-01', status: 'failed' },
      ],
    },
  },
  {
    name: 'paper without posted_at: skip no data',
    asOf: '2026-11-26',
    profile: { notices: [{ ...NOTICE, channel: 'paper', sent_at: '2026-10-01' }] },
  },
  {
    name: 'no channel, only posted_at: paper',
    asOf: '2026-11-26',
    profile: { notices: [{ id: 'n1', kind: 'service-change', posted_at: '2026-10-01' }] },
  },
  { name: 'sent after T: skip, not yet sent', asOf: '2026-11-26', profile: { notices: [NOTICE] } },
  {
    name: 'sms to an account with no phone: warn, not delivered to any contact detail (§11.2)',
    asOf: '2026-11-26',
    profile: {
      account: { contacts: { email: 'ops@example.com', address: 'Hangzhou' } },
      notices: [{ ...NOTICE, channel: 'sms', sent_at: '2026-10-01T10:00', posted_at: '2026-10-01' }],
    },
  },
] satisfies RuleExample[];
