import { defineRule } from '../src/engine/types.js';
import { single, skipFor, Verdict } from '../src/engine/verdict.js';
import { formatMoney, type Money, toDecimalString } from '../src/model/money.js';
import { addDue } from '../src/engine/due.js';
import { noticeDispatch } from '../src/model/notice-facts.js';
import type { Notice } from '../src/model/profile.js';
import { DAY_MS, daysSince, formatBeijing, formatDays, toRfc3339 } from '../src/model/time.js';
import { mapIndexed } from '../src/rule-kit.js';

const KIND_TEXT = { 'agreement-change': 'agreement change', termination: 'termination', 'service-change': 'service change' } as const;
type Kind = keyof typeof KIND_TEXT;

const messages = {
  enoughNotice: (p: { notice: string; kind: Kind; effectiveAt?: number; days?: number; refund?: Money }) => {
    const parts: string[] = [];
    if (p.effectiveAt !== undefined) parts.push(`takes effect at ${formatBeijing(p.effectiveAt)}, ${formatDays(p.days ?? 0)} after delivery`);
    if (p.refund !== undefined) parts.push(`records a refund of ${formatMoney(p.refund)}`);
    return `Notice ${p.notice} (${KIND_TEXT[p.kind]}) ${parts.join(' and ')}.`;
  },
  shortNotice: (p: { notice: string; kind: Kind; deliveredAt: number; effectiveAt: number; days: number; required: number }) =>
    p.effectiveAt <= p.deliveredAt
      ? `Notice ${p.notice} (${KIND_TEXT[p.kind]}) takes effect at ${formatBeijing(p.effectiveAt)}, no later than its delivery at ${formatBeijing(p.deliveredAt)}: ${formatDays(p.required)}' notice is required.`
      : `Notice ${p.notice} (${KIND_TEXT[p.kind]}) takes effect at ${formatBeijing(p.effectiveAt)}, only ${formatDays(p.days)} after its delivery at ${formatBeijing(p.deliveredAt)}: ${formatDays(p.required)}' notice is required.`,
  notInAdvance: (p: { notice: string; deliveredAt: number; effectiveAt: number }) =>
    `Notice ${p.notice} (service change) was delivered at ${formatBeijing(p.deliveredAt)}, not before the change took effect at ${formatBeijing(p.effectiveAt)}: changes and discontinuations of a service are to be announced in advance (§9.4).`,
  notAnnounced: (p: { notice: string; channel: string }) =>
    `Agreement change ${p.notice} was notified by ${p.channel}, and no website announcement (公告) of a change taking effect at the same instant is recorded: changes to the agreement are announced on the website (§14.2).`,
  notDelivered: (p: { notice: string; kind: Kind }) =>
    `Notice ${p.notice} (${KIND_TEXT[p.kind]}) was not delivered (its sending failed), so its notice period has not started.`,
  noRefund: (p: { notice: string }) =>
    `Termination notice ${p.notice} records no refund: prepaid fees not yet used are to be refunded to the account (§9.3.4).`,
  noData: (p: { notice: string; missing: string[] }) => `Notice ${p.notice} has no ${p.missing.join(' and no ')}, so its notice period cannot be judged.`,
  notYetSent: (p: { notice: string; dispatchedAt: number }) =>
    `Notice ${p.notice} is dated ${formatBeijing(p.dispatchedAt)}, after the evaluation instant: it had not been given yet.`,
};

/** The effective instants of agreement changes announced on the website: a change notified elsewhere is announced when its instant is here (the same change, §14.2 公告). */
function announcedOnWebsite(notices: readonly Notice[]): Set<number | undefined> {
  return new Set(notices.filter((n) => n.kind === 'agreement-change' && n.channel === 'announcement' && n.status !== 'failed').map((n) => n.effective_at?.at));
}

/** §14.2, §9.3.4, §9.4: agreement changes and terminations are notified 30 days ahead (changes on the website), service changes before they take effect. */
export default defineRule({
  id: 'notice-period',
  title: 'Changes and terminations come with 30 days\' notice',
  clauses: ['14.2', '9.3.4', '9.4'],
  description:
    'The provider announces changes to the agreement 30 days in advance (§14.2) and may end the agreement on 30 days\' notice, refunding prepaid fees not yet used (§9.3.4). The notice period runs from delivery under §11.3 (sending, or the 5th calendar day after posting) to `effective_at` and must be at least `notice_days` × 24 h. An agreement change is to be announced on the website (§14.2 在阿里云网站的适当版面公告): one notified only by another channel, with no `announcement` notice of a change taking effect at the same instant, warns. A `service-change` notice (a service changed or discontinued, §9.4) must arrive before the change takes effect: one delivered at or after `effective_at` warns.',
  fix:
    'Raise a notice with less than `notice_days` × 24 h between delivery and `effective_at` with the provider before it takes effect. For a termination, claim the refund of unused prepaid fees (§9.3.4) and record it as `refund`.',
  options: (z) => z.strictObject({ notice_days: z.number().int().min(1).default(30) }),
  messages,
  check(profile, { asOf, options }) {
    const all = profile.notices ?? [];
    const subject = (n: Notice) => n.kind === 'agreement-change' || n.kind === 'termination' || n.kind === 'service-change';
    if (!all.some(subject)) return [skipFor(profile.notices, 'agreement-change, termination or service-change notices')];
    const announced = announcedOnWebsite(all);
    return mapIndexed(all, subject, (notice, index) => {
      const id = notice.id;
      const kind = notice.kind as Kind;
      const path = ['notices', index];
      const dispatch = noticeDispatch(notice);
      if (dispatch && dispatch.dispatched.at > asOf) {
        return single(messages, 'skip', id, path, 'notYetSent', { notice: id, dispatchedAt: dispatch.dispatched.at }, { reason: 'not applicable' });
      }
      const verdict = new Verdict(messages);
      const data: Record<string, unknown> = {};
      const effectiveAt = notice.effective_at?.at;
      let judged = false;
      let noticeDays: number | undefined;
      if (effectiveAt !== undefined && notice.status !== 'failed') addDue(data, asOf, { at: effectiveAt, kind: 'notice-effective', turnsTo: 'warn' });
      if (notice.status === 'failed') {
        judged = true;
        verdict.add('warn', 'notDelivered', { notice: id, kind });
      } else if (dispatch && effectiveAt !== undefined) {
        judged = true;
        const deliveredAt = dispatch.deliveredAt;
        noticeDays = daysSince(deliveredAt, effectiveAt);
        data.deliveredAt = toRfc3339(deliveredAt);
        data.effectiveAt = toRfc3339(effectiveAt);
        data.noticeDays = noticeDays;
        if (kind === 'service-change') {
          if (deliveredAt >= effectiveAt) verdict.add('warn', 'notInAdvance', { notice: id, deliveredAt, effectiveAt });
        } else if (effectiveAt - deliveredAt < options.notice_days * DAY_MS) {
          verdict.add('warn', 'shortNotice', { notice: id, kind, deliveredAt, effectiveAt, days: noticeDays, required: options.notice_days });
        }
      }
      if (kind === 'agreement-change' && notice.channel !== undefined && notice.channel !== 'announcement' && !announced.has(effectiveAt)) {
        judged = true;
        verdict.add('warn', 'notAnnounced', { notice: id, channel: notice.channel });
      }
      if (kind === 'termination') {
        judged = true;
        if (notice.refund === undefined) verdict.add('warn', 'noRefund', { notice: id });
        else data.refund = toDecimalString(notice.refund);
      }
      if (!judged) {
        const missing = [dispatch ? '' : 'delivery date (sent_at, or posted_at for paper)', effectiveAt === undefined ? 'effective_at' : ''].filter(Boolean);
        return single(messages, 'skip', id, path, 'noData', { notice: id, missing }, { reason: 'no data' });
      }
      return verdict.finding(id, path, ['enoughNotice', { notice: id, kind, effectiveAt: noticeDays === undefined ? undefined : effectiveAt, days: noticeDays, refund: notice.refund }], data);
    });
  },
});
