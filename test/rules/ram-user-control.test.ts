import rule from '../../rules/ram-user-control.js';
import { at, testRule } from '../helpers/rule-tester.js';

const asOf = '2026-11-26';
const users = (list: Record<string, unknown>[]) => ({ account: { ram_users: list } });
/** A well-kept user; cases override what they test. */
const user = (extra: Record<string, unknown>) => ({ name: 'alice', owner: 'Alice Wang', console: true, mfa: true, last_login_at: '2026-11-20', policies: ['AliyunECSReadOnlyAccess'], ...extra });
const admin = (name: string) => user({ name, policies: ['AdministratorAccess'] });

/** The one finding on alice (line 5). */
const on = (status: 'fail' | 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'alice', path: ['account', 'ram_users', 0], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no ram_users: skip no data', profile: {}, asOf, expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data' } }] },
  { name: 'an empty ram_users list: skip not applicable', profile: users([]), asOf, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  { name: 'only disabled users: skip not applicable', profile: users([user({ enabled: false, mfa: false })]), asOf, expect: [{ status: 'skip', subject: 'account', line: 3, messages: [], data: { reason: 'not applicable' } }] },
  {
    name: 'a well-kept user: pass',
    profile: users([user({})]),
    asOf,
    expect: on('pass', 'ok', { user: 'alice', unknown: [] }, { console: true, mfa: true, broadPolicies: [], lastLoginAt: '2026-11-20T00:00:00+08:00', idleDays: 6 }),
  },
  {
    name: 'console without MFA holding AdministratorAccess: fail',
    profile: users([user({ mfa: false, policies: ['AdministratorAccess'] })]),
    asOf,
    expect: on('fail', 'adminNoMfa', { user: 'alice', policies: ['AdministratorAccess'] }, { broadPolicies: ['AdministratorAccess'] }),
  },
  {
    name: 'console without MFA holding *FullAccess policies: fail naming them',
    profile: users([user({ mfa: false, policies: ['AliyunOSSFullAccess', 'AliyunECSReadOnlyAccess', 'AliyunRDSFullAccess'] })]),
    asOf,
    expect: on('fail', 'adminNoMfa', { user: 'alice', policies: ['AliyunOSSFullAccess', 'AliyunRDSFullAccess'] }),
  },
  { name: 'console without MFA, narrow policies: warn', profile: users([user({ mfa: false })]), asOf, expect: on('warn', 'noMfa', { user: 'alice' }) },
  { name: 'console without MFA, policies not listed: warn (the fail cannot be judged)', profile: users([user({ mfa: false, policies: undefined })]), asOf, expect: on('warn', 'noMfa', { user: 'alice' }) },
  {
    name: 'no console login: MFA and dormancy do not matter',
    profile: users([user({ console: false, mfa: false, policies: ['AdministratorAccess'], last_login_at: '2020-01-01' })]),
    asOf,
    expect: on('pass', 'ok', { user: 'alice', unknown: [] }),
  },
  { name: 'no owner: warn', profile: users([user({ owner: undefined })]), asOf, expect: on('warn', 'noOwner', { user: 'alice' }) },
  {
    name: 'console unknown: only the owner is judged, pass says so',
    profile: users([user({ console: undefined, mfa: undefined, last_login_at: '2020-01-01' })]),
    asOf,
    expect: on('pass', 'ok', { user: 'alice', unknown: ['console', 'mfa'] }, { console: null, mfa: null }),
  },
  {
    name: 'console unknown, MFA off, admin: not judged, no owner still warns',
    profile: users([user({ console: undefined, mfa: false, policies: ['AdministratorAccess'], owner: undefined })]),
    asOf,
    expect: on('warn', 'noOwner', { user: 'alice' }),
  },
  { name: 'MFA unknown with console: MFA not judged', profile: users([user({ mfa: undefined, policies: ['AdministratorAccess'] })]), asOf, expect: on('pass', 'ok', { user: 'alice', unknown: ['mfa'] }) },
  {
    name: 'last login exactly 90 days ago: dormant, warn',
    profile: users([user({ last_login_at: '2026-08-28' })]),
    asOf,
    expect: on('warn', 'dormant', { user: 'alice', since: at('2026-08-28'), idleDays: 90, neverLoggedIn: false }, { idleDays: 90 }),
  },
  { name: 'last login one second less than 90 days ago: pass', profile: users([user({ last_login_at: '2026-08-28T00:00:01' })]), asOf, expect: on('pass', 'ok', { user: 'alice', unknown: [] }, { idleDays: 89 }) },
  {
    name: 'last login a day earlier (91 days): warn',
    profile: users([user({ last_login_at: '2026-08-27' })]),
    asOf,
    expect: on('warn', 'dormant', { user: 'alice', since: at('2026-08-27'), idleDays: 91, neverLoggedIn: false }),
  },
  {
    name: 'last login in UTC exactly 90 days before T: warn',
    profile: users([user({ last_login_at: '2026-08-27T16:00:00Z' })]),
    asOf,
    expect: on('warn', 'dormant', { user: 'alice', since: at('2026-08-28'), idleDays: 90, neverLoggedIn: false }),
  },
  {
    name: 'never signed in: dormancy counts from created_at',
    profile: users([user({ last_login_at: undefined, created_at: '2026-08-01' })]),
    asOf,
    expect: on('warn', 'dormant', { user: 'alice', since: at('2026-08-01'), idleDays: 117, neverLoggedIn: true }, { lastLoginAt: null, idleDays: 117 }),
  },
  {
    name: 'a login dated after T has not happened: dormancy from created_at',
    profile: users([user({ last_login_at: '2026-11-27', created_at: '2026-01-01' })]),
    asOf,
    expect: on('warn', 'dormant', { user: 'alice', since: at('2026-01-01'), idleDays: 329, neverLoggedIn: true }),
  },
  { name: 'no login dates at all: dormancy not judged', profile: users([user({ last_login_at: undefined })]), asOf, expect: on('pass', 'ok', { user: 'alice', unknown: ['last_login_at or created_at'] }) },
  {
    name: 'dormant_days option 30',
    profile: users([user({ last_login_at: '2026-10-27' })]),
    asOf,
    options: { dormant_days: 30 },
    expect: on('warn', 'dormant', { user: 'alice', since: at('2026-10-27'), idleDays: 30, neverLoggedIn: false }),
  },
  {
    name: 'every condition at once: fail first, then the warns',
    profile: users([user({ mfa: false, owner: undefined, policies: ['AdministratorAccess'], last_login_at: '2026-01-01' })]),
    asOf,
    expect: [
      {
        status: 'fail',
        subject: 'alice',
        line: 5,
        messages: [{ id: 'adminNoMfa', params: { user: 'alice', policies: ['AdministratorAccess'] } }, { id: 'noOwner', params: { user: 'alice' } }, { id: 'dormant', params: { user: 'alice', since: at('2026-01-01'), idleDays: 329, neverLoggedIn: false } }],
      },
    ],
  },
  {
    name: 'a user created after T does not exist yet; disabled users are not judged',
    profile: users([user({ name: 'future', created_at: '2026-11-27' }), user({ name: 'off', enabled: false }), user({ name: 'bob' })]),
    asOf,
    expect: [{ status: 'pass', subject: 'bob', path: ['account', 'ram_users', 2], line: 21, messages: [{ id: 'ok', params: { user: 'bob', unknown: [] } }] }],
  },
  {
    name: 'two admins is not too many',
    profile: users([admin('a1'), admin('a2'), user({ name: 'x' })]),
    asOf,
    expect: [
      { status: 'pass', subject: 'a1', line: 5, messages: [{ id: 'ok', params: { user: 'a1', unknown: [] } }] },
      { status: 'pass', subject: 'a2', line: 12, messages: [{ id: 'ok', params: { user: 'a2', unknown: [] } }] },
      { status: 'pass', subject: 'x', line: 19, messages: [{ id: 'ok', params: { user: 'x', unknown: [] } }] },
    ],
  },
  {
    name: 'three enabled admins: one account warn after the users',
    profile: users([admin('a1'), admin('a2'), admin('a3'), user({ name: 'off', enabled: false, policies: ['AdministratorAccess'] }), user({ name: 'full', policies: ['AliyunECSFullAccess'] })]),
    asOf,
    expect: [
      { status: 'pass', subject: 'a1', line: 5, messages: [{ id: 'ok', params: { user: 'a1', unknown: [] } }] },
      { status: 'pass', subject: 'a2', line: 12, messages: [{ id: 'ok', params: { user: 'a2', unknown: [] } }] },
      { status: 'pass', subject: 'a3', line: 19, messages: [{ id: 'ok', params: { user: 'a3', unknown: [] } }] },
      { status: 'pass', subject: 'full', line: 34, messages: [{ id: 'ok', params: { user: 'full', unknown: [] } }] },
      { status: 'warn', subject: 'account', path: ['account', 'ram_users'], line: 5, messages: [{ id: 'tooManyAdmins', params: { count: 3, max: 2, users: ['a1', 'a2', 'a3'] } }], data: { admins: ['a1', 'a2', 'a3'], maxAdmins: 2 } },
    ],
  },
  {
    name: 'max_admins option 0: one admin is too many',
    profile: users([admin('a1')]),
    asOf,
    options: { max_admins: 0 },
    expect: [
      { status: 'pass', subject: 'a1', line: 5, messages: [{ id: 'ok', params: { user: 'a1', unknown: [] } }] },
      { status: 'warn', subject: 'account', line: 5, messages: [{ id: 'tooManyAdmins', params: { count: 1, max: 0, users: ['a1'] } }] },
    ],
  },
  {
    name: 'max_admins option 3: three admins pass',
    profile: users([admin('a1'), admin('a2'), admin('a3')]),
    asOf,
    options: { max_admins: 3 },
    expect: [
      { status: 'pass', subject: 'a1', line: 5, messages: [{ id: 'ok', params: { user: 'a1', unknown: [] } }] },
      { status: 'pass', subject: 'a2', line: 12, messages: [{ id: 'ok', params: { user: 'a2', unknown: [] } }] },
      { status: 'pass', subject: 'a3', line: 19, messages: [{ id: 'ok', params: { user: 'a3', unknown: [] } }] },
    ],
  },
]);
