import { addDue } from '../src/engine/due.js';
import { defineRule } from '../src/engine/types.js';
import { single, skipFor } from '../src/engine/verdict.js';
import { DAY_MS, daysSince, formatBeijing, formatDays, toRfc3339 } from '../src/model/time.js';

const messages = {
  stale: (p: { captured: number; ageDays: number; limit: number }) =>
    `The profile was captured at ${formatBeijing(p.captured)}, ${formatDays(p.ageDays)} before the evaluation instant (more than ${formatDays(p.limit)}): what happened since is unknown, so backups, key and sign-in use and contact checks are judged as of the capture. Capture the account again.`,
  fresh: (p: { captured: number; ageDays: number }) =>
    `The profile was captured at ${formatBeijing(p.captured)}, ${formatDays(p.ageDays)} before the evaluation instant.`,
  later: (p: { captured: number }) =>
    `The profile was captured at ${formatBeijing(p.captured)}, after the evaluation instant: facts dated after the evaluation instant are treated as not yet happened.`,
};

/** §4.5, §4.7, §11.4: the recency judgements rest on a recent capture of the account. */
export default defineRule({
  id: 'snapshot-age',
  title: 'The profile is a recent capture of the account',
  clauses: ['4.5', '4.7', '11.4'],
  description:
    'A profile is a capture of the account at `captured_at`; what happened after it is unknown, not missing. The rules that judge how recent something is — backups (§4.7), AccessKey and console use (§4.5), verified contact details (§11.4) — judge as of the capture, so a capture older than `max_age_days` at the evaluation instant warns: those judgements may be out of date.',
  fix: 'Capture the account again (export or import a fresh profile) and set `captured_at` to when the facts were taken; or raise `max_age_days` in the config if older captures are acceptable.',
  options: (z) => z.strictObject({ max_age_days: z.number().int().min(1).default(7) }),
  messages,
  check(profile, { asOf, options }) {
    const captured = profile.captured_at;
    if (captured === undefined) return [skipFor(captured, 'captured_at')];
    const path = ['captured_at'];
    const data: Record<string, unknown> = { capturedAt: toRfc3339(captured.at), maxAgeDays: options.max_age_days };
    if (captured.at > asOf) return [single(messages, 'pass', 'account', path, 'later', { captured: captured.at }, data)];
    const ageDays = daysSince(captured.at, asOf);
    data.ageDays = ageDays;
    const staleAt = captured.at + options.max_age_days * DAY_MS;
    if (asOf > staleAt) return [single(messages, 'warn', 'account', path, 'stale', { captured: captured.at, ageDays, limit: options.max_age_days }, data)];
    addDue(data, asOf, { at: staleAt, kind: 'snapshot-stale', turnsTo: 'warn' });
    return [single(messages, 'pass', 'account', path, 'fresh', { captured: captured.at, ageDays }, data)];
  },
});
