import rule from '../../rules/password-policy.js';
import { testRule } from '../helpers/rule-tester.js';

const asOf = '2026-11-26';
const STRONG = { min_length: 14, character_classes: 4, max_age_days: 90, reuse_prevention: 5, max_login_attempts: 5 };
const policy = (p: Record<string, unknown>) => ({ account: { password_policy: p } });
const path = ['account', 'password_policy'];

/** The one finding on account (line 5). */
const on = (status: 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'account', path: ['account', 'password_policy'], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no password_policy: skip no data', profile: {}, asOf, expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'an empty policy: skip no data at the policy', profile: policy({}), asOf, expect: [{ status: 'skip', subject: 'account', path: ['account', 'password_policy'], line: 4, messages: [{ id: 'empty' }], data: { reason: 'no data' } }] },
  { name: 'every minimum met exactly: pass', profile: policy(STRONG), asOf, expect: on('pass', 'ok', { unset: [] }, { weaknesses: [], unset: [] }) },
  { name: 'stricter than every minimum: pass', profile: policy({ min_length: 20, character_classes: 4, max_age_days: 30, reuse_prevention: 24, max_login_attempts: 1 }), asOf, expect: on('pass', 'ok', { unset: [] }) },
  { name: 'min_length 13: warn', profile: policy({ ...STRONG, min_length: 13 }), asOf, expect: on('warn', 'shortLength', { value: 13 }, { weaknesses: ['min_length'] }) },
  { name: 'character_classes 3: warn', profile: policy({ ...STRONG, character_classes: 3 }), asOf, expect: on('warn', 'fewClasses', { value: 3 }, { weaknesses: ['character_classes'] }) },
  {
    name: 'max_age_days 0 (never expires): warn',
    profile: policy({ ...STRONG, max_age_days: 0 }),
    asOf,
    expect: [{ status: 'warn', subject: 'account', line: 5, messages: [{ id: 'neverExpires' }], data: { weaknesses: ['max_age_days'] } }],
  },
  { name: 'max_age_days 91: warn', profile: policy({ ...STRONG, max_age_days: 91 }), asOf, expect: on('warn', 'longAge', { value: 91 }) },
  { name: 'max_age_days 1: pass', profile: policy({ ...STRONG, max_age_days: 1 }), asOf, expect: on('pass', 'ok', { unset: [] }) },
  { name: 'reuse_prevention 4: warn', profile: policy({ ...STRONG, reuse_prevention: 4 }), asOf, expect: on('warn', 'lowReuse', { value: 4 }, { weaknesses: ['reuse_prevention'] }) },
  {
    name: 'max_login_attempts 0 (no lockout): warn',
    profile: policy({ ...STRONG, max_login_attempts: 0 }),
    asOf,
    expect: [{ status: 'warn', subject: 'account', line: 5, messages: [{ id: 'noLockout' }], data: { weaknesses: ['max_login_attempts'] } }],
  },
  { name: 'max_login_attempts 6: warn', profile: policy({ ...STRONG, max_login_attempts: 6 }), asOf, expect: on('warn', 'lateLockout', { value: 6 }) },
  {
    name: 'every weakness at once: one warn naming each, in catalog order',
    profile: policy({ min_length: 8, character_classes: 1, max_age_days: 0, reuse_prevention: 0, max_login_attempts: 10 }),
    asOf,
    expect: [
      {
        status: 'warn',
        subject: 'account',
        line: 5,
        messages: [{ id: 'shortLength', params: { value: 8 } }, { id: 'fewClasses', params: { value: 1 } }, { id: 'neverExpires' }, { id: 'lowReuse', params: { value: 0 } }, { id: 'lateLockout', params: { value: 10 } }],
        data: { weaknesses: ['min_length', 'character_classes', 'max_age_days', 'reuse_prevention', 'max_login_attempts'], unset: [] },
      },
    ],
  },
  {
    name: 'absent fields are unknown: a partial strong policy passes, naming what was not judged',
    profile: policy({ min_length: 14, max_login_attempts: 3 }),
    asOf,
    expect: on('pass', 'ok', { unset: ['character_classes', 'max_age_days', 'reuse_prevention'] }, { unset: ['character_classes', 'max_age_days', 'reuse_prevention'] }),
  },
  {
    name: 'absent fields are unknown: a partial weak policy warns only on what it sets',
    profile: policy({ min_length: 6 }),
    asOf,
    expect: on('warn', 'shortLength', { value: 6 }, { weaknesses: ['min_length'], unset: ['character_classes', 'max_age_days', 'reuse_prevention', 'max_login_attempts'] }),
  },
]);
