import type { RuleExample } from './example.js';

/** Example cases of contact-details for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'every condition at once: fails first, then the warns',
    asOf: '2026-11-26',
    profile: {
      account: {
        contacts: { email: 'bad', phone: '1', verified_at: '2020-01-01', notice_recipients: ['x'] },
        ram_users: [{ name: 'x', enabled: false }],
      },
    },
  },
  {
    name: 'an empty contacts section: fail no channel, warn address and verification',
    asOf: '2026-11-26',
    profile: { account: { contacts: {} } },
  },
  {
    name: 'a phone number of seven digits: pass',
    asOf: '2026-11-26',
    profile: {
      account: {
        contacts: { email: 'ops@example.com', phone: '888-0000', address: 'No. 969 Wenyi West Road, Hangzhou', verified_at: '2026-06-01' },
      },
    },
  },
  {
    name: 'verified_at after T: warn that it is in the future, not that it is missing',
    asOf: '2026-11-26',
    profile: {
      account: {
        contacts: {
          email: 'ops@example.com',
          phone: '+86 571 8888 0000',
          address: 'No. 969 Wenyi West Road, Hangzhou',
          verified_at: '2026-11-27',
        },
      },
    },
  },
  { name: 'no contacts: skip no data', asOf: '2026-11-26', profile: {} },
  {
    name: 'a notice recipient that is not a RAM user at all: warn (not a validation error), named apart from disabled ones',
    asOf: '2026-11-26',
    profile: {
      account: {
        contacts: {
          email: 'ops@example.com',
          phone: '+86 571 8888 0000',
          address: 'No. 969 Wenyi West Road, Hangzhou',
          verified_at: '2026-06-01',
          notice_recipients: ['alice', 'ghost', 'bob'],
        },
        ram_users: [{ name: 'alice' }, { name: 'bob', enabled: false }],
      },
    },
  },
] satisfies RuleExample[];
