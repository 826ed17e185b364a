import { z } from 'zod';
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
  noDate: (p: { notice: string }) =>
    `Notice ${p.notice} has no sent_at (electronic) or posted_at (paper) matching its channel, so its delivery cannot be determined.`,
  notYetSent: (p: { notice: string; dispatchedAt: number }) =>
    `Notice ${p.notice} is dated ${formatBeijing(p.dispatchedAt)}, after the evaluation instant: it had not been sent yet.`,
};

/** §11.3: when each notice counts as delivered (electronic on sending, paper on the 5th day after posting). */
export default defineRule({
  id: 'notice-delivery',
  title: 'When notices count as delivered',
  clauses: ['11.3'],
  description:
    'Electronic written notices (announcements, SMS, email, system and in-site messages) are delivered once sent successfully; a paper notice is deemed delivered on the 5th calendar day after it was posted to the contact address (§11.3), which this rule takes as 00:00 +08:00 of that day. A notice whose sending failed was not delivered.',
  fix:
    'For a failed notice, find out what it said (ask the provider if needed) and correct the contact detail it failed on (see contact-details): a notice lost to wrong contact details is at the customer\'s risk (§11.4). Take the delivery instant in the message as the start of any notice period.',
  options: z.strictObject({}),
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
      const data = { channel: dispatch.channel, delivered: dispatch.deliveredAt <= asOf, deliveredAt: toRfc3339(dispatch.deliveredAt) };
      if (dispatch.paper) return single(messages, 'pass', id, path, 'deemedDelivered', { notice: id, postedAt: dispatchedAt, deliveredAt: dispatch.deliveredAt }, data);
      return single(messages, 'pass', id, path, 'delivered', { notice: id, channel: dispatch.channel, deliveredAt: dispatch.deliveredAt }, data);
    });
  },
});
