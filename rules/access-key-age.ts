import { defineRule } from '../src/engine/types.js';
import { single, skipAccount, Verdict } from '../src/engine/verdict.js';
import { activeKeys, atLeastDaysAgo, listsAnyKeys, olderThan } from '../src/model/credential-facts.js';
import { addDue, type Due } from '../src/engine/due.js';
import { factsInstant, happened } from '../src/model/facts.js';
import { DAY_MS, daysSince, formatAgeBeyond, formatBeijing, formatDays, toRfc3339 } from '../src/model/time.js';

const holderName = (holder: string) => (holder === 'root' ? 'the root account' : `RAM user ${holder}`);

type Key = { key: string; holder: string };

const messages = {
  tooOld: (p: Key & { created: number; ageMs: number; limit: number }) =>
    `AccessKey ${p.key} of ${holderName(p.holder)} is older than ${formatDays(p.limit)} (created ${formatBeijing(p.created)}, ${formatAgeBeyond(p.ageMs, p.limit)} ago): rotate it now (§4.5).`,
  old: (p: Key & { created: number; ageMs: number; limit: number }) =>
    `AccessKey ${p.key} of ${holderName(p.holder)} is older than ${formatDays(p.limit)} (created ${formatBeijing(p.created)}, ${formatAgeBeyond(p.ageMs, p.limit)} ago): plan its rotation (§4.5).`,
  unused: (p: Key & { since: number; idleDays: number; neverUsed: boolean }) =>
    `AccessKey ${p.key} of ${holderName(p.holder)} ${p.neverUsed ? 'has never been used since it was created at' : 'was last used at'} ${formatBeijing(p.since)} (${formatDays(p.idleDays)} ago): disable or delete it.`,
  twoKeys: (p: Key & { count: number }) =>
    `AccessKey ${p.key} is one of ${p.count} active AccessKeys of ${holderName(p.holder)}: keep one, and disable the others once rotation is done.`,
  ok: (p: Key) => `AccessKey ${p.key} of ${holderName(p.holder)} is within the age and use limits.`,
  undated: (p: Key) => `AccessKey ${p.key} of ${holderName(p.holder)} has neither created_at nor last_used_at, so its age and use were not judged.`,
};

/** When a key created at `created` turns old after `days` (none for a key without created_at). */
function tooOld(created: { at: number } | undefined, days: number, turnsTo: 'warn' | 'fail'): Due | undefined {
  return created ? { at: created.at + days * DAY_MS, kind: 'key-too-old', turnsTo } : undefined;
}

/** §4.5: active AccessKeys are rotated before they grow old, and unused ones are removed. */
export default defineRule({
  id: 'access-key-age',
  title: 'AccessKeys are rotated and unused ones removed',
  clauses: ['4.5'],
  description:
    'The customer answers for keeping its keys secret (§4.5); an old or forgotten AccessKey is the usual leak. For each active key of the root account and of RAM users (a key without `status` counts as active; one created after the evaluation instant does not exist yet): older than `fail_age_days` fails, older than `warn_age_days` warns, unused for `unused_days` or more (since `last_used_at`, else `created_at`) warns, and a holder with two active keys warns on each.',
  fix:
    'Rotate an old key: create a second key for the same user, move every program to it, then disable and delete the old one (mark it `status: inactive` or remove it). Disable or delete keys unused for `unused_days`, and keep one active key per user outside a rotation.',
  options: (z) => {
    const days = z.number().int().min(1);
    return z.strictObject({ warn_age_days: days.default(90), fail_age_days: days.default(180), unused_days: days.default(90) });
  },
  messages,
  check(profile, { asOf, options }) {
    const keys = activeKeys(profile, asOf);
    const seen = factsInstant(profile, asOf);
    if (keys.length === 0) return [skipAccount(listsAnyKeys(profile) ? 'not applicable' : 'no data', 'active access keys of root or RAM users')];
    return keys.map(({ key, holder, path, holderActiveKeys }) => {
      const keyId = key.id;
      const verdict = new Verdict(messages);
      const data: Record<string, unknown> = { holder, activeKeysOfHolder: holderActiveKeys };
      const created = key.created_at;
      if (created !== undefined) {
        const ageMs = seen - created.at;
        data.createdAt = toRfc3339(created.at);
        data.ageDays = daysSince(created.at, seen);
        if (olderThan(created.at, seen, options.fail_age_days)) verdict.add('fail', 'tooOld', { key: keyId, holder, created: created.at, ageMs, limit: options.fail_age_days });
        else if (olderThan(created.at, seen, options.warn_age_days)) verdict.add('warn', 'old', { key: keyId, holder, created: created.at, ageMs, limit: options.warn_age_days });
      }
      const lastUsed = happened(key.last_used_at, seen) ? key.last_used_at : undefined;
      const since = lastUsed ?? created;
      if (since !== undefined) {
        const idleDays = daysSince(since.at, seen);
        data.lastUsedAt = lastUsed ? toRfc3339(lastUsed.at) : null;
        data.idleDays = idleDays;
        if (atLeastDaysAgo(since.at, seen, options.unused_days)) verdict.add('warn', 'unused', { key: keyId, holder, since: since.at, idleDays, neverUsed: !lastUsed });
      }
      const unused: Due | undefined = since === undefined ? undefined : { at: since.at + options.unused_days * DAY_MS, kind: 'key-unused', turnsTo: 'warn' };
      addDue(data, asOf, tooOld(created, options.warn_age_days, 'warn'), tooOld(created, options.fail_age_days, 'fail'), unused);
      if (holderActiveKeys >= 2) verdict.add('warn', 'twoKeys', { key: keyId, holder, count: holderActiveKeys });
      const id = { key: keyId, holder };
      if (since === undefined && verdict.clean) return single(messages, 'skip', keyId, path, 'undated', id, { ...data, reason: 'no data' });
      return verdict.finding(keyId, path, ['ok', id], data);
    });
  },
});
