/** Differentials: parseWhen's quick reading of the common forms against its regular expressions, and the Beijing time parts' integer arithmetic against Date. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, formatBeijing, formatDay, parseWhen, parseWhenByPattern, toRfc3339 } from '../../src/model/time.js';

const digits = (count: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: count, maxLength: count }).map((d) => d.join(''));
const near = (values: string[], count: number) => fc.oneof(fc.constantFrom(...values), digits(count));
const year = near(['0000', '0001', '1900', '1970', '2000', '2024', '2026', '2100', '9999'], 4);
const month = near(['00', '01', '02', '04', '09', '11', '12', '13'], 2);
const day = near(['00', '01', '28', '29', '30', '31', '32'], 2);
const hour = near(['00', '08', '23', '24'], 2);
const minute = near(['00', '30', '59', '60'], 2);
const zone = fc.oneof(fc.constantFrom('', 'Z', 'z', '+08:00', '-00:00', '+00:00', '-05:30', '+23:59', '+24:00', '+08:60', '+0800', '08:00', '.5Z', '.123456789+08:00'), fc.tuple(fc.constantFrom('+', '-'), hour, minute).map(([s, h, m]) => `${s}${h}:${m}`));
const sep = fc.constantFrom('T', ' ', 't', '_');
const text = fc.oneof(
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(year, month, day, sep, hour, minute, minute, zone).map(([y, m, d, s, hh, mm, ss, z]) => `${y}-${m}-${d}${s}${hh}:${mm}:${ss}${z}`),
  fc.tuple(year, month, day, sep, hour, minute, zone).map(([y, m, d, s, hh, mm, z]) => `${y}-${m}-${d}${s}${hh}:${mm}${z}`),
  fc.string({ unit: fc.constantFrom(...'0123456789-:T+Z. x'), maxLength: 26 }),
);

describe('parseWhen', () => {
  it('reads every text as its regular expressions do', () => {
    fc.assert(fc.property(text, (value) => {
      expect(parseWhen(value)).toEqual(parseWhenByPattern(value));
    }), { numRuns: 20_000, seed: 20261202 });
  });

  it('reads every day of years 1, 1969-1972, 2024-2028 and 9999 as its regular expressions do', () => {
    const differ: string[] = [];
    for (const y of [1, 1969, 1970, 1971, 1972, 2024, 2025, 2026, 2027, 2028, 9999]) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          for (const value of [date, `${date}T23:59:59+08:00`, `${date} 00:00:01Z`, `${date}T12:30:00`]) {
            if (JSON.stringify(parseWhen(value)) !== JSON.stringify(parseWhenByPattern(value))) differ.push(value);
          }
        }
      }
    }
    expect(differ).toEqual([]);
  });
});

/** The Beijing time parts as a Date gives them (the oracle of the integer arithmetic). */
function byDate(at: number): { rfc: string; human: string } {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const local = new Date(Math.min(at, Date.UTC(9999, 11, 31, 23, 59, 59) - 8 * 3_600_000) + 8 * 3_600_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const [hh, mm, ss, ms] = [pad(local.getUTCHours()), pad(local.getUTCMinutes()), pad(local.getUTCSeconds()), local.getUTCMilliseconds()];
  const seconds = ms !== 0 ? `:${ss}.${pad(ms, 3)}` : ss === '00' ? '' : `:${ss}`;
  return { rfc: `${date}T${hh}:${mm}:${ss}+08:00`, human: `${date} ${hh}:${mm}${seconds} +08:00` };
}

describe('toRfc3339 and formatBeijing', () => {
  it('show every instant as a Date does: any year, fractions, the edges of what a Date holds, NaN', () => {
    const instant = fc.oneof(
      fc.integer({ min: -62_200_000_000_000, max: 253_500_000_000_000 }),
      fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }),
      fc.double({ min: -1e16, max: 1e16 }),
      fc.constantFrom(0, -1, 1, -0.5, 0.5, -28_800_000, -28_800_001, 8.64e15, -8.64e15, 8.64e15 - 28_800_000, -8.64e15 - 28_800_000, -8.64e15 - 28_800_001, Number.NaN, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(instant, (at) => {
        expect({ rfc: toRfc3339(at), human: formatBeijing(at) }).toEqual(byDate(at));
      }),
      { numRuns: 20_000, seed: 20261202 },
    );
  });

  it('show instants one after another as each alone: the fields of one call never leak into the next', () => {
    const instants = [Number.NaN, 1_790_000_000_000, 8.64e15 + 1, -62_135_625_600_001, 1_790_000_000_250, Infinity, 0, 253_402_271_999_999];
    const shown = instants.map((at) => [toRfc3339(at), formatBeijing(at)]);
    expect(shown).toEqual(instants.map((at) => [byDate(at).rfc, byDate(at).human]));
    expect(shown.slice(0, 3)).toEqual([
      ['0NaN-NaN-NaNTNaN:NaN:NaN+08:00', '0NaN-NaN-NaN NaN:NaN:NaN.NaN +08:00'],
      ['2026-09-21T22:13:20+08:00', '2026-09-21 22:13:20 +08:00'],
      ['9999-12-31T23:59:59+08:00', '9999-12-31 23:59:59 +08:00'],
    ]);
  });
});

describe('formatDay', () => {
  it('writes the date of every Beijing epoch day as a Date does, years 1 to 9999 and beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), fc.constantFrom(0, 999, 1000, -1), (day, ms) => {
        const midnight = day * 86_400_000 - 8 * 3_600_000;
        expect(formatDay(day)).toBe(byDate(midnight).rfc.slice(0, -15));
        // 00:00 of a day, and of the day 1,024 later (the same slot of the memo), shown in turn.
        for (const at of [midnight + ms, midnight + 1024 * 86_400_000 + ms, midnight + ms]) expect(toRfc3339(at)).toBe(byDate(at).rfc);
      }),
      { numRuns: 3_000, seed: 20261202 },
    );
    expect([formatDay(0), formatDay(20_783), formatDay(-719_162), formatDay(2_932_896)]).toEqual(['1970-01-01', '2026-11-26', '0001-01-01', '9999-12-31']);
  });
});

describe('epochDay', () => {
  /** The day as a Date counts it (the oracle of the integer arithmetic). */
  const byDateDay = (y: number, m: number, d: number) => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return Math.floor(date.getTime() / 86_400_000);
  };

  it('counts every day of years 1-4, 1600, 1899-1901, 1969-1972, 2000, 2100, 9996-9999 as a Date does, days 29-31 of short months included', () => {
    const differ: string[] = [];
    for (const y of [1, 2, 3, 4, 1600, 1899, 1900, 1901, 1969, 1970, 1971, 1972, 2000, 2100, 9996, 9997, 9998, 9999]) {
      for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) if (epochDay(y, m, d) !== byDateDay(y, m, d)) differ.push(`${y}-${m}-${d}`);
    }
    expect(differ).toEqual([]);
    expect([epochDay(1970, 1, 1), epochDay(2026, 11, 26), epochDay(1, 1, 1), epochDay(9999, 12, 31)]).toEqual([0, 20_783, -719_162, 2_932_896]);
    // Fractions whose sum is whole (a Date truncates each): 2000-01-01, not 2000-02-01.5.
    expect(epochDay(2000.5, 1.5, 1)).toBe(byDateDay(2000.5, 1.5, 1));
    expect(epochDay(2000.5, 1.5, 1)).toBe(10_957);
  });

  it('agrees with a Date for any year, month and day, out of range too', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 300_000 }), fc.integer({ min: -30, max: 30 }), fc.integer({ min: -40, max: 70 }), (y, m, d) => {
        expect(epochDay(y, m, d)).toBe(byDateDay(y, m, d));
      }),
      { numRuns: 20_000, seed: 20261202 },
    );
  });
});
