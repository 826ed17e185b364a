import rule from '../../rules/password-policy.js';
import { testRule } from '../helpers/rule-tester.js';

const asOf = '2026-11-26';
const STRONG = { min_length: 14, character_classes: 4, max_age_days: 90, reuse_prevention: 5, max_login_attempts: 5 };
const policy = (p: Record<string, unknown>) => ({ account: { password_policy: p } });
const path = ['account', 'password_policy'];

testRule(rule, [
  { name: 'no password_policy: skip no data', profile: {}, asOf, expect: [{ status: 'skip', subject: 'account', path: ['account'], data: { reason: 'no data' } }] },
  { name: 'an empty policy: skip no data at the policy', profile: policy({}), asOf, expect: [{ status: 'skip', subject: 'account', path, facts: ['sets none of its fields'], data: { reason: 'no data' } }] },
  { name: 'every minimum met exactly: pass', profile: policy(STRONG), asOf, expect: [{ status: 'pass', subject: 'account', path, facts: ['meets every minimum it sets.'], data: { weaknesses: [], unset: [] } }] },
  { name: 'stricter than every minimum: pass', profile: policy({ min_length: 20, character_classes: 4, max_age_days: 30, reuse_prevention: 24, max_login_attempts: 1 }), asOf, expect: [{ status: 'pass', subject: 'account' }] },
  { name: 'min_length 13: warn', profile: policy({ ...STRONG, min_length: 13 }), asOf, expect: [{ status: 'warn', subject: 'account', path, facts: ['minimum length is 13; require at least 14'], data: { weaknesses: ['min_length'] } }] },
  { name: 'character_classes 3: warn', profile: policy({ ...STRONG, character_classes: 3 }), asOf, expect: [{ status: 'warn', subject: 'account', facts: ['requires 3 of the 4 character classes'], data: { weaknesses: ['character_classes'] } }] },
  { name: 'max_age_days 0 (never expires): warn', profile: policy({ ...STRONG, max_age_days: 0 }), asOf, expect: [{ status: 'warn', subject: 'account', facts: ['Passwords never expire'], data: { weaknesses: ['max_age_days'] } }] },
  { name: 'max_age_days 91: warn', profile: policy({ ...STRONG, max_age_days: 91 }), asOf, expect: [{ status: 'warn', subject: 'account', facts: ['expire after 91 days; make it 90 days or fewer'] }] },
  { name: 'max_age_days 1: pass', profile: policy({ ...STRONG, max_age_days: 1 }), asOf, expect: [{ status: 'pass', subject: 'account' }] },
  { name: 'reuse_prevention 4: warn', profile: policy({ ...STRONG, reuse_prevention: 4 }), asOf, expect: [{ status: 'warn', subject: 'account', facts: ['last 4 passwords only; block at least the last 5'], data: { weaknesses: ['reuse_prevention'] } }] },
  { name: 'max_login_attempts 0 (no lockout): warn', profile: policy({ ...STRONG, max_login_attempts: 0 }), asOf, expect: [{ status: 'warn', subject: 'account', facts: ['never lock the user out'], data: { weaknesses: ['max_login_attempts'] } }] },
  { name: 'max_login_attempts 6: warn', profile: policy({ ...STRONG, max_login_attempts: 6 }), asOf, expect: [{ status: 'warn', subject: 'account', facts: ['lock only after 6 failed attempts'] }] },
  {
    name: 'every weakness at once: one warn naming each, in catalog order',
    profile: policy({ min_length: 8, character_classes: 1, max_age_days: 0, reuse_prevention: 0, max_login_attempts: 10 }),
    asOf,
    expect: [
      {
        status: 'warn',
        subject: 'account',
        facts: ['minimum length is 8; require at least 14 characters. The password policy requires 1 of the 4', 'Passwords never expire', 'last 0 passwords', 'lock only after 10 failed attempts'],
        data: { weaknesses: ['min_length', 'character_classes', 'max_age_days', 'reuse_prevention', 'max_login_attempts'], unset: [] },
      },
    ],
  },
  {
    name: 'absent fields are unknown: a partial strong policy passes, naming what was not judged',
    profile: policy({ min_length: 14, max_login_attempts: 3 }),
    asOf,
    expect: [{ status: 'pass', subject: 'account', facts: ['(not set, so not judged: character_classes, max_age_days, reuse_prevention)'], data: { unset: ['character_classes', 'max_age_days', 'reuse_prevention'] } }],
  },
  {
    name: 'absent fields are unknown: a partial weak policy warns only on what it sets',
    profile: policy({ min_length: 6 }),
    asOf,
    expect: [{ status: 'warn', subject: 'account', facts: ['minimum length is 6'], data: { weaknesses: ['min_length'], unset: ['character_classes', 'max_age_days', 'reuse_prevention', 'max_login_attempts'] } }],
  },
]);
