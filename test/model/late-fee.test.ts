import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billStanding } from '../../src/model/late-fee.js';
import { parseMoney } from '../../src/model/money.js';
import type { Bill } from '../../src/model/profile.js';
import { beijingDay, DAY_MS, parseWhen, type When } from '../../src/model/time.js';

const at = (text: string): When => {
  const w = parseWhen(text);
  if (typeof w === 'string') throw new Error(w);
  return w;
};
const yuan = (text: string) => parseMoney(text)!;
const bill = (amount: string, due: string, payments: [string, string][] = []): Bill => ({
  id: 'b1',
  amount: yuan(amount),
  due: at(due),
  payments: payments.map(([a, p]) => ({ amount: yuan(a), paid_at: at(p) })),
});

describe('billStanding', () => {
  it('the spec example: ¥1234.56 due 2026-11-09, unpaid, at 2026-11-26 00:00 → 17 days, ¥10.49', () => {
    const s = billStanding(bill('1234.56', '2026-11-09'), at('2026-11-26').at);
    expect(s.overdueAt).toBe(at('2026-11-10').at);
    expect(s.days).toBe(17);
    expect(s.principalDays).toBe(17n * yuan('1234.56'));
    expect(s.lateFee).toBe(yuan('10.49'));
    expect(s.outstanding).toBe(yuan('1234.56'));
    expect(s.paidInFullAt).toBeUndefined();
  });

  it('counts the day T falls on even at its last second, and not the next', () => {
    expect(billStanding(bill('1234.56', '2026-11-09'), at('2026-11-26T23:59:59').at).days).toBe(17);
    expect(billStanding(bill('1234.56', '2026-11-09'), at('2026-11-10T00:00:00').at).days).toBe(1);
    expect(billStanding(bill('1234.56', '2026-11-09'), at('2026-11-09T23:59:59').at).days).toBe(0);
  });

  it('a payment at any moment of the due day is on time and reduces the principal from the first fee day', () => {
    const full = billStanding(bill('1234.56', '2026-11-09', [['1234.56', '2026-11-09T23:59:59']]), at('2026-11-26').at);
    expect([full.unpaidAtDue, full.days, full.lateFee]).toEqual([0n, 0, 0n]);
    const part = billStanding(bill('1234.56', '2026-11-09', [['234.56', '2026-11-09T23:59:59']]), at('2026-11-26').at);
    expect([part.unpaidAtDue, part.days, part.lateFee]).toEqual([yuan('1000'), 17, yuan('8.50')]);
  });

  it('payments spread over overdue days step the principal down from the day after each', () => {
    // Nov 10, 11, 12 at ¥1000; Nov 13, 14, 15 at ¥600; zero from Nov 16.
    const s = billStanding(bill('1000', '2026-11-09', [['400', '2026-11-12T10:00'], ['600', '2026-11-15T00:00:00']]), at('2026-11-26').at);
    expect(s.days).toBe(6);
    expect(s.principalDays).toBe(yuan('4800'));
    expect(s.lateFee).toBe(yuan('2.40'));
    expect(s.outstanding).toBe(0n);
    expect(s.paidInFullAt).toBe(at('2026-11-15T00:00:00').at);
  });

  it('a payment at 00:00:00 is made on that day and counts from the next', () => {
    const s = billStanding(bill('1000', '2026-11-09', [['1000', '2026-11-10T00:00:00']]), at('2026-11-26').at);
    expect([s.days, s.lateFee]).toEqual([1, yuan('0.50')]);
  });

  it('payments dated after T have not happened', () => {
    const s = billStanding(bill('1000', '2026-11-09', [['1000', '2026-11-20']]), at('2026-11-12').at);
    expect([s.outstanding, s.days, s.paidInFullAt]).toEqual([yuan('1000'), 3, undefined]);
  });

  it('overpayment leaves nothing outstanding, never a negative principal', () => {
    const s = billStanding(bill('100', '2026-11-09', [['150', '2026-11-11']]), at('2026-11-26').at);
    expect([s.outstanding, s.days, s.lateFee]).toEqual([0n, 2, yuan('0.10')]);
  });

  it('a zero-amount bill owes nothing and accrues nothing', () => {
    const s = billStanding(bill('0', '2026-11-09'), at('2026-11-26').at);
    expect([s.outstanding, s.unpaidAtDue, s.days, s.lateFee, s.paidInFullAt]).toEqual([0n, 0n, 0, 0n, undefined]);
  });

  it('rounds half away from zero to the fen only at the end', () => {
    const one = (amount: string, days: number) => billStanding(bill(amount, '2026-11-09'), at('2026-11-09').at + days * 86_400_000).lateFee;
    expect(one('10.00', 1)).toBe(yuan('0.01')); // exactly 0.005
    expect(one('9.99', 1)).toBe(0n); // 0.004995
    expect(one('10.01', 30)).toBe(yuan('0.15')); // 0.15015; per-day rounding would give 0.30
    expect(one('9.00', 3)).toBe(yuan('0.01')); // 0.0135; per-day rounding would give 0.00
  });

  it('a due date-time is the instant; fees start the next Beijing day', () => {
    const evening = billStanding(bill('1000', '2026-11-09T18:00:00'), at('2026-11-09T20:00').at);
    expect([evening.overdueAt, evening.days, evening.lateFee]).toEqual([at('2026-11-09T18:00:00+08:00').at, 0, 0n]);
    const midnight = billStanding(bill('1000', '2026-11-10T00:00:00+08:00'), at('2026-11-10T00:00').at);
    expect(midnight.days).toBe(1); // due the instant Nov 9 ends, like a date due of 2026-11-09
    const utc = billStanding(bill('1000', '2026-11-09T16:00:00Z'), at('2026-11-10T00:00').at);
    expect(utc.days).toBe(1);
  });

  it('counts Feb 29 in a leap year', () => {
    const s = billStanding(bill('1000', '2028-02-27'), at('2028-03-02').at);
    expect(s.days).toBe(4); // Feb 28, Feb 29, Mar 1, Mar 2
    expect(s.lateFee).toBe(yuan('2.00'));
  });

  it('gives what the clause reads day by day, for any payments in any order (ties, before and after the due date, after T)', () => {
    /** Clause 3.4 read literally: each fee day in turn, its principal at 00:00 (the oracle). */
    const dayByDay = (b: Bill, asOf: number) => {
      const overdueAt = b.due.isDate ? b.due.at + DAY_MS : b.due.at;
      const made = (b.payments ?? []).filter((p) => p.paid_at.at <= asOf);
      let principalDays = 0n;
      let days = 0;
      for (let day = beijingDay(overdueAt - 1) + 1; day <= beijingDay(asOf); day++) {
        const principal = made.reduce((left, p) => (beijingDay(p.paid_at.at) < day ? left - p.amount : left), b.amount);
        if (principal <= 0n) break;
        principalDays += principal;
        days += 1;
      }
      return { days, principalDays };
    };
    const due = at('2026-10-01').at;
    const payment = fc.record({ amount: fc.bigInt({ min: 0n, max: 500_000_000n }), paid_at: fc.integer({ min: -20 * 24, max: 80 * 24 }).map((h) => ({ text: '', isDate: false, at: due + h * 3_600_000 })) });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1_000_000_000n }), fc.boolean(), fc.array(payment, { maxLength: 6 }), fc.integer({ min: -5, max: 70 }), (amount, isDate, payments, asOfDays) => {
        const b: Bill = { id: 'b', amount, due: { text: '', isDate, at: due }, payments };
        const asOf = due + asOfDays * DAY_MS + 3_600_000;
        const s = billStanding(b, asOf);
        expect({ days: s.days, principalDays: s.principalDays }).toEqual(dayByDay(b, asOf));
      }),
      { numRuns: 3_000, seed: 20261202 },
    );
  });
});
