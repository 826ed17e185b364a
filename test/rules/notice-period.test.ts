import rule from '../../rules/notice-period.js';
import { at, testRule, yuan } from '../helpers/rule-tester.js';

/** The line of the first notice (`- id: n1`) in the generated YAML. */
const LINE = 5;

const T = '2026-11-26';
const change = (extra: Record<string, unknown>) => ({ notices: [{ id: 'n1', kind: 'agreement-change', channel: 'announcement', sent_at: '2026-10-01T10:00', ...extra }] });
const termination = (extra: Record<string, unknown>) => change({ kind: 'termination', ...extra });

/** The one finding on n1 (line 5). */
const on = (status: 'pass' | 'skip' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'n1', path: ['notices', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no notices section: skip no data', profile: {}, asOf: T, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'only other kinds: skip not applicable',
    profile: { notices: [{ id: 'a', kind: 'other', sent_at: '2026-10-01' }, { id: 'b', sent_at: '2026-10-01' }] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }],
  },
  {
    name: 'exactly 30 × 24 h after delivery: pass',
    profile: change({ effective_at: '2026-10-31T10:00' }),
    asOf: T,
    expect: on('pass', 'enoughNotice', { notice: 'n1', kind: 'agreement-change', effectiveAt: at('2026-10-31T10:00'), days: 30 }, { deliveredAt: '2026-10-01T10:00:00+08:00', effectiveAt: '2026-10-31T10:00:00+08:00', noticeDays: 30 }),
  },
  {
    name: 'one second short of 30 days: warn',
    profile: change({ effective_at: '2026-10-31T09:59:59' }),
    asOf: T,
    expect: on('warn', 'shortNotice', { notice: 'n1', kind: 'agreement-change', deliveredAt: at('2026-10-01T10:00'), effectiveAt: at('2026-10-31T09:59:59'), days: 29, required: 30 }, { noticeDays: 29 }),
  },
  {
    name: 'a day short: warn',
    profile: change({ effective_at: '2026-10-30T10:00' }),
    asOf: T,
    expect: on('warn', 'shortNotice', { notice: 'n1', kind: 'agreement-change', deliveredAt: at('2026-10-01T10:00'), effectiveAt: at('2026-10-30T10:00'), days: 29, required: 30 }),
  },
  {
    name: 'a day more: pass',
    profile: change({ effective_at: '2026-11-01T10:00' }),
    asOf: T,
    expect: on('pass', 'enoughNotice', { notice: 'n1', kind: 'agreement-change', effectiveAt: at('2026-11-01T10:00'), days: 31 }),
  },
  {
    name: 'effective_at with Z read in Beijing time: exactly 30 days',
    profile: change({ effective_at: '2026-10-31T02:00:00Z' }),
    asOf: T,
    expect: on('pass', 'enoughNotice', { notice: 'n1', kind: 'agreement-change', effectiveAt: at('2026-10-31T10:00'), days: 30 }, { effectiveAt: '2026-10-31T10:00:00+08:00' }),
  },
  {
    name: 'paper termination: counted from the deemed delivery (posted 10-01, delivered 10-06), exactly 30 days: pass',
    profile: termination({ channel: 'paper', sent_at: undefined, posted_at: '2026-10-01', effective_at: '2026-11-05', refund: '10.00' }),
    asOf: T,
    expect: on('pass', 'enoughNotice', { notice: 'n1', kind: 'termination', effectiveAt: at('2026-11-05'), days: 30, refund: yuan('10') }, { deliveredAt: '2026-10-06T00:00:00+08:00', noticeDays: 30 }),
  },
  {
    name: 'paper: 30 days from posting but not from delivery: warn',
    profile: change({ channel: 'paper', sent_at: undefined, posted_at: '2026-10-01', effective_at: '2026-11-04T23:59:59' }),
    asOf: T,
    expect: [
      {
        status: 'warn',
        subject: 'n1',
        line: 5,
        messages: [{ id: 'shortNotice', params: { notice: 'n1', kind: 'agreement-change', deliveredAt: at('2026-10-06'), effectiveAt: at('2026-11-04T23:59:59'), days: 29, required: 30 } }, { id: 'notAnnounced', params: { notice: 'n1', channel: 'paper' } }],
      },
    ],
  },
  {
    name: 'a period across Feb 29',
    profile: change({ sent_at: '2028-02-01', effective_at: '2028-03-02' }),
    asOf: '2028-03-10',
    expect: on('pass', 'enoughNotice', { notice: 'n1', kind: 'agreement-change', effectiveAt: at('2028-03-02'), days: 30 }, { noticeDays: 30 }),
  },
  {
    name: 'a period across Feb 29, a second short',
    profile: change({ sent_at: '2028-02-01', effective_at: '2028-03-01T23:59:59' }),
    asOf: '2028-03-10',
    expect: on('warn', 'shortNotice', { notice: 'n1', kind: 'agreement-change', deliveredAt: at('2028-02-01'), effectiveAt: at('2028-03-01T23:59:59'), days: 29, required: 30 }),
  },
  {
    name: 'notice_days 45',
    profile: change({ effective_at: '2026-11-01T10:00' }),
    asOf: T,
    options: { notice_days: 45 },
    expect: on('warn', 'shortNotice', { notice: 'n1', kind: 'agreement-change', deliveredAt: at('2026-10-01T10:00'), effectiveAt: at('2026-11-01T10:00'), days: 31, required: 45 }),
  },
  {
    name: 'effective before delivery: warn',
    profile: change({ effective_at: '2026-09-30' }),
    asOf: T,
    expect: on('warn', 'shortNotice', { notice: 'n1', kind: 'agreement-change', deliveredAt: at('2026-10-01T10:00'), effectiveAt: at('2026-09-30'), days: 0, required: 30 }, { noticeDays: 0 }),
  },
  {
    name: 'termination with enough notice and a refund (rounded half up): pass',
    profile: termination({ effective_at: '2026-11-15', refund: '12.345' }),
    asOf: T,
    expect: on('pass', 'enoughNotice', { notice: 'n1', kind: 'termination', effectiveAt: at('2026-11-15'), days: 44, refund: yuan('12.345') }, { refund: '12.35' }),
  },
  { name: 'termination without a refund: warn', profile: termination({ effective_at: '2026-11-15' }), asOf: T, expect: on('warn', 'noRefund', { notice: 'n1' }) },
  {
    name: 'termination, short notice and no refund: warn stating both',
    profile: termination({ effective_at: '2026-10-15' }),
    asOf: T,
    expect: [
      {
        status: 'warn',
        subject: 'n1',
        line: 5,
        messages: [{ id: 'shortNotice', params: { notice: 'n1', kind: 'termination', deliveredAt: at('2026-10-01T10:00'), effectiveAt: at('2026-10-15'), days: 13, required: 30 } }, { id: 'noRefund', params: { notice: 'n1' } }],
      },
    ],
  },
  { name: 'termination without effective_at: only the refund is judged', profile: termination({ refund: '0' }), asOf: T, expect: on('pass', 'enoughNotice', { notice: 'n1', kind: 'termination', refund: yuan('0') }) },
  {
    name: 'a paper termination with neither posted_at nor effective_at: judged on its refund only',
    profile: { notices: [{ id: 'n1', kind: 'termination', channel: 'paper', refund: '0' }] },
    asOf: T,
    expect: [{ status: 'pass', subject: 'n1', line: LINE, messages: [{ id: 'enoughNotice', params: { notice: 'n1', kind: 'termination', effectiveAt: undefined, days: undefined, refund: 0n } }] }],
  },
  {
    name: 'a notice of unknown channel with neither sent_at nor effective_at: skip naming both',
    profile: { notices: [{ id: 'n1', kind: 'service-change' }] },
    asOf: T,
    expect: [{ status: 'skip', subject: 'n1', line: LINE, messages: [{ id: 'noData', params: { notice: 'n1', missing: ['delivery date (sent_at, or posted_at for paper)', 'effective_at'] } }] }],
  },
  { name: 'agreement change without effective_at: skip naming only what is missing', profile: change({}), asOf: T, expect: [{ status: 'skip', subject: 'n1', line: LINE, messages: [{ id: 'noData', params: { notice: 'n1', missing: ['effective_at'] } }], data: { reason: 'no data' } }] },
  {
    name: 'agreement change with no dispatch date: skip no data',
    profile: change({ sent_at: undefined, effective_at: '2026-12-01' }),
    asOf: T,
    expect: on('skip', 'noData', { notice: 'n1', missing: ['delivery date (sent_at, or posted_at for paper)'] }, { reason: 'no data' }),
  },
  {
    name: 'sending failed: warn, the notice period has not started',
    profile: change({ status: 'failed', effective_at: '2026-12-01' }),
    asOf: T,
    expect: on('warn', 'notDelivered', { notice: 'n1', kind: 'agreement-change' }),
  },
  {
    name: 'sent after T: skip, not yet given',
    profile: change({ sent_at: '2026-11-27', effective_at: '2027-01-01' }),
    asOf: T,
    expect: on('skip', 'notYetSent', { notice: 'n1', dispatchedAt: at('2026-11-27') }, { reason: 'not applicable' }),
  },
  {
    name: 'only agreement-change and termination notices are subjects',
    profile: { notices: [{ id: 'x', kind: 'other', sent_at: '2026-10-01' }, { id: 'n2', kind: 'agreement-change', sent_at: '2026-10-01', effective_at: '2026-10-30' }] },
    asOf: T,
    expect: [
      {
        status: 'warn',
        subject: 'n2',
        path: ['notices', 1],
        line: 8,
        messages: [{ id: 'shortNotice', params: { notice: 'n2', kind: 'agreement-change', deliveredAt: at('2026-10-01'), effectiveAt: at('2026-10-30'), days: 29, required: 30 } }],
      },
    ],
  },
  {
    name: 'agreement change by SMS only, no website announcement: warn (§14.2 公告)',
    profile: change({ channel: 'sms', effective_at: '2026-11-30T10:00' }),
    asOf: T,
    expect: [{ status: 'warn', subject: 'n1', line: LINE, messages: [{ id: 'notAnnounced', params: { notice: 'n1', channel: 'sms' } }] }],
  },
  {
    name: 'agreement change by SMS with an announcement of the same change: both pass',
    profile: {
      notices: [
        { id: 'n1', kind: 'agreement-change', channel: 'sms', sent_at: '2026-10-01T10:00', effective_at: '2026-10-31T10:00' },
        { id: 'n2', kind: 'agreement-change', channel: 'announcement', sent_at: '2026-10-01T09:00', effective_at: '2026-10-31T10:00' },
      ],
    },
    asOf: T,
    expect: [
      { status: 'pass', subject: 'n1', line: LINE, messages: [{ id: 'enoughNotice', params: { notice: 'n1', kind: 'agreement-change', effectiveAt: at('2026-10-31T10:00'), days: 30, refund: undefined } }] },
      { status: 'pass', subject: 'n2', line: LINE + 5, messages: [{ id: 'enoughNotice', params: { notice: 'n2', kind: 'agreement-change', effectiveAt: at('2026-10-31T10:00'), days: 30, refund: undefined } }] },
    ],
  },
  {
    name: 'an announcement that failed does not count: warn',
    profile: {
      notices: [
        { id: 'n1', kind: 'agreement-change', channel: 'sms', sent_at: '2026-10-01T10:00', effective_at: '2026-10-31T10:00' },
        { id: 'n2', kind: 'agreement-change', channel: 'announcement', sent_at: '2026-10-01T09:00', status: 'failed', effective_at: '2026-10-31T10:00' },
      ],
    },
    asOf: T,
    expect: [
      { status: 'warn', subject: 'n1', line: LINE, messages: [{ id: 'notAnnounced', params: { notice: 'n1', channel: 'sms' } }] },
      { status: 'warn', subject: 'n2', line: LINE + 5, messages: [{ id: 'notDelivered', params: { notice: 'n2', kind: 'agreement-change' } }] },
    ],
  },
  {
    name: 'service change delivered the last second before it takes effect: pass (§9.4, in advance)',
    profile: { notices: [{ id: 'n1', kind: 'service-change', channel: 'email', sent_at: '2026-11-09T23:59:59', effective_at: '2026-11-10' }] },
    asOf: T,
    expect: [{ status: 'pass', subject: 'n1', line: LINE, messages: [{ id: 'enoughNotice', params: { notice: 'n1', kind: 'service-change', effectiveAt: at('2026-11-10'), days: 0, refund: undefined } }] }],
  },
  {
    name: 'service change delivered the instant it takes effect: warn, not in advance',
    profile: { notices: [{ id: 'n1', kind: 'service-change', channel: 'email', sent_at: '2026-11-10', effective_at: '2026-11-10' }] },
    asOf: T,
    expect: [{ status: 'warn', subject: 'n1', line: LINE, messages: [{ id: 'notInAdvance', params: { notice: 'n1', deliveredAt: at('2026-11-10'), effectiveAt: at('2026-11-10') } }] }],
  },
  {
    name: 'service change on paper: delivered on the 5th day after posting, after it took effect: warn',
    profile: { notices: [{ id: 'n1', kind: 'service-change', channel: 'paper', posted_at: '2026-11-06', effective_at: '2026-11-10T23:59:59' }] },
    asOf: T,
    expect: [{ status: 'warn', subject: 'n1', line: LINE, messages: [{ id: 'notInAdvance', params: { notice: 'n1', deliveredAt: at('2026-11-11'), effectiveAt: at('2026-11-10T23:59:59') } }] }],
  },
]);
