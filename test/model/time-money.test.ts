import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divRound, formatMoney, parseMoney, roundToFen, scaleToFen, toDecimalString } from '../../src/model/money.js';
import { daysLeft, daysSince, formatAgeBeyond, formatBeijing, formatSpan, inclusiveEnd, parseWhen, periodEnd, toRfc3339, type When } from '../../src/model/time.js';

const when = (text: string) => parseWhen(text) as When;

describe('time: Beijing time, whatever the machine zone', () => {
  it('reads a date as 00:00 +08:00 and a date-time without offset as Beijing time', () => {
    expect(toRfc3339(when('2026-11-26').at)).toBe('2026-11-26T00:00:00+08:00');
    expect(when('2026-11-26T09:30').at).toBe(Date.UTC(2026, 10, 26, 1, 30));
    expect(when('2026-11-26 09:30:15.250Z').at).toBe(Date.UTC(2026, 10, 26, 9, 30, 15, 250));
    expect(when('2026-11-26T09:30:00-05:00').at).toBe(Date.UTC(2026, 10, 26, 14, 30));
  });

  it('ends an inclusive end date at the next day 00:00 +08:00', () => {
    expect(formatBeijing(inclusiveEnd(when('2026-11-09')))).toBe('2026-11-10 00:00 +08:00');
    expect(formatBeijing(inclusiveEnd(when('2026-11-09T12:00:00+08:00')))).toBe('2026-11-09 12:00 +08:00');
  });

  it('ends a period of N days after day D at (D+N+1) 00:00, across Feb 29', () => {
    expect(formatBeijing(periodEnd(when('2028-02-25T23:59:59').at, 7))).toBe('2028-03-04 00:00 +08:00');
    expect(formatBeijing(periodEnd(when('2027-02-25').at, 7))).toBe('2027-03-05 00:00 +08:00');
    // 2026-11-20 17:00Z is 2026-11-21 01:00 in Beijing: the period counts from Nov 21.
    expect(formatBeijing(periodEnd(when('2026-11-20T17:00:00Z').at, 7))).toBe('2026-11-29 00:00 +08:00');
  });

  it('rounds time left up and time elapsed down', () => {
    const t = when('2026-11-26T00:00:01').at;
    expect(daysLeft(t, when('2026-11-28').at)).toBe(2);
    expect(daysSince(when('2026-11-24').at, t)).toBe(2);
    expect(daysLeft(t, t)).toBe(0);
  });

  it('formats seconds only when present', () => {
    expect(formatBeijing(when('2026-11-27T23:59:59').at)).toBe('2026-11-27 23:59:59 +08:00');
  });

  it('round-trips every instant through RFC 3339 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const at = Math.floor(ms / 1000) * 1000;
        expect(when(toRfc3339(at)).at).toBe(at);
      }),
    );
  });
});

describe('money: exact decimals, half away from zero', () => {
  it('parses up to six decimals exactly', () => {
    expect(parseMoney('1234.56')).toBe(1_234_560_000n);
    expect(parseMoney('0.000001')).toBe(1n);
    expect(parseMoney('-5')).toBe(-5_000_000n);
    expect(parseMoney('1.1234567')).toBeUndefined();
    expect(parseMoney('1e3')).toBeUndefined();
  });

  it('rounds half away from zero to the fen', () => {
    expect(toDecimalString(parseMoney('0.005')!)).toBe('0.01');
    expect(toDecimalString(parseMoney('0.004999')!)).toBe('0.00');
    expect(toDecimalString(parseMoney('-0.005')!)).toBe('-0.01');
    expect(roundToFen(parseMoney('2.675')!)).toBe(parseMoney('2.68'));
    expect(divRound(-7n, 2n)).toBe(-4n);
  });

  it('computes the spec example late fee: 17 days of 0.05% on ¥1234.56 is ¥10.49', () => {
    expect(formatMoney(scaleToFen(parseMoney('1234.56')!, 17n * 5n, 10_000n))).toBe('¥10.49');
  });

  it('formats with grouping and the yuan sign', () => {
    expect(formatMoney(parseMoney('1234567.891')!)).toBe('¥1,234,567.89');
    expect(formatMoney(-parseMoney('20')!)).toBe('-¥20.00');
    expect(formatMoney(parseMoney('999.994')!)).toBe('¥999.99');
    expect(formatMoney(parseMoney('999.995')!)).toBe('¥1,000.00');
    expect(formatMoney(-parseMoney('0.004')!)).toBe('¥0.00');
  });

  it('parses every decimal to the exact micro-yuan (property)', () => {
    const decimal = fc.record({ negative: fc.boolean(), whole: fc.bigInt({ min: 0n, max: 10n ** 20n }), places: fc.integer({ min: 0, max: 6 }), fraction: fc.bigInt({ min: 0n, max: 999_999n }) });
    fc.assert(
      fc.property(decimal, ({ negative, whole, places, fraction }) => {
        const digits = places === 0 ? '' : String(fraction % 10n ** BigInt(places)).padStart(places, '0');
        const micro = whole * 1_000_000n + (places === 0 ? 0n : BigInt(digits) * 10n ** BigInt(6 - places));
        expect(parseMoney(`${negative ? '-' : ''}${whole}${places === 0 ? '' : `.${digits}`}`)).toBe(negative ? -micro : micro);
      }),
    );
  });

  it('never loses a fen where binary floating point would (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (fen) => {
        const text = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        expect(toDecimalString(parseMoney(text)!)).toBe(text);
      }),
    );
  });
});

describe('spans and fractions of a second in messages', () => {
  it('shows milliseconds only when there are some, so two different instants never read the same', () => {
    expect(formatBeijing(when('2026-11-09T18:00:00.250').at)).toBe('2026-11-09 18:00:00.250 +08:00');
    expect(formatBeijing(when('2026-11-09T18:00:00.000').at)).toBe('2026-11-09 18:00 +08:00');
  });

  it('formats exact spans and ages beside "more than N days"', () => {
    expect(formatSpan(0)).toBe('0 days');
    expect(formatSpan(1000)).toBe('1 s');
    expect(formatSpan(180 * 86_400_000 + 1000)).toBe('180 days 1 s');
    expect(formatSpan(2 * 86_400_000 + 3 * 3_600_000 + 5 * 60_000)).toBe('2 days 3 h 5 min');
    expect(formatAgeBeyond(180 * 86_400_000 + 1000, 180)).toBe('180 days 1 s');
    expect(formatAgeBeyond(181 * 86_400_000 + 1000, 180)).toBe('181 days');
  });
});
