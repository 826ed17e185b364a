import { defineRule } from '../src/engine/types.js';
import { single, skipFor, Verdict } from '../src/engine/verdict.js';
import { isActiveKey } from '../src/model/credential-facts.js';

const messages = {
  rootKeys: (p: { keys: string[] }) =>
    `The root account has ${p.keys.length === 1 ? 'an active AccessKey' : `${p.keys.length} active AccessKeys`} (${p.keys.join(', ')}): delete ${p.keys.length === 1 ? 'it' : 'them'} and give programs RAM users' keys instead; whoever holds a root key controls the whole account.`,
  noMfa: () => 'The root account has no MFA: turn it on; a leaked root password alone then opens the whole account.',
  ok: () => 'The root account has MFA on and no active AccessKey.',
  okMfaOnly: () => 'The root account has MFA on (its AccessKeys are not listed, so they were not judged).',
  okKeysOnly: () => 'The root account has no active AccessKey (whether it has MFA is not given, so that was not judged).',
  unknown: () => 'The root section gives neither `mfa` nor `access_keys`, so nothing could be judged.',
};

/** §4.5: the main account's credentials are the customer's to keep safe: no root AccessKey, MFA on. */
export default defineRule({
  id: 'root-credentials',
  title: 'The root account has MFA and no AccessKey',
  clauses: ['4.5'],
  description:
    'The customer answers for the secrecy of its passwords and keys (§4.5). An AccessKey on the root (main) account grants every permission and cannot be restricted, and a root account without MFA falls to a single leaked password. The rule fails on an active root AccessKey (status absent counts as active) and on `root.mfa: false`; an absent `mfa` is unknown and not judged.',
  fix:
    'Disable and then delete every AccessKey of the root account, giving programs keys of RAM users with narrow policies instead, and turn on MFA for the root account. Then remove the keys from `root.access_keys` (or mark them `status: inactive`) and set `root.mfa: true`.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const root = profile.account.root;
    if (root === undefined) return [skipFor(root, 'account.root')];
    const path = ['account', 'root'];
    const keysListed = root.access_keys !== undefined;
    const mfaKnown = root.mfa !== undefined;
    if (!keysListed && !mfaKnown) return [single(messages, 'skip', 'account', path, 'unknown', undefined, { reason: 'no data' })];
    const active = (root.access_keys ?? []).filter((key) => isActiveKey(key, asOf)).map((key) => key.id);
    const verdict = new Verdict(messages);
    if (active.length > 0) verdict.add('fail', 'rootKeys', { keys: active });
    if (root.mfa === false) verdict.add('fail', 'noMfa', undefined);
    const data: Record<string, unknown> = { activeRootKeys: keysListed ? active : null, mfa: root.mfa ?? null };
    const pass = !keysListed ? 'okMfaOnly' : !mfaKnown ? 'okKeysOnly' : 'ok';
    return [verdict.finding('account', path, [pass, undefined], data)];
  },
});
