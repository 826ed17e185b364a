/** Differential tests: the money and span texts against the forms they replaced (regex grouping, array joins). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divRound, FEN, formatMoney, toDecimalString, type Money } from '../../src/model/money.js';
import { DAY_MS, formatDays, formatSpan, spanParts } from '../../src/model/time.js';
import { spanZh } from '../../rules/zh-CN/words.js';

/** toDecimalString as it was: bigint steps throughout. */
function decimalBefore(amount: Money): string {
  const fen = divRound(amount, FEN);
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** formatMoney as it was: from the decimal string, grouped by a regular expression. */
function moneyBefore(amount: Money): string {
  const text = decimalBefore(amount);
  const negative = text.startsWith('-');
  const [whole, cents] = (negative ? text.slice(1) : text).split('.') as [string, string];
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
}

/** A span text as formatSpan and spanZh were: the units joined from a filtered list. */
function spanBefore(ms: number, day: (n: number) => string, [hu, minu, su]: [string, string, string]): string {
  const { days, h, min, s } = spanParts(ms);
  const parts = [h ? `${h} ${hu}` : '', min ? `${min} ${minu}` : '', s ? `${s} ${su}` : ''].filter(Boolean);
  return days > 0 || parts.length === 0 ? [day(days), ...parts].join(' ') : parts.join(' ');
}

const LIMIT = 2n ** 52n;
/** Amounts near every boundary: zero, half a fen either way, thousands separators, and 2^52 micro-yuan (where a Number stops being exact). */
const amount = fc.oneof(
  fc.bigInt({ min: -2_000_000_000n, max: 2_000_000_000n }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
  fc.bigInt({ min: LIMIT - 100_000n, max: LIMIT + 100_000n }),
  fc.bigInt({ min: -LIMIT - 100_000n, max: -LIMIT + 100_000n }),
  fc.bigInt({ min: -20_000n, max: 20_000n }),
  fc.integer({ min: 0, max: 20 }).chain((digits) => fc.constantFrom(10n ** BigInt(digits), 10n ** BigInt(digits) - 5_000n, -(10n ** BigInt(digits)) + 4_999n)),
);

describe('money texts agree with their former bigint and regex forms', () => {
  it('toDecimalString and formatMoney, for any amount', () => {
    fc.assert(fc.property(amount, (a) => {
      expect(toDecimalString(a)).toBe(decimalBefore(a));
      expect(formatMoney(a)).toBe(moneyBefore(a));
    }), { numRuns: 3_000, seed: 20261202 });
  });
  it('around 2^52 micro-yuan and with every group width', () => {
    expect(formatMoney(LIMIT - 1n)).toBe(moneyBefore(LIMIT - 1n));
    expect(formatMoney(-LIMIT + 1n)).toBe('-¥4,503,599,627.37');
    expect(formatMoney(1_234_567_890_000_000n)).toBe('¥1,234,567,890.00');
    expect(formatMoney(123_456_780_000n)).toBe('¥123,456.78');
    expect(formatMoney(-5_000n)).toBe('-¥0.01');
    expect(formatMoney(-4_999n)).toBe('¥0.00');
  });
});

describe('span texts agree with their former list joins', () => {
  const ms = fc.oneof(
    fc.integer({ min: -3 * DAY_MS, max: 400 * DAY_MS }),
    fc.tuple(fc.integer({ min: -2, max: 400 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 999 }))
      .map(([d, h, m, s, x]) => d * DAY_MS + h * 3_600_000 + m * 60_000 + s * 1000 + x),
    fc.constantFrom(0, 1, 999, 1000, DAY_MS, -1, Number.NaN, Infinity, 1.5, -0),
  );
  it('formatSpan and spanZh, for any span', () => {
    fc.assert(fc.property(ms, (x) => {
      expect(formatSpan(x)).toBe(spanBefore(x, formatDays, ['h', 'min', 's']));
      expect(spanZh(x)).toBe(spanBefore(x, (n) => `${n} 天`, ['小时', '分', '秒']));
    }), { numRuns: 3_000, seed: 20261202 });
  });
});
