import { defineRule } from '../src/engine/types.js';
import { single, skipFor } from '../src/engine/verdict.js';
import { noticeDispatch } from '../src/model/notice-facts.js';
import { beijingDay, formatBeijing, formatDay, toRfc3339 } from '../src/model/time.js';

const messages = {
  delivered: (p: { notice: string; channel: string; deliveredAt: number }) =>
    `Notice ${p.notice} (${p.channel}) was delivered at ${formatBeijing(p.deliveredAt)}.`,
  deemedDelivered: (p: { notice: string; postedAt: number; deliveredAt: number }) =>
    `Notice ${p.notice} (paper, posted on ${formatDay(beijingDay(p.postedAt))}) is deemed delivered at ${formatBeijing(p.deliveredAt)}, the 5th calendar day after posting.`,
  failed: (p: { notice: string; channel: string; dispatchedAt?: number }) =>
    `Notice ${p.notice} (${p.channel}) was not delivered: its sending failed${p.dispatchedAt === undefined ? '' : ` at ${formatBeijing(p.dispatchedAt)}`}.`,
  noContact: (p: { notice: string; channel: 'email' | 'sms' | 'paper'; field: 'email' | 'phone' | 'address' }) =>
    `Notice ${p.notice} was sent by ${p.channel}, but the account gives no ${p.field} in its contacts: notices are delivered to the contact details the account gave (§11.2), so this one did not reach it; add the ${p.field} (§11.1, §11.4).`,
  noDate: (p: { notice: string }) =>
    `Notice ${p.notice} has no sent_at (electronic) or posted_at (paper) matching its channel, so its delivery cannot be determined.`,
  notYetSent: (p: { notice: string; dispatchedAt: number }) =>
    `Notice ${p.notice} is dated ${formatBeijing(p.dispatchedAt)}, after the evaluation instant: it had not been sent yet.`,
};

/** The contact detail each channel needs (clause 11.2: notices go to the contact details given); system messages and announcements need none. */
const CONTACT_FOR = { email: 'email', sms: 'phone', paper: 'address' } as const;

/** §11.3, §11.2: when each notice counts as delivered, and whether its channel reaches a contact detail of the account. */
export default defineRule({
  id: 'notice-delivery',
  title: 'When notices count as delivered',
  clauses: ['11.3', '11.2'],
  description:
    'Electronic written notices (announcements, SMS, email, system and in-site messages) are delivered once sent successfully; a paper notice is deemed delivered on the 5th calendar day after it was posted to the contact address (§11.3), which this rule takes as 00:00 +08:00 of that day. A notice whose sending failed was not delivered. Notices go to the contact details the customer gave (§11.2): when `account.contacts` is given, an email, SMS or paper notice sent on a channel for which it holds no email, phone or postal address warns (system messages and website announcements need no contact detail).',
  fix:
    'For a failed notice, find out what it said (ask the provider if needed) and correct the contact detail it failed on (see contact-details): a notice lost to wrong contact details is at the customer\'s risk (§11.4). Take the delivery instant in the message as the start of any notice period.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const all = profile.notices ?? [];
    if (all.length === 0) return [skipFor(profile.notices, 'notices')];
    return all.map((notice, i) => {
      const path = ['notices', i];
      const id = notice.id;
      const dispatch = noticeDispatch(notice);
      if (notice.status === 'failed' && (dispatch === undefined || dispatch.dispatched.at <= asOf)) {
        const channel = dispatch?.channel ?? notice.channel ?? 'channel unknown';
        return single(messages, 'warn', id, path, 'failed', { notice: id, channel, dispatchedAt: dispatch?.dispatched.at }, { channel, delivered: false });
      }
      if (dispatch === undefined) return single(messages, 'skip', id, path, 'noDate', { notice: id }, { reason: 'no data' });
      const dispatchedAt = dispatch.dispatched.at;
      if (dispatchedAt > asOf) return single(messages, 'skip', id, path, 'notYetSent', { notice: id, dispatchedAt }, { reason: 'not applicable' });
      const contacts = profile.account.contacts;
      const channel = dispatch.channel;
      if (contacts !== undefined && (channel === 'email' || channel === 'sms' || channel === 'paper') && contacts[CONTACT_FOR[channel]] === undefined) {
        const field = CONTACT_FOR[channel];
        return single(messages, 'warn', id, path, 'noContact', { notice: id, channel, field }, { channel, delivered: false, missingContact: field });
      }
      const data = { channel: dispatch.channel, delivered: dispatch.deliveredAt <= asOf, deliveredAt: toRfc3339(dispatch.deliveredAt) };
      if (dispatch.paper) return single(messages, 'pass', id, path, 'deemedDelivered', { notice: id, postedAt: dispatchedAt, deliveredAt: dispatch.deliveredAt }, data);
      return single(messages, 'pass', id, path, 'delivered', { notice: id, channel: dispatch.channel, deliveredAt: dispatch.deliveredAt }, data);
    });
  },
});
