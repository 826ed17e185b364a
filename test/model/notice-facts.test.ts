import { describe, expect, it } from 'vitest';
import { noticeDispatch, paperDeliveryInstant } from '../../src/model/notice-facts.js';
import type { Notice } from '../../src/model/profile.js';
import { parseWhen, toRfc3339, type When } from '../../src/model/time.js';

const when = (text: string) => parseWhen(text) as When;
const notice = (extra: Partial<Notice>): Notice => ({ id: 'n1', status: 'sent', ...extra });

describe('notice delivery (clause 11.3)', () => {
  it('delivers paper at 00:00 +08:00 of the 5th calendar day after the posting day', () => {
    expect(toRfc3339(paperDeliveryInstant(when('2026-10-01').at))).toBe('2026-10-06T00:00:00+08:00');
    expect(toRfc3339(paperDeliveryInstant(when('2026-10-01T23:59:59').at))).toBe('2026-10-06T00:00:00+08:00');
    expect(toRfc3339(paperDeliveryInstant(when('2026-09-30T15:59:59Z').at))).toBe('2026-10-05T00:00:00+08:00');
    expect(toRfc3339(paperDeliveryInstant(when('2028-02-25').at))).toBe('2028-03-01T00:00:00+08:00');
    expect(toRfc3339(paperDeliveryInstant(when('2027-02-25').at))).toBe('2027-03-02T00:00:00+08:00');
  });

  it('delivers electronic notices at sent_at and infers the channel from the date given', () => {
    expect(noticeDispatch(notice({ channel: 'email', sent_at: when('2026-10-01T10:00') }))).toMatchObject({ channel: 'email', paper: false, deliveredAt: when('2026-10-01T10:00').at });
    expect(noticeDispatch(notice({ sent_at: when('2026-10-01T10:00') }))).toMatchObject({ channel: 'electronic', paper: false });
    expect(noticeDispatch(notice({ posted_at: when('2026-10-01') }))).toMatchObject({ channel: 'paper', paper: true, deliveredAt: when('2026-10-06').at });
  });

  it('gives no dispatch when the channel\'s date is missing', () => {
    expect(noticeDispatch(notice({ channel: 'paper', sent_at: when('2026-10-01') }))).toBeUndefined();
    expect(noticeDispatch(notice({ channel: 'email', posted_at: when('2026-10-01') }))).toBeUndefined();
    expect(noticeDispatch(notice({}))).toBeUndefined();
  });
});
