/** When a provider notice counts as delivered (clause 11.3), shared by notice-delivery and notice-period. */
import type { Notice } from './profile.js';
import { beijingDay, beijingMidnight, type When } from './time.js';

/** Calendar days after the posting day on which a paper notice is deemed delivered (clause 11.3). */
const PAPER_DELIVERY_DAYS = 5;

/** How a notice was dispatched and when it counts as delivered. */
export interface Dispatch {
  /** The written channel (`email`, `sms`, `message`, `announcement`, `paper`), or `electronic` when only `sent_at` says so. */
  channel: string;
  /** True for paper (posted) notices. */
  paper: boolean;
  /** `sent_at` for electronic notices, `posted_at` for paper. */
  dispatched: When;
  /** The delivery instant: `sent_at`, or 00:00 +08:00 of the 5th calendar day after the posting day. */
  deliveredAt: number;
}

/** The deemed delivery of a paper notice: 00:00 +08:00 of the 5th calendar day after the posting day. */
export function paperDeliveryInstant(postedAt: number): number {
  return beijingMidnight(beijingDay(postedAt) + PAPER_DELIVERY_DAYS);
}

/**
 * The dispatch of a notice, or undefined when its date is missing. Without `channel`, a notice with
 * only `posted_at` is paper and one with only `sent_at` is electronic.
 */
export function noticeDispatch(notice: Notice): Dispatch | undefined {
  const channel = notice.channel ?? (notice.posted_at && !notice.sent_at ? 'paper' : notice.sent_at ? 'electronic' : undefined);
  if (channel === 'paper') {
    if (!notice.posted_at) return undefined;
    return { channel, paper: true, dispatched: notice.posted_at, deliveredAt: paperDeliveryInstant(notice.posted_at.at) };
  }
  if (channel === undefined || !notice.sent_at) return undefined;
  return { channel, paper: false, dispatched: notice.sent_at, deliveredAt: notice.sent_at.at };
}
