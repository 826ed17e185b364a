import type { RuleExample } from './example.js';

/** The notice most examples share. */
const NOTICE = { id: 'n1', kind: 'agreement-change', channel: 'sms', sent_at: '2026-10-01T10:00', effective_at: '2026-10-31T10:00' };

/** Example cases of notice-period for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'termination, short notice and no refund: warn stating both',
    asOf: '2026-11-26',
    profile: { notices: [{ ...NOTICE, kind: 'termination', channel: 'announcement', effective_at: '2026-10-15' }] },
  },
  {
    name: 'a notice of unknown channel with neither sent_at nor effective_at: skip naming both',
    asOf: '2026-11-26',
    profile: { notices: [{ id: 'n1', kind: 'service-change' }] },
  },
  {
    name: 'a paper termination with neither posted_at nor effective_at: judged on its refund only',
    asOf: '2026-11-26',
    profile: { notices: [{ id: 'n1', kind: 'termination', channel: 'paper', refund: '0' }] },
  },
  {
    name: 'an announcement that failed does not count: warn',
    asOf: '2026-11-26',
    profile: {
      notices: [
        NOTICE,
        {
          id: 'n2',
          kind: 'agreement-change',
          channel: 'announcement',
          sent_at: '2026-10-01T09:00',
          status: 'failed',
          effective_at: '2026-10-31T10:00',
        },
      ],
    },
  },
  {
    name: 'service change delivered the instant it takes effect: warn, not in advance',
    asOf: '2026-11-26',
    profile: { notices: [{ id: 'n1', kind: 'service-change', channel: 'email', sent_at: '2026-11-10', effective_at: '2026-11-10' }] },
  },
  {
    name: 'sent after T: skip, not yet given',
    asOf: '2026-11-26',
    profile: { notices: [{ ...NOTICE, channel: 'announcement', sent_at: '2026-11-27', effective_at: '2027-01-01' }] },
  },
] satisfies RuleExample[];
