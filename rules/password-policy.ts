import { defineRule } from '../src/engine/types.js';
import { single, skipFor, Verdict } from '../src/engine/verdict.js';

const FIELDS = ['min_length', 'character_classes', 'max_age_days', 'reuse_prevention', 'max_login_attempts'] as const;

const messages = {
  shortLength: (p: { value: number }) => `The password policy's minimum length is ${p.value}; require at least 14 characters.`,
  fewClasses: (p: { value: number }) =>
    `The password policy requires ${p.value} of the 4 character classes; require all 4 (upper case, lower case, digits, symbols).`,
  neverExpires: () => 'Passwords never expire (max_age_days 0); make them expire within 90 days.',
  longAge: (p: { value: number }) => `Passwords expire after ${p.value} days; make it 90 days or fewer.`,
  lowReuse: (p: { value: number }) => `The password policy blocks reuse of the last ${p.value} passwords only; block at least the last 5.`,
  noLockout: () => 'Failed logins never lock the user out (max_login_attempts 0); lock after 5 failed attempts or fewer.',
  lateLockout: (p: { value: number }) => `Logins lock only after ${p.value} failed attempts; lock after 5 or fewer.`,
  ok: (p: { unset: string[] }) =>
    `The password policy meets every minimum it sets${p.unset.length > 0 ? ` (not set, so not judged: ${p.unset.join(', ')})` : ''}.`,
  empty: () => 'The password policy sets none of its fields, so nothing could be judged.',
};

/** §4.5: the RAM password policy keeps console passwords hard to guess and to reuse. */
export default defineRule({
  id: 'password-policy',
  title: 'The RAM password policy is strong',
  clauses: ['4.5'],
  description:
    'The customer answers for the secrecy of its passwords (§4.5). The rule warns on each weakness of the RAM password policy: minimum length under 14, fewer than 4 character classes, passwords that never expire (0) or last more than 90 days, reuse prevention under 5, and no lockout (0) or a lockout after more than 5 failed logins. A field that is absent is unknown and not judged.',
  fix:
    'Tighten the RAM password policy to at least: minimum length 14, all 4 character classes, passwords expiring within 90 days (not 0), the last 5 passwords blocked from reuse, and a lockout after at most 5 failed logins. Record the new values under `account.password_policy`.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile) {
    const policy = profile.account.password_policy;
    if (policy === undefined) return [skipFor(policy, 'account.password_policy')];
    const path = ['account', 'password_policy'];
    const unset = FIELDS.filter((field) => policy[field] === undefined);
    if (unset.length === FIELDS.length) return [single(messages, 'skip', 'account', path, 'empty', undefined, { reason: 'no data' })];
    const verdict = new Verdict(messages);
    const weaknesses: string[] = [];
    const { min_length: length, character_classes: classes, max_age_days: maxAge, reuse_prevention: reuse, max_login_attempts: attempts } = policy;
    if (length !== undefined && length < 14) {
      weaknesses.push('min_length');
      verdict.add('warn', 'shortLength', { value: length });
    }
    if (classes !== undefined && classes < 4) {
      weaknesses.push('character_classes');
      verdict.add('warn', 'fewClasses', { value: classes });
    }
    if (maxAge !== undefined && (maxAge === 0 || maxAge > 90)) {
      weaknesses.push('max_age_days');
      if (maxAge === 0) verdict.add('warn', 'neverExpires', undefined);
      else verdict.add('warn', 'longAge', { value: maxAge });
    }
    if (reuse !== undefined && reuse < 5) {
      weaknesses.push('reuse_prevention');
      verdict.add('warn', 'lowReuse', { value: reuse });
    }
    if (attempts !== undefined && (attempts === 0 || attempts > 5)) {
      weaknesses.push('max_login_attempts');
      if (attempts === 0) verdict.add('warn', 'noLockout', undefined);
      else verdict.add('warn', 'lateLockout', { value: attempts });
    }
    return [verdict.finding('account', path, ['ok', { unset }], { weaknesses, unset })];
  },
});
