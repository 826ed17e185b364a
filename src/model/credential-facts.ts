/** Facts about credentials at the evaluation instant T: access keys, RAM users, admin policies (clauses 4.5, 5.6). */
import type { YamlPath } from '../contract/report.js';
import type { AccessKey, Profile, RamUser } from './profile.js';
import { DAY_MS, type When } from './time.js';

/** The system policy that grants everything. */
export const ADMIN_POLICY = 'AdministratorAccess';

/** True when an instant is more than N × 24 h before T ("older than N days", rules.md Time). */
export function olderThan(at: number, asOf: number, days: number): boolean {
  return asOf - at > days * DAY_MS;
}

/** True when an instant is N × 24 h or more before T ("for N days or more"). */
export function atLeastDaysAgo(at: number, asOf: number, days: number): boolean {
  return asOf - at >= days * DAY_MS;
}

/** True when a dated object exists at T: no creation date, or one at or before T. */
export function existsAt(created: When | undefined, asOf: number): boolean {
  return created === undefined || created.at <= asOf;
}

/** True when a key is active at T: status `active` or absent (absent means active), and created by T. */
export function isActiveKey(key: AccessKey, asOf: number): boolean {
  return key.status !== 'inactive' && existsAt(key.created_at, asOf);
}

/** True for `AdministratorAccess` and any `*FullAccess` policy (exact case, as the provider names them). */
export function isBroadPolicy(policy: string): boolean {
  return policy === ADMIN_POLICY || policy.endsWith('FullAccess');
}

/** One active access key with its holder: `root` or a RAM user's name. */
interface HeldKey {
  key: AccessKey;
  /** `root` for the main account, else the RAM user's name. */
  holder: string;
  isRoot: boolean;
  path: YamlPath;
  /** How many active keys its holder has at T (this one included). */
  holderActiveKeys: number;
}

/** Appends the active keys of one holder to `out`, each knowing how many its holder has. */
function addHeld(out: HeldKey[], keys: readonly AccessKey[] | undefined, holder: string, isRoot: boolean, base: YamlPath, asOf: number): void {
  if (keys === undefined) return;
  const start = out.length;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if (isActiveKey(key, asOf)) out.push({ key, holder, isRoot, path: [...base, 'access_keys', index], holderActiveKeys: 0 });
  }
  for (let i = start; i < out.length; i++) out[i]!.holderActiveKeys = out.length - start;
}

/** Every active key at T: the root account's first, then each RAM user's in file order. */
export function activeKeys(profile: Profile, asOf: number): HeldKey[] {
  const out: HeldKey[] = [];
  addHeld(out, profile.account.root?.access_keys, 'root', true, ['account', 'root'], asOf);
  const users = profile.account.ram_users ?? [];
  for (let i = 0; i < users.length; i++) {
    const user = users[i]!;
    if (user.access_keys !== undefined && existsAt(user.created_at, asOf)) addHeld(out, user.access_keys, user.name, false, ['account', 'ram_users', i], asOf);
  }
  return out;
}

/** True when the profile lists any access keys at all (root or RAM user). */
export function listsAnyKeys(profile: Profile): boolean {
  return profile.account.root?.access_keys !== undefined || (profile.account.ram_users ?? []).some((u) => u.access_keys !== undefined);
}

/** True when a RAM user is enabled and exists at T. */
export function isEnabledRamUser(user: RamUser, asOf: number): boolean {
  return user.enabled && existsAt(user.created_at, asOf);
}
