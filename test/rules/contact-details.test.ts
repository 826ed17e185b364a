import rule from '../../rules/contact-details.js';
import { at, testRule } from '../helpers/rule-tester.js';

const asOf = '2026-11-26';
const GOOD = { email: 'ops@example.com', phone: '+86 571 8888 0000', address: 'No. 969 Wenyi West Road, Hangzhou', verified_at: '2026-06-01' };
const contacts = (c: Record<string, unknown>, account: Record<string, unknown> = {}) => ({ account: { contacts: c, ...account } });
const path = ['account', 'contacts'];

/** The one finding on account (line 5). */
const on = (status: 'fail' | 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'account', path: ['account', 'contacts'], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no contacts: skip no data', profile: {}, asOf, expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'complete, valid and recently confirmed: pass',
    profile: contacts(GOOD),
    asOf,
    expect: on('pass', 'ok', { verified: at('2026-06-01') }, { missing: [], verifiedAt: '2026-06-01T00:00:00+08:00', daysSinceVerified: 178 }),
  },
  {
    name: 'an empty contacts section: fail no channel, warn address and verification',
    profile: contacts({}),
    asOf,
    expect: [
      {
        status: 'fail',
        subject: 'account',
        path: ['account', 'contacts'],
        line: 4,
        messages: [{ id: 'noChannel' }, { id: 'missing', params: { fields: ['address'] } }, { id: 'neverVerified' }],
        data: { missing: ['email', 'phone', 'address'] },
      },
    ],
  },
  { name: 'malformed email alone: fail', profile: contacts({ ...GOOD, email: 'ops@example' }), asOf, expect: on('fail', 'badEmail', { email: 'ops@example' }) },
  { name: 'email with a space: fail', profile: contacts({ ...GOOD, email: 'ops team@example.com' }), asOf, expect: on('fail', 'badEmail', { email: 'ops team@example.com' }) },
  { name: 'email with two @: fail', profile: contacts({ ...GOOD, email: 'a@b@example.com' }), asOf, expect: on('fail', 'badEmail', { email: 'a@b@example.com' }) },
  { name: 'phone with 6 digits: fail', profile: contacts({ ...GOOD, phone: '888-000' }), asOf, expect: on('fail', 'badPhone', { phone: '888-000' }) },
  { name: 'phone with 7 digits: pass', profile: contacts({ ...GOOD, phone: '888-0000' }), asOf, expect: on('pass', 'ok', { verified: at('2026-06-01') }) },
  { name: 'phone with 15 digits and parentheses: pass', profile: contacts({ ...GOOD, phone: '+86 (571) 8888-0000-12' }), asOf, expect: on('pass', 'ok', { verified: at('2026-06-01') }) },
  { name: 'phone with 16 digits: fail', profile: contacts({ ...GOOD, phone: '+86 571 8888 0000 1234' }), asOf, expect: on('fail', 'badPhone', { phone: '+86 571 8888 0000 1234' }) },
  { name: 'phone with letters: fail', profile: contacts({ ...GOOD, phone: '+86 571 CALL NOW' }), asOf, expect: on('fail', 'badPhone', { phone: '+86 571 CALL NOW' }) },
  { name: 'phone with + in the middle: fail', profile: contacts({ ...GOOD, phone: '86+571 8888 0000' }), asOf, expect: on('fail', 'badPhone', { phone: '86+571 8888 0000' }) },
  { name: 'a phone given as a YAML number is read as its text: pass', profile: contacts({ ...GOOD, phone: 13800138000 }), asOf, expect: on('pass', 'ok', { verified: at('2026-06-01') }) },
  {
    name: 'email and phone both malformed: fail stating both',
    profile: contacts({ ...GOOD, email: 'nobody', phone: '12' }),
    asOf,
    expect: [{ status: 'fail', subject: 'account', line: 5, messages: [{ id: 'badEmail', params: { email: 'nobody' } }, { id: 'badPhone', params: { phone: '12' } }] }],
  },
  { name: 'no address: warn', profile: contacts({ ...GOOD, address: undefined }), asOf, expect: on('warn', 'missing', { fields: ['address'] }, { missing: ['address'] }) },
  { name: 'only an email: warn naming phone and address', profile: contacts({ email: GOOD.email, verified_at: GOOD.verified_at }), asOf, expect: on('warn', 'missing', { fields: ['phone', 'address'] }) },
  { name: 'only a phone: warn naming email and address', profile: contacts({ phone: GOOD.phone, verified_at: GOOD.verified_at }), asOf, expect: on('warn', 'missing', { fields: ['email', 'address'] }) },
  { name: 'no verified_at: warn', profile: contacts({ ...GOOD, verified_at: undefined }), asOf, expect: [{ status: 'warn', subject: 'account', line: 5, messages: [{ id: 'neverVerified' }] }] },
  {
    name: 'verified_at after T: warn that it is in the future, not that it is missing',
    profile: contacts({ ...GOOD, verified_at: '2026-11-27' }),
    asOf,
    expect: on('warn', 'verifiedInFuture', { verified: at('2026-11-27'), asOf: at(asOf) }, { verifiedAt: '2026-11-27T00:00:00+08:00' }),
  },
  {
    name: 'verified_at the first second after T: still in the future',
    profile: contacts({ ...GOOD, verified_at: '2026-11-26T00:00:01' }),
    asOf,
    expect: on('warn', 'verifiedInFuture', { verified: at('2026-11-26T00:00:01'), asOf: at(asOf) }),
  },
  {
    name: '365 days and one hour: the exact span, not "365 days ago, more than 365 days ago"',
    profile: contacts({ ...GOOD, verified_at: '2025-11-25T23:00' }),
    asOf,
    expect: on('warn', 'stale', { verified: at('2025-11-25T23:00'), ageMs: 365 * 86_400_000 + 3_600_000, limit: 365 }),
  },
  { name: 'verified exactly 365 days before T: pass', profile: contacts({ ...GOOD, verified_at: '2025-11-26' }), asOf, expect: on('pass', 'ok', { verified: at('2025-11-26') }, { daysSinceVerified: 365 }) },
  {
    name: 'verified 365 days and one second before T: warn',
    profile: contacts({ ...GOOD, verified_at: '2025-11-26' }),
    asOf: '2026-11-26T00:00:01',
    expect: on('warn', 'stale', { verified: at('2025-11-26'), ageMs: 365 * 86_400_000 + 1000, limit: 365 }),
  },
  { name: 'verified a day earlier (366 days): warn', profile: contacts({ ...GOOD, verified_at: '2025-11-25' }), asOf, expect: on('warn', 'stale', { verified: at('2025-11-25'), ageMs: 31622400000, limit: 365 }) },
  { name: 'verified a day later (364 days): pass', profile: contacts({ ...GOOD, verified_at: '2025-11-27' }), asOf, expect: on('pass', 'ok', { verified: at('2025-11-27') }) },
  { name: 'verified_at in UTC: 2025-11-25T16:00Z is exactly 365 days: pass', profile: contacts({ ...GOOD, verified_at: '2025-11-25T16:00:00Z' }), asOf, expect: on('pass', 'ok', { verified: at('2025-11-26') }) },
  {
    name: 'across Feb 29: 2027-03-01 to 2028-02-29 is 365 days: pass',
    profile: contacts({ ...GOOD, verified_at: '2027-03-01' }),
    asOf: '2028-02-29',
    expect: on('pass', 'ok', { verified: at('2027-03-01') }, { daysSinceVerified: 365 }),
  },
  {
    name: 'across Feb 29: on 2028-03-01 it is 366 days: warn',
    profile: contacts({ ...GOOD, verified_at: '2027-03-01' }),
    asOf: '2028-03-01',
    expect: on('warn', 'stale', { verified: at('2027-03-01'), ageMs: 31622400000, limit: 365 }),
  },
  {
    name: 'verified_days option 30',
    profile: contacts({ ...GOOD, verified_at: '2026-10-26' }),
    asOf,
    options: { verified_days: 30 },
    expect: on('warn', 'stale', { verified: at('2026-10-26'), ageMs: 2678400000, limit: 30 }),
  },
  {
    name: 'notice recipients: a disabled user and one created after T warn',
    profile: contacts({ ...GOOD, notice_recipients: ['alice', 'bob', 'carol'] }, { ram_users: [{ name: 'alice' }, { name: 'bob', enabled: false }, { name: 'carol', created_at: '2026-11-27' }] }),
    asOf,
    expect: on('warn', 'recipients', { names: ['bob', 'carol'] }, { recipientsNotEnabled: ['bob', 'carol'] }),
  },
  {
    name: 'one stray notice recipient',
    profile: contacts({ ...GOOD, notice_recipients: ['alice', 'bob'] }, { ram_users: [{ name: 'alice' }, { name: 'bob', enabled: false }] }),
    asOf,
    expect: on('warn', 'recipients', { names: ['bob'] }),
  },
  {
    name: 'a notice recipient that is not a RAM user at all: warn (not a validation error), named apart from disabled ones',
    profile: contacts({ ...GOOD, notice_recipients: ['alice', 'ghost', 'bob'] }, { ram_users: [{ name: 'alice' }, { name: 'bob', enabled: false }] }),
    asOf,
    expect: [
      {
        status: 'warn',
        subject: 'account',
        line: 5,
        messages: [{ id: 'notRamUsers', params: { names: ['ghost'] } }, { id: 'recipients', params: { names: ['bob'] } }],
        data: { recipientsNotRamUsers: ['ghost'], recipientsNotEnabled: ['bob'] },
      },
    ],
  },
  {
    name: 'notice recipients all enabled: pass',
    profile: contacts({ ...GOOD, notice_recipients: ['alice'] }, { ram_users: [{ name: 'alice' }] }),
    asOf,
    expect: on('pass', 'ok', { verified: at('2026-06-01') }, { recipientsNotEnabled: [] }),
  },
  { name: 'notice recipients without ram_users: not judged', profile: contacts({ ...GOOD, notice_recipients: ['ghost'] }), asOf, expect: on('pass', 'ok', { verified: at('2026-06-01') }) },
  {
    name: 'every condition at once: fails first, then the warns',
    profile: contacts({ email: 'bad', address: undefined, phone: '1', verified_at: '2020-01-01', notice_recipients: ['x'] }, { ram_users: [{ name: 'x', enabled: false }] }),
    asOf,
    expect: [
      {
        status: 'fail',
        subject: 'account',
        line: 5,
        messages: [{ id: 'badEmail', params: { email: 'bad' } }, { id: 'badPhone', params: { phone: '1' } }, { id: 'missing', params: { fields: ['address'] } }, { id: 'stale', params: { verified: at('2020-01-01'), ageMs: 217814400000, limit: 365 } }, { id: 'recipients', params: { names: ['x'] } }],
      },
    ],
  },
]);
