import { defineRule } from '../src/engine/types.js';
import { skipFor, Verdict } from '../src/engine/verdict.js';
import { isEnabledRamUser, olderThan } from '../src/model/credential-facts.js';
import { addDue } from '../src/engine/due.js';
import { factsInstant, happened } from '../src/model/facts.js';
import { DAY_MS, daysSince, formatAgeBeyond, formatBeijing, formatDays, toRfc3339 } from '../src/model/time.js';

const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE_RE = /^\+?[0-9 ()-]+$/;

/** True when a phone number is an optional `+` then digits, spaces, hyphens and parentheses with 7 to 15 digits. */
function validPhone(phone: string): boolean {
  const digits = phone.replace(/\D/g, '').length;
  return PHONE_RE.test(phone) && digits >= 7 && digits <= 15;
}

const orList = (items: string[]) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`);

const messages = {
  noChannel: () => 'The contacts give neither an email nor a phone: notices cannot reach the account (§11.1), and what is not delivered is still at the customer\'s risk (§11.4).',
  badEmail: (p: { email: string }) => `The contact email "${p.email}" is not a valid address: correct it (§11.4).`,
  badPhone: (p: { phone: string }) =>
    `The contact phone "${p.phone}" is not a valid number (an optional + then digits, spaces, hyphens or parentheses, 7 to 15 digits): correct it (§11.4).`,
  missing: (p: { fields: string[] }) =>
    `The contacts have no ${orList(p.fields)}: add ${p.fields.length === 1 ? 'it' : 'them'} (notices go to whichever details are given; paper ones to the postal address, §11.3).`,
  neverVerified: () => 'The contacts have no verified_at: confirm they are current and record when (§11.4).',
  verifiedInFuture: (p: { verified: number; asOf: number }) =>
    `The contacts' verified_at ${formatBeijing(p.verified)} is after the evaluation instant ${formatBeijing(p.asOf)}: as of then they had not been confirmed; correct the date or judge at a later instant (§11.4).`,
  stale: (p: { verified: number; ageMs: number; limit: number }) =>
    `The contacts were last confirmed at ${formatBeijing(p.verified)} (${formatAgeBeyond(p.ageMs, p.limit)} ago), more than ${formatDays(p.limit)} ago: confirm they are current (§11.4).`,
  recipients: (p: { names: string[] }) =>
    p.names.length === 1
      ? `Notice recipient ${p.names[0]!} is not an enabled RAM user: system messages sent to it reach no one (§11.1).`
      : `Notice recipients ${p.names.join(', ')} are not enabled RAM users: system messages sent to them reach no one (§11.1).`,
  notRamUsers: (p: { names: string[] }) =>
    p.names.length === 1
      ? `Notice recipient ${p.names[0]!} is not a RAM user of the account: system messages sent to it reach no one (§11.1).`
      : `Notice recipients ${p.names.join(', ')} are not RAM users of the account: system messages sent to them reach no one (§11.1).`,
  ok: (p: { verified: number }) => `The contact details are complete, well formed and were confirmed at ${formatBeijing(p.verified)}.`,
};

/** §11.1, §11.4: the account keeps true, complete and current contact details for notices. */
export default defineRule({
  id: 'contact-details',
  title: 'Contact details are valid, complete and current',
  clauses: ['11.1', '11.4'],
  description:
    'Notices are delivered to the contact details the customer gives, and a notice that fails because they are wrong or stale is at the customer\'s risk (§11.1, §11.4). Neither email nor phone, or a malformed one, fails; a missing email, phone or postal address warns; details not confirmed within `verified_days` (or never, or only at a `verified_at` after the evaluation instant) warn; a notice recipient that is not a RAM user of the account, or one that is disabled, warns (judged only when `ram_users` is given; such a name does not make the profile invalid).',
  fix:
    'Correct or add the account\'s email, phone and postal address, confirm them, and record the date in `contacts.verified_at` (at least every `verified_days` days). Replace notice recipients that are no longer enabled RAM users.',
  options: (z) => z.strictObject({ verified_days: z.number().int().min(1).default(365) }),
  messages,
  check(profile, { asOf, options }) {
    const contacts = profile.account.contacts;
    if (contacts === undefined) return [skipFor(contacts, 'account.contacts')];
    const { email, phone, address } = contacts;
    const verdict = new Verdict(messages);
    const data: Record<string, unknown> = {};
    const noChannel = email === undefined && phone === undefined;
    if (noChannel) verdict.add('fail', 'noChannel', undefined);
    if (email !== undefined && !EMAIL_RE.test(email)) verdict.add('fail', 'badEmail', { email });
    if (phone !== undefined && !validPhone(phone)) verdict.add('fail', 'badPhone', { phone });
    const missing: string[] = [];
    if (email === undefined) missing.push('email');
    if (phone === undefined) missing.push('phone');
    if (address === undefined) missing.push('address');
    data.missing = missing;
    // With neither email nor phone the fail above already says so; the warn then names only the address.
    const missingToWarn = noChannel ? missing.filter((field) => field === 'address') : missing;
    if (missingToWarn.length > 0) verdict.add('warn', 'missing', { fields: missingToWarn });
    const seen = factsInstant(profile, asOf);
    const verified = happened(contacts.verified_at, asOf) ? contacts.verified_at : undefined;
    if (contacts.verified_at !== undefined && verified === undefined) {
      data.verifiedAt = toRfc3339(contacts.verified_at.at);
      verdict.add('warn', 'verifiedInFuture', { verified: contacts.verified_at.at, asOf });
    } else if (verified === undefined) verdict.add('warn', 'neverVerified', undefined);
    else {
      data.verifiedAt = toRfc3339(verified.at);
      data.daysSinceVerified = daysSince(verified.at, seen);
      addDue(data, asOf, { at: verified.at + options.verified_days * DAY_MS, kind: 'contacts-stale', turnsTo: 'warn' });
      if (olderThan(verified.at, seen, options.verified_days)) {
        verdict.add('warn', 'stale', { verified: verified.at, ageMs: seen - verified.at, limit: options.verified_days });
      }
    }
    const ramUsers = profile.account.ram_users;
    if (contacts.notice_recipients !== undefined && ramUsers !== undefined) {
      const known = new Set(ramUsers.map((user) => user.name));
      const enabled = new Set(ramUsers.filter((user) => isEnabledRamUser(user, asOf)).map((user) => user.name));
      const unknown = contacts.notice_recipients.filter((name) => !known.has(name));
      const strays = contacts.notice_recipients.filter((name) => known.has(name) && !enabled.has(name));
      data.recipientsNotEnabled = strays;
      if (unknown.length > 0) {
        data.recipientsNotRamUsers = unknown;
        verdict.add('warn', 'notRamUsers', { names: unknown });
      }
      if (strays.length > 0) verdict.add('warn', 'recipients', { names: strays });
    }
    // A pass needs a verified_at (its absence warns), so `verified` is set whenever the pass message is used.
    return [verdict.finding('account', ['account', 'contacts'], ['ok', { verified: verified?.at ?? seen }], data)];
  },
});
