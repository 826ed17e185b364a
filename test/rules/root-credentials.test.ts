import rule from '../../rules/root-credentials.js';
import { testRule } from '../helpers/rule-tester.js';

const root = (r: Record<string, unknown>) => ({ account: { root: r } });
const asOf = '2026-11-26';

/** The one finding on account (line 5). */
const on = (status: 'fail', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'account', path: ['account', 'root'], line: 5, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no root section: skip no data', profile: {}, asOf, expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'root section with neither mfa nor access_keys: skip no data',
    profile: root({}),
    asOf,
    expect: [{ status: 'skip', subject: 'account', path: ['account', 'root'], line: 4, messages: [{ id: 'unknown' }], data: { reason: 'no data' } }],
  },
  {
    name: 'MFA on and no keys: pass',
    profile: root({ mfa: true, access_keys: [] }),
    asOf,
    expect: [{ status: 'pass', subject: 'account', path: ['account', 'root'], line: 5, messages: [{ id: 'ok' }], data: { activeRootKeys: [], mfa: true } }],
  },
  {
    name: 'MFA on, only an inactive key: pass',
    profile: root({ mfa: true, access_keys: [{ id: 'LTAIold', status: 'inactive' }] }),
    asOf,
    expect: [{ status: 'pass', subject: 'account', line: 5, messages: [{ id: 'ok' }], data: { activeRootKeys: [] } }],
  },
  {
    name: 'an active root key alone: fail naming it',
    profile: root({ mfa: true, access_keys: [{ id: 'LTAIroot1', status: 'active' }] }),
    asOf,
    expect: on('fail', 'rootKeys', { keys: ['LTAIroot1'] }, { activeRootKeys: ['LTAIroot1'] }),
  },
  { name: 'a root key without status counts as active: fail', profile: root({ mfa: true, access_keys: [{ id: 'LTAInostatus' }] }), asOf, expect: on('fail', 'rootKeys', { keys: ['LTAInostatus'] }) },
  {
    name: 'two active root keys are named together',
    profile: root({ mfa: true, access_keys: [{ id: 'K1' }, { id: 'K2', status: 'inactive' }, { id: 'K3' }] }),
    asOf,
    expect: on('fail', 'rootKeys', { keys: ['K1', 'K3'] }, { activeRootKeys: ['K1', 'K3'] }),
  },
  {
    name: 'MFA off alone: fail',
    profile: root({ mfa: false, access_keys: [] }),
    asOf,
    expect: [{ status: 'fail', subject: 'account', line: 5, messages: [{ id: 'noMfa' }], data: { mfa: false, activeRootKeys: [] } }],
  },
  {
    name: 'MFA off and an active key: fail stating both, key first',
    profile: root({ mfa: false, access_keys: [{ id: 'LTAIroot1' }] }),
    asOf,
    expect: [{ status: 'fail', subject: 'account', line: 5, messages: [{ id: 'rootKeys', params: { keys: ['LTAIroot1'] } }, { id: 'noMfa' }] }],
  },
  {
    name: 'MFA unknown, no keys: pass judging keys only',
    profile: root({ access_keys: [] }),
    asOf,
    expect: [{ status: 'pass', subject: 'account', line: 5, messages: [{ id: 'okKeysOnly' }], data: { mfa: null } }],
  },
  { name: 'MFA unknown and an active key: fail on the key', profile: root({ access_keys: [{ id: 'K1' }] }), asOf, expect: on('fail', 'rootKeys', { keys: ['K1'] }) },
  {
    name: 'MFA on, keys not listed: pass judging MFA only',
    profile: root({ mfa: true }),
    asOf,
    expect: [{ status: 'pass', subject: 'account', line: 5, messages: [{ id: 'okMfaOnly' }], data: { activeRootKeys: null } }],
  },
  {
    name: 'a key created the day after T does not exist yet: pass',
    profile: root({ mfa: true, access_keys: [{ id: 'K1', created_at: '2026-11-27' }] }),
    asOf,
    expect: [{ status: 'pass', subject: 'account', line: 5, messages: [{ id: 'ok' }] }],
  },
  { name: 'a key created on the day of T (00:00, = T) exists: fail', profile: root({ mfa: true, access_keys: [{ id: 'K1', created_at: '2026-11-26' }] }), asOf, expect: on('fail', 'rootKeys', { keys: ['K1'] }) },
  {
    name: 'a key created one second after T (given in UTC) does not exist yet',
    profile: root({ mfa: true, access_keys: [{ id: 'K1', created_at: '2026-11-25T16:00:01Z' }] }),
    asOf,
    expect: [{ status: 'pass', subject: 'account', line: 5, messages: [{ id: 'ok' }] }],
  },
]);
