/** Maps identity answers (Sts, Ims, Ram) to `account.id`, `account.root`, `password_policy` and `ram_users`. */
import { answers, errorCode, listAt, objectAt, site } from './body.js';
import type { RecordedBody, ResponseSet } from './responses.js';
import { apiBool, apiInstant, apiInt, textOf, type Notes } from './values.js';

type Data = Record<string, unknown>;

/** Drops undefined values so they are not written. */
export function compact<T extends Data>(data: T): T {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as T;
}

/** The caller's identity: account id and whether the caller is the root account. */
export function callerIdentity(set: ResponseSet, notes: Notes): { accountId?: string; isRoot: boolean } {
  const [answer] = answers(set, 'Sts.GetCallerIdentity', notes);
  if (!answer) return { isRoot: false };
  return { accountId: textOf(objectAt(answer.body)?.AccountId), isRoot: textOf(objectAt(answer.body)?.IdentityType) === 'Account' };
}

function accessKeys(recorded: RecordedBody, set: ResponseSet, notes: Notes): Data[] {
  return listAt(recorded.body, 'AccessKeys', 'AccessKey')
    .map((key) => {
      const id = textOf(key.AccessKeyId) ?? '';
      const used = set.get('Ram.GetAccessKeyLastUsed', id);
      const lastUsed = used && errorCode(used.body) === undefined ? objectAt(used.body, 'AccessKeyLastUsed')?.LastUsedDate : undefined;
      const status = textOf(key.Status)?.toLowerCase();
      return compact({
        id,
        status: status === 'active' || status === 'inactive' ? status : undefined,
        created_at: apiInstant(key.CreateDate, site(recorded, 'CreateDate', notes)),
        last_used_at: used ? (apiInstant(lastUsed, site(used, 'AccessKeyLastUsed.LastUsedDate', notes)) ?? null) : undefined,
      });
    })
    .filter((k) => k.id !== '')
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** A per-user answer that is not an error, else undefined (an error becomes a note). */
function perUser(set: ResponseSet, action: string, name: string, notes: Notes): RecordedBody | undefined {
  const recorded = set.get(action, name);
  if (!recorded) return undefined;
  const code = errorCode(recorded.body);
  if (code === undefined) return recorded;
  notes.add('warning', 'errorAnswer', { source: recorded.source, code });
  return undefined;
}

function consoleLogin(set: ResponseSet, name: string, notes: Notes): boolean | undefined {
  const recorded = set.get('Ram.GetLoginProfile', name);
  if (!recorded) return undefined;
  const code = errorCode(recorded.body);
  if (code === 'EntityNotExist.User.LoginProfile') return false;
  if (code !== undefined) {
    notes.add('warning', 'errorAnswer', { source: recorded.source, code });
    return undefined;
  }
  return true;
}

/** The RAM users, sorted by name; undefined when Ram.ListUsers was not recorded. */
export function ramUsers(set: ResponseSet, notes: Notes): Data[] | undefined {
  const pages = answers(set, 'Ram.ListUsers', notes);
  if (pages.length === 0) return undefined;
  const [mfaAnswer] = answers(set, 'Ram.ListVirtualMFADevices', notes);
  const withMfa = mfaAnswer
    ? new Set(listAt(mfaAnswer.body, 'VirtualMFADevices', 'VirtualMFADevice').map((d) => textOf(objectAt(d, 'User')?.UserName)))
    : undefined;
  const users = new Map<string, Data>();
  for (const page of pages) {
    for (const user of listAt(page.body, 'Users', 'User')) {
      const name = textOf(user.UserName);
      if (!name) continue;
      const detail = perUser(set, 'Ram.GetUser', name, notes);
      const policies = perUser(set, 'Ram.ListPoliciesForUser', name, notes);
      const keys = perUser(set, 'Ram.ListAccessKeys', name, notes);
      users.set(name, compact({
        name,
        created_at: apiInstant(user.CreateDate, site(page, 'Users.User[].CreateDate', notes)),
        console: consoleLogin(set, name, notes),
        mfa: withMfa ? withMfa.has(name) : undefined,
        last_login_at: detail ? (apiInstant(objectAt(detail.body, 'User')?.LastLoginDate, site(detail, 'User.LastLoginDate', notes)) ?? null) : undefined,
        policies: policies
          ? [...new Set(listAt(policies.body, 'Policies', 'Policy').map((p) => textOf(p.PolicyName)).filter((p): p is string => !!p))].sort()
          : undefined,
        access_keys: keys ? accessKeys(keys, set, notes) : undefined,
      }));
    }
  }
  return [...users.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

/** `account.root`: MFA (Ims) and, when the caller is the root account, its AccessKeys. */
export function rootAccount(set: ResponseSet, isRoot: boolean, notes: Notes): Data | undefined {
  const [mfa] = answers(set, 'Ims.GetAccountMFAInfo', notes);
  const keys = isRoot ? set.get('Ram.ListAccessKeys', '') : undefined;
  const root = compact({
    mfa: mfa ? apiBool(objectAt(mfa.body)?.IsMFAEnable, site(mfa, 'IsMFAEnable', notes)) : undefined,
    access_keys: keys && errorCode(keys.body) === undefined ? accessKeys(keys, set, notes) : undefined,
  });
  return Object.keys(root).length > 0 ? root : undefined;
}

/** `account.password_policy` from Ram GetPasswordPolicy (the API spells `MaxLoginAttemps`). */
export function passwordPolicy(set: ResponseSet, notes: Notes): Data | undefined {
  const [answer] = answers(set, 'Ram.GetPasswordPolicy', notes);
  const policy = answer ? objectAt(answer.body, 'PasswordPolicy') : undefined;
  if (!answer || !policy) return undefined;
  const at = (field: string) => site(answer, `PasswordPolicy.${field}`, notes);
  const classes = ['RequireLowercaseCharacters', 'RequireUppercaseCharacters', 'RequireNumbers', 'RequireSymbols'].filter(
    (field) => apiBool(policy[field], at(field)) === true,
  ).length;
  return compact({
    min_length: apiInt(policy.MinimumPasswordLength, at('MinimumPasswordLength')),
    character_classes: Math.max(1, classes),
    max_age_days: apiInt(policy.MaxPasswordAge, at('MaxPasswordAge')),
    reuse_prevention: apiInt(policy.PasswordReusePrevention, at('PasswordReusePrevention')),
    max_login_attempts: apiInt(policy.MaxLoginAttemps ?? policy.MaxLoginAttempts, at('MaxLoginAttemps')),
  });
}
