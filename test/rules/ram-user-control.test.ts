import rule from '../../rules/ram-user-control.js';
import { testRule } from '../helpers/rule-tester.js';

const asOf = '2026-11-26';
const users = (list: Record<string, unknown>[]) => ({ account: { ram_users: list } });
/** A well-kept user; cases override what they test. */
const user = (extra: Record<string, unknown>) => ({ name: 'alice', owner: 'Alice Wang', console: true, mfa: true, last_login_at: '2026-11-20', policies: ['AliyunECSReadOnlyAccess'], ...extra });
const admin = (name: string) => user({ name, policies: ['AdministratorAccess'] });

testRule(rule, [
  { name: 'no ram_users: skip no data', profile: {}, asOf, expect: [{ status: 'skip', subject: 'account', path: ['account'], data: { reason: 'no data' } }] },
  { name: 'an empty ram_users list: skip not applicable', profile: users([]), asOf, expect: [{ status: 'skip', subject: 'account', data: { reason: 'not applicable' } }] },
  { name: 'only disabled users: skip not applicable', profile: users([user({ enabled: false, mfa: false })]), asOf, expect: [{ status: 'skip', subject: 'account', data: { reason: 'not applicable' } }] },
  {
    name: 'a well-kept user: pass',
    profile: users([user({})]),
    asOf,
    expect: [{ status: 'pass', subject: 'alice', path: ['account', 'ram_users', 0], facts: ['RAM user alice is under control.'], data: { console: true, mfa: true, broadPolicies: [], lastLoginAt: '2026-11-20T00:00:00+08:00', idleDays: 6 } }],
  },
  {
    name: 'console without MFA holding AdministratorAccess: fail',
    profile: users([user({ mfa: false, policies: ['AdministratorAccess'] })]),
    asOf,
    expect: [{ status: 'fail', subject: 'alice', facts: ['without MFA while holding AdministratorAccess', '§5.6'], data: { broadPolicies: ['AdministratorAccess'] } }],
  },
  {
    name: 'console without MFA holding *FullAccess policies: fail naming them',
    profile: users([user({ mfa: false, policies: ['AliyunOSSFullAccess', 'AliyunECSReadOnlyAccess', 'AliyunRDSFullAccess'] })]),
    asOf,
    expect: [{ status: 'fail', subject: 'alice', facts: ['holding AliyunOSSFullAccess, AliyunRDSFullAccess'] }],
  },
  { name: 'console without MFA, narrow policies: warn', profile: users([user({ mfa: false })]), asOf, expect: [{ status: 'warn', subject: 'alice', facts: ['RAM user alice can sign in to the console without MFA: turn on MFA.'] }] },
  { name: 'console without MFA, policies not listed: warn (the fail cannot be judged)', profile: users([user({ mfa: false, policies: undefined })]), asOf, expect: [{ status: 'warn', subject: 'alice', facts: ['without MFA: turn on MFA'] }] },
  { name: 'no console login: MFA and dormancy do not matter', profile: users([user({ console: false, mfa: false, policies: ['AdministratorAccess'], last_login_at: '2020-01-01' })]), asOf, expect: [{ status: 'pass', subject: 'alice', facts: ['is under control.'] }] },
  { name: 'no owner: warn', profile: users([user({ owner: undefined })]), asOf, expect: [{ status: 'warn', subject: 'alice', facts: ['RAM user alice has no owner'] }] },
  {
    name: 'console unknown: only the owner is judged, pass says so',
    profile: users([user({ console: undefined, mfa: undefined, last_login_at: '2020-01-01' })]),
    asOf,
    expect: [{ status: 'pass', subject: 'alice', facts: ['(console and mfa not given, so not judged)'], data: { console: null, mfa: null } }],
  },
  {
    name: 'console unknown, MFA off, admin: not judged, no owner still warns',
    profile: users([user({ console: undefined, mfa: false, policies: ['AdministratorAccess'], owner: undefined })]),
    asOf,
    expect: [{ status: 'warn', subject: 'alice', facts: ['has no owner'] }],
  },
  { name: 'MFA unknown with console: MFA not judged', profile: users([user({ mfa: undefined, policies: ['AdministratorAccess'] })]), asOf, expect: [{ status: 'pass', subject: 'alice', facts: ['(mfa not given, so not judged)'] }] },
  {
    name: 'last login exactly 90 days ago: dormant, warn',
    profile: users([user({ last_login_at: '2026-08-28' })]),
    asOf,
    expect: [{ status: 'warn', subject: 'alice', facts: ['has console login but last signed in at 2026-08-28 00:00 +08:00 (90 days ago): turn off its console login'], data: { idleDays: 90 } }],
  },
  { name: 'last login one second less than 90 days ago: pass', profile: users([user({ last_login_at: '2026-08-28T00:00:01' })]), asOf, expect: [{ status: 'pass', subject: 'alice', data: { idleDays: 89 } }] },
  { name: 'last login a day earlier (91 days): warn', profile: users([user({ last_login_at: '2026-08-27' })]), asOf, expect: [{ status: 'warn', subject: 'alice', facts: ['91 days ago'] }] },
  { name: 'last login in UTC exactly 90 days before T: warn', profile: users([user({ last_login_at: '2026-08-27T16:00:00Z' })]), asOf, expect: [{ status: 'warn', subject: 'alice', facts: ['2026-08-28 00:00 +08:00 (90 days ago)'] }] },
  {
    name: 'never signed in: dormancy counts from created_at',
    profile: users([user({ last_login_at: undefined, created_at: '2026-08-01' })]),
    asOf,
    expect: [{ status: 'warn', subject: 'alice', facts: ['has never signed in since it was created at 2026-08-01 00:00 +08:00 (117 days ago)'], data: { lastLoginAt: null, idleDays: 117 } }],
  },
  {
    name: 'a login dated after T has not happened: dormancy from created_at',
    profile: users([user({ last_login_at: '2026-11-27', created_at: '2026-01-01' })]),
    asOf,
    expect: [{ status: 'warn', subject: 'alice', facts: ['has never signed in since it was created at 2026-01-01'] }],
  },
  { name: 'no login dates at all: dormancy not judged', profile: users([user({ last_login_at: undefined })]), asOf, expect: [{ status: 'pass', subject: 'alice', facts: ['(last_login_at or created_at not given, so not judged)'] }] },
  { name: 'dormant_days option 30', profile: users([user({ last_login_at: '2026-10-27' })]), asOf, options: { dormant_days: 30 }, expect: [{ status: 'warn', subject: 'alice', facts: ['(30 days ago)'] }] },
  {
    name: 'every condition at once: fail first, then the warns',
    profile: users([user({ mfa: false, owner: undefined, policies: ['AdministratorAccess'], last_login_at: '2026-01-01' })]),
    asOf,
    expect: [{ status: 'fail', subject: 'alice', facts: ['holding AdministratorAccess', '(§5.6). RAM user alice has no owner', '. RAM user alice has console login but last signed in at 2026-01-01'] }],
  },
  {
    name: 'a user created after T does not exist yet; disabled users are not judged',
    profile: users([user({ name: 'future', created_at: '2026-11-27' }), user({ name: 'off', enabled: false }), user({ name: 'bob' })]),
    asOf,
    expect: [{ status: 'pass', subject: 'bob', path: ['account', 'ram_users', 2] }],
  },
  {
    name: 'two admins is not too many',
    profile: users([admin('a1'), admin('a2'), user({ name: 'x' })]),
    asOf,
    expect: [{ status: 'pass', subject: 'a1' }, { status: 'pass', subject: 'a2' }, { status: 'pass', subject: 'x' }],
  },
  {
    name: 'three enabled admins: one account warn after the users',
    profile: users([admin('a1'), admin('a2'), admin('a3'), user({ name: 'off', enabled: false, policies: ['AdministratorAccess'] }), user({ name: 'full', policies: ['AliyunECSFullAccess'] })]),
    asOf,
    expect: [
      { status: 'pass', subject: 'a1' },
      { status: 'pass', subject: 'a2' },
      { status: 'pass', subject: 'a3' },
      { status: 'pass', subject: 'full' },
      { status: 'warn', subject: 'account', path: ['account', 'ram_users'], facts: ['3 enabled RAM users hold AdministratorAccess (a1, a2, a3), more than 2'], data: { admins: ['a1', 'a2', 'a3'], maxAdmins: 2 } },
    ],
  },
  {
    name: 'max_admins option 0: one admin is too many',
    profile: users([admin('a1')]),
    asOf,
    options: { max_admins: 0 },
    expect: [{ status: 'pass', subject: 'a1' }, { status: 'warn', subject: 'account', facts: ['1 enabled RAM user holds AdministratorAccess (a1), more than 0'] }],
  },
  { name: 'max_admins option 3: three admins pass', profile: users([admin('a1'), admin('a2'), admin('a3')]), asOf, options: { max_admins: 3 }, expect: [{ status: 'pass', subject: 'a1' }, { status: 'pass', subject: 'a2' }, { status: 'pass', subject: 'a3' }] },
]);
