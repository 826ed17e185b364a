import rule from '../../rules/notice-delivery.js';
import { at, testRule } from '../helpers/rule-tester.js';

const T = '2026-11-26';
const notice = (extra: Record<string, unknown>) => ({ notices: [{ id: 'n1', kind: 'service-change', ...extra }] });

/** The one finding on n1 (line 5). */
const on = (status: 'pass' | 'skip' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'n1', path: ['notices', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no notices section: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'notices: [] : skip not applicable', profile: { notices: [] }, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  {
    name: 'email: delivered when sent',
    profile: notice({ channel: 'email', sent_at: '2026-10-01T10:00' }),
    asOf: T,
    expect: on('pass', 'delivered', { notice: 'n1', channel: 'email', deliveredAt: at('2026-10-01T10:00') }, { channel: 'email', delivered: true, deliveredAt: '2026-10-01T10:00:00+08:00' }),
  },
  {
    name: 'sms sent at a UTC instant: shown in Beijing time',
    profile: notice({ channel: 'sms', sent_at: '2026-10-01T02:00:00Z' }),
    asOf: T,
    expect: on('pass', 'delivered', { notice: 'n1', channel: 'sms', deliveredAt: at('2026-10-01T10:00') }),
  },
  {
    name: 'paper posted 2026-10-01: deemed delivered 2026-10-06 00:00 +08:00',
    profile: notice({ channel: 'paper', posted_at: '2026-10-01' }),
    asOf: T,
    expect: on('pass', 'deemedDelivered', { notice: 'n1', postedAt: at('2026-10-01'), deliveredAt: at('2026-10-06') }, { channel: 'paper', deliveredAt: '2026-10-06T00:00:00+08:00' }),
  },
  {
    name: 'paper posted the last second of the day: still the 5th day after',
    profile: notice({ channel: 'paper', posted_at: '2026-10-01T23:59:59' }),
    asOf: T,
    expect: on('pass', 'deemedDelivered', { notice: 'n1', postedAt: at('2026-10-01T23:59:59'), deliveredAt: at('2026-10-06') }),
  },
  {
    name: 'paper posted at a UTC instant on the previous Beijing day',
    profile: notice({ channel: 'paper', posted_at: '2026-09-30T15:59:59Z' }),
    asOf: T,
    expect: on('pass', 'deemedDelivered', { notice: 'n1', postedAt: at('2026-09-30T23:59:59'), deliveredAt: at('2026-10-05') }),
  },
  {
    name: 'paper posted across Feb 29 of a leap year',
    profile: notice({ channel: 'paper', posted_at: '2028-02-25' }),
    asOf: '2028-03-10',
    expect: on('pass', 'deemedDelivered', { notice: 'n1', postedAt: at('2028-02-25'), deliveredAt: at('2028-03-01') }),
  },
  {
    name: 'paper posted before T, deemed delivery after T: pass, not yet delivered',
    profile: notice({ channel: 'paper', posted_at: '2026-11-24' }),
    asOf: T,
    expect: on('pass', 'deemedDelivered', { notice: 'n1', postedAt: at('2026-11-24'), deliveredAt: at('2026-11-29') }, { delivered: false, deliveredAt: '2026-11-29T00:00:00+08:00' }),
  },
  { name: 'no channel, only posted_at: paper', profile: notice({ posted_at: '2026-10-01' }), asOf: T, expect: on('pass', 'deemedDelivered', { notice: 'n1', postedAt: at('2026-10-01'), deliveredAt: at('2026-10-06') }) },
  { name: 'no channel, only sent_at: electronic', profile: notice({ sent_at: '2026-10-01' }), asOf: T, expect: on('pass', 'delivered', { notice: 'n1', channel: 'electronic', deliveredAt: at('2026-10-01') }) },
  {
    name: 'sending failed: warn not delivered',
    profile: notice({ channel: 'email', sent_at: '2026-10-01T10:00', status: 'failed' }),
    asOf: T,
    expect: on('warn', 'failed', { notice: 'n1', channel: 'email', dispatchedAt: at('2026-10-01T10:00') }, { delivered: false }),
  },
  { name: 'failed paper notice without a date: warn', profile: notice({ channel: 'paper', status: 'failed' }), asOf: T, expect: on('warn', 'failed', { notice: 'n1', channel: 'paper' }) },
  { name: 'paper without posted_at: skip no data', profile: notice({ channel: 'paper', sent_at: '2026-10-01' }), asOf: T, expect: on('skip', 'noDate', { notice: 'n1' }, { reason: 'no data' }) },
  {
    name: 'sent after T: skip, not yet sent',
    profile: notice({ channel: 'message', sent_at: '2026-11-26T00:00:01' }),
    asOf: T,
    expect: on('skip', 'notYetSent', { notice: 'n1', dispatchedAt: at('2026-11-26T00:00:01') }, { reason: 'not applicable' }),
  },
  {
    name: 'sent exactly at T: delivered',
    profile: notice({ channel: 'announcement', sent_at: '2026-11-26' }),
    asOf: T,
    expect: on('pass', 'delivered', { notice: 'n1', channel: 'announcement', deliveredAt: at('2026-11-26') }),
  },
  {
    name: 'every notice is a subject, whatever its kind',
    profile: { notices: [{ id: 'a', kind: 'termination', channel: 'email', sent_at: '2026-10-01' }, { id: 'b', channel: 'paper', posted_at: '2026-10-01', status: 'failed' }] },
    asOf: T,
    expect: [
      { status: 'pass', subject: 'a', line: 5, messages: [{ id: 'delivered', params: { notice: 'a', channel: 'email', deliveredAt: at('2026-10-01') } }] },
      { status: 'warn', subject: 'b', path: ['notices', 1], line: 9, messages: [{ id: 'failed', params: { notice: 'b', channel: 'paper', dispatchedAt: at('2026-10-01') } }] },
    ],
  },
  ...(
    [
      ['email', 'email', { phone: '+86 571 8888 0000', address: 'Hangzhou' }],
      ['sms', 'phone', { email: 'ops@example.com', address: 'Hangzhou' }],
      ['paper', 'address', { email: 'ops@example.com', phone: '+86 571 8888 0000' }],
    ] as const
  ).map(([channel, field, contacts]) => ({
    name: `${channel} to an account with no ${field}: warn, not delivered to any contact detail (§11.2)`,
    profile: { account: { contacts }, ...notice({ channel, sent_at: '2026-10-01T10:00', posted_at: '2026-10-01' }) },
    asOf: T,
    expect: [
      {
        status: 'warn' as const,
        subject: 'n1',
        line: Object.keys(contacts).length + 6,
        messages: [{ id: 'noContact', params: { notice: 'n1', channel, field } }],
        data: { channel, delivered: false, missingContact: field },
      },
    ],
  })),
  {
    name: 'a system message needs no contact detail: delivered when sent',
    profile: { account: { contacts: { address: 'Hangzhou' } }, ...notice({ channel: 'message', sent_at: '2026-10-01T10:00' }) },
    asOf: T,
    expect: [{ status: 'pass', subject: 'n1', line: 7, messages: [{ id: 'delivered', params: { notice: 'n1', channel: 'message', deliveredAt: at('2026-10-01T10:00') } }] }],
  },
  {
    name: 'an email with the email on file: delivered',
    profile: { account: { contacts: { email: 'ops@example.com' } }, ...notice({ channel: 'email', sent_at: '2026-10-01T10:00' }) },
    asOf: T,
    expect: [{ status: 'pass', subject: 'n1', line: 7, messages: [{ id: 'delivered', params: { notice: 'n1', channel: 'email', deliveredAt: at('2026-10-01T10:00') } }] }],
  },
]);
