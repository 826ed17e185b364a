import rule from '../../rules/credits.js';
import { at, testRule, yuan } from '../helpers/rule-tester.js';

const credit = (extra: Record<string, unknown> = {}) => ({ account: { billing: { credits: [{ id: 'v1', kind: 'voucher', amount: '50', expires_at: '2026-12-31', ...extra }] } } });
const V = { credit: 'v1', kind: 'voucher', amount: yuan('50') };
const EXPIRY = at('2027-01-01'); // expires_at 2026-12-31 is the last day included
/** The finding on credit v1 (its list item starts on line 6 of the generated YAML). */
const on = (status: 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'v1', path: ['account', 'billing', 'credits', 0], line: 6, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no credits: skip no data', profile: {}, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'credits: [] : skip not applicable', profile: { account: { billing: { credits: [] } } }, asOf: '2026-11-26', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  { name: 'far from expiry: pass, with the instant it turns to warn', profile: credit(), asOf: '2026-11-01', expect: on('pass', 'valid', { ...V, expiry: EXPIRY, daysLeft: 61 }, { expiresAt: '2027-01-01T00:00:00+08:00', dueAt: '2026-12-02T00:00:00+08:00', dueKind: 'expires-soon', dueTurnsTo: 'warn' }) },
  { name: 'the last second before the warn window: pass', profile: credit(), asOf: '2026-12-01T23:59:59', expect: on('pass', 'valid', { ...V, expiry: EXPIRY, daysLeft: 31 }) },
  { name: 'the first second of the warn window (30 days left): warn', profile: credit(), asOf: '2026-12-02T00:00:01', expect: on('warn', 'expiring', { ...V, expiry: EXPIRY, daysLeft: 30 }, { dueAt: '2027-01-01T00:00:00+08:00', dueKind: 'expires', dueTurnsTo: 'warn' }) },
  { name: 'the last second of the last day: still expiring', profile: credit(), asOf: '2026-12-31T23:59:59', expect: on('warn', 'expiring', { ...V, expiry: EXPIRY, daysLeft: 1 }) },
  { name: 'the first second after the last day: expired unused', profile: credit(), asOf: '2027-01-01', expect: on('warn', 'expired', { ...V, expiry: EXPIRY }, { expiresAt: '2027-01-01T00:00:00+08:00' }) },
  { name: 'used: pass, one-off and spent', profile: credit({ used_at: '2026-11-20T10:00' }), asOf: '2027-02-01', expect: on('pass', 'used', { ...V, usedAt: at('2026-11-20T10:00') }, { usedAt: '2026-11-20T10:00:00+08:00' }) },
  { name: 'used after T has not happened: still unused', profile: credit({ used_at: '2026-12-20' }), asOf: '2026-12-10', expect: on('warn', 'expiring', { ...V, expiry: EXPIRY, daysLeft: 22 }) },
  { name: 'no expires_at: pass, not judged', profile: credit({ expires_at: undefined }), asOf: '2026-11-26', expect: on('pass', 'noExpiry', V) },
  { name: 'no kind or amount: a "credit" without a value', profile: credit({ kind: undefined, amount: undefined }), asOf: '2027-01-01', expect: on('warn', 'expired', { credit: 'v1', kind: 'credit', amount: undefined, expiry: EXPIRY }) },
  { name: 'warn_days 7', profile: credit(), asOf: '2026-12-20', options: { warn_days: 7 }, expect: on('pass', 'valid', { ...V, expiry: EXPIRY, daysLeft: 12 }) },
  { name: 'an expiry given as a date-time is the instant itself', profile: credit({ expires_at: '2026-12-31T12:00:00Z' }), asOf: '2026-12-31T20:00', expect: on('warn', 'expired', { ...V, expiry: at('2026-12-31T20:00') }) },
]);
