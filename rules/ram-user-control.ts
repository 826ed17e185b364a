import { defineRule, type RuleFinding } from '../src/engine/types.js';
import { single, skipFor, Verdict } from '../src/engine/verdict.js';
import { ADMIN_POLICY, atLeastDaysAgo, isBroadPolicy, isEnabledRamUser } from '../src/model/credential-facts.js';
import { addDue } from '../src/engine/due.js';
import { factsInstant, happened } from '../src/model/facts.js';
import { DAY_MS, daysSince, formatBeijing, formatDays, toRfc3339 } from '../src/model/time.js';
import { mapIndexed, type RamUser } from '../src/rule-kit.js';


const messages = {
  adminNoMfa: (p: { user: string; policies: string[] }) =>
    `RAM user ${p.user} can sign in to the console without MFA while holding ${p.policies.join(', ')}: turn on MFA now; whatever is done under it is the account's own act (§5.6).`,
  noMfa: (p: { user: string }) => `RAM user ${p.user} can sign in to the console without MFA: turn on MFA.`,
  noOwner: (p: { user: string }) => `RAM user ${p.user} has no owner: name the person who answers for it.`,
  dormant: (p: { user: string; since: number; idleDays: number; neverLoggedIn: boolean }) =>
    `RAM user ${p.user} has console login but ${p.neverLoggedIn ? 'has never signed in since it was created at' : 'last signed in at'} ${formatBeijing(p.since)} (${formatDays(p.idleDays)} ago): turn off its console login or remove it.`,
  ok: (p: { user: string; unknown: string[] }) =>
    `RAM user ${p.user} is under control${p.unknown.length > 0 ? ` (${p.unknown.join(' and ')} not given, so not judged)` : ''}.`,
  tooManyAdmins: (p: { count: number; max: number; users: string[] }) =>
    `${p.count} enabled RAM ${p.count === 1 ? 'user holds' : 'users hold'} ${ADMIN_POLICY} (${p.users.join(', ')}), more than ${p.max}: grant narrower policies; every act of an authorized user binds the account (§5.6).`,
};

type Messages = typeof messages;

/** §5.6: whatever an authorized RAM user does is the account's act, so RAM users are kept under control. */
export default defineRule({
  id: 'ram-user-control',
  title: 'RAM users are owned, protected and in use',
  clauses: ['5.6'],
  description:
    'Every operation under an authorized (RAM) account is treated as the customer\'s own, with its liability and fees (§5.6). For each enabled RAM user: console login without MFA while holding AdministratorAccess or a *FullAccess policy fails; console login without MFA otherwise warns; no `owner` warns; console login unused for `dormant_days` or more (since `last_login_at`, else `created_at`) warns. An absent `console` or `mfa` is unknown and the conditions needing it are not judged. More than `max_admins` enabled users holding AdministratorAccess warns once on the account.',
  fix:
    'Turn on MFA for every RAM user with console login, first for those holding AdministratorAccess or a *FullAccess policy; name a responsible person in `owner`; and turn off console login for users idle for `dormant_days` or more. Keep at most `max_admins` users on AdministratorAccess and give the others narrower policies.',
  options: (z) => {
    const days = z.number().int().min(1);
    return z.strictObject({ dormant_days: days.default(90), max_admins: z.number().int().min(0).default(2) });
  },
  messages,
  check(profile, { asOf, options }) {
    const users = profile.account.ram_users;
    const enabled = (user: RamUser) => isEnabledRamUser(user, asOf);
    const seen = factsInstant(profile, asOf);
    if (!users?.some(enabled)) return [skipFor(users, 'enabled RAM users')];
    const findings = mapIndexed(users, enabled, (user, index): RuleFinding<Messages> => {
      const path = ['account', 'ram_users', index];
      const verdict = new Verdict(messages);
      const broad = (user.policies ?? []).filter(isBroadPolicy);
      const data: Record<string, unknown> = { console: user.console ?? null, mfa: user.mfa ?? null, broadPolicies: broad };
      if (user.console === true && user.mfa === false) {
        if (broad.length > 0) verdict.add('fail', 'adminNoMfa', { user: user.name, policies: broad });
        else verdict.add('warn', 'noMfa', { user: user.name });
      }
      if (user.owner === undefined) verdict.add('warn', 'noOwner', { user: user.name });
      const lastLogin = happened(user.last_login_at, seen) ? user.last_login_at : undefined;
      const since = lastLogin ?? user.created_at;
      if (user.console === true && since !== undefined) {
        const idleDays = daysSince(since.at, seen);
        data.lastLoginAt = lastLogin ? toRfc3339(lastLogin.at) : null;
        data.idleDays = idleDays;
        addDue(data, asOf, { at: since.at + options.dormant_days * DAY_MS, kind: 'user-dormant', turnsTo: 'warn' });
        if (atLeastDaysAgo(since.at, seen, options.dormant_days)) verdict.add('warn', 'dormant', { user: user.name, since: since.at, idleDays, neverLoggedIn: !lastLogin });
      }
      const unknown: string[] = [];
      if (user.console === undefined) unknown.push('console');
      if (user.console !== false && user.mfa === undefined) unknown.push('mfa');
      if (user.console === true && since === undefined) unknown.push('last_login_at or created_at');
      return verdict.finding(user.name, path, ['ok', { user: user.name, unknown }], data);
    });
    const admins = users.filter((user) => enabled(user) && (user.policies ?? []).includes(ADMIN_POLICY)).map((user) => user.name);
    if (admins.length > options.max_admins) {
      const params = { count: admins.length, max: options.max_admins, users: admins };
      findings.push(single(messages, 'warn', 'account', ['account', 'ram_users'], 'tooManyAdmins', params, { admins, maxAdmins: options.max_admins }));
    }
    return findings;
  },
});
