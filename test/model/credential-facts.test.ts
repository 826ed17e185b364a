import { describe, expect, it } from 'vitest';
import {
  activeKeys,
  atLeastDaysAgo,
  isEnabledRamUser,
  existsAt,
  isActiveKey,
  isBroadPolicy,
  listsAnyKeys,
  olderThan,
} from '../../src/model/credential-facts.js';
import type { Profile } from '../../src/model/profile.js';
import { DAY_MS, parseWhen, type When } from '../../src/model/time.js';

const when = (text: string): When => parseWhen(text) as When;
const T = when('2026-11-26').at;

function profile(account: Partial<Profile['account']>): Profile {
  return { format: 'clausecheck/v1', account: { id: '1', ...account } } as Profile;
}

describe('credential facts', () => {
  it('olderThan is strictly more than N × 24 h', () => {
    expect(olderThan(T - 90 * DAY_MS, T, 90)).toBe(false);
    expect(olderThan(T - 90 * DAY_MS - 1000, T, 90)).toBe(true);
  });

  it('atLeastDaysAgo includes exactly N × 24 h', () => {
    expect(atLeastDaysAgo(T - 90 * DAY_MS, T, 90)).toBe(true);
    expect(atLeastDaysAgo(T - 90 * DAY_MS + 1000, T, 90)).toBe(false);
  });

  it('existsAt: undated, at T, after T', () => {
    expect(existsAt(undefined, T)).toBe(true);
    expect(existsAt(when('2026-11-26'), T)).toBe(true);
    expect(existsAt(when('2026-11-26T00:00:01'), T)).toBe(false);
  });

  it('a key without status is active; inactive and future keys are not', () => {
    expect(isActiveKey({ id: 'k' }, T)).toBe(true);
    expect(isActiveKey({ id: 'k', status: 'active' }, T)).toBe(true);
    expect(isActiveKey({ id: 'k', status: 'inactive' }, T)).toBe(false);
    expect(isActiveKey({ id: 'k', created_at: when('2026-11-27') }, T)).toBe(false);
  });

  it('broad policies: AdministratorAccess and *FullAccess, exact case', () => {
    expect(isBroadPolicy('AdministratorAccess')).toBe(true);
    expect(isBroadPolicy('AliyunECSFullAccess')).toBe(true);
    expect(isBroadPolicy('AliyunECSReadOnlyAccess')).toBe(false);
    expect(isBroadPolicy('administratoraccess')).toBe(false);
  });

  it('activeKeys lists root first, then RAM users, with paths and counts', () => {
    const p = profile({
      root: { access_keys: [{ id: 'r1', status: 'inactive' }, { id: 'r2' }] },
      ram_users: [
        { name: 'a', enabled: true, access_keys: [{ id: 'a1' }, { id: 'a2', status: 'active' }] },
        { name: 'later', enabled: true, created_at: when('2026-12-01'), access_keys: [{ id: 'l1' }] },
      ],
    });
    expect(activeKeys(p, T).map((k) => [k.key.id, k.holder, k.path, k.holderActiveKeys])).toEqual([
      ['r2', 'root', ['account', 'root', 'access_keys', 1], 1],
      ['a1', 'a', ['account', 'ram_users', 0, 'access_keys', 0], 2],
      ['a2', 'a', ['account', 'ram_users', 0, 'access_keys', 1], 2],
    ]);
  });

  it('listsAnyKeys: only when some access_keys list is given', () => {
    expect(listsAnyKeys(profile({}))).toBe(false);
    expect(listsAnyKeys(profile({ ram_users: [{ name: 'a', enabled: true }] }))).toBe(false);
    expect(listsAnyKeys(profile({ root: { access_keys: [] } }))).toBe(true);
  });

  it('isEnabledRamUser keeps enabled users that exist at T', () => {
    const p = profile({
      ram_users: [
        { name: 'off', enabled: false },
        { name: 'on', enabled: true },
        { name: 'future', enabled: true, created_at: when('2026-11-27') },
      ],
    });
    expect(p.account.ram_users!.map((user) => isEnabledRamUser(user, T))).toEqual([false, true, false]);
  });
});
