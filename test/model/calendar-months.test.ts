import { describe, expect, it } from 'vitest';
import { addCalendarMonths, yearPeriodEnd } from '../../src/model/calendar-months.js';
import { parseWhen, toRfc3339, type When } from '../../src/model/time.js';

const at = (text: string) => (parseWhen(text) as When).at;
const show = (ms: number) => toRfc3339(ms);

describe('calendar months in Beijing time', () => {
  it('keeps the Beijing wall-clock time and clamps to the month end', () => {
    expect(show(addCalendarMonths(at('2026-11-26T10:30:15'), -12))).toBe('2025-11-26T10:30:15+08:00');
    expect(show(addCalendarMonths(at('2028-02-29T10:00'), 12))).toBe('2029-02-28T10:00:00+08:00');
    expect(show(addCalendarMonths(at('2028-02-29T10:00'), -12))).toBe('2027-02-28T10:00:00+08:00');
    expect(show(addCalendarMonths(at('2026-03-31'), -1))).toBe('2026-02-28T00:00:00+08:00');
    expect(show(addCalendarMonths(at('2026-01-31'), 1))).toBe('2026-02-28T00:00:00+08:00');
    expect(show(addCalendarMonths(at('2027-12-15'), 2))).toBe('2028-02-15T00:00:00+08:00');
  });

  it('reads an instant given in UTC on its Beijing day', () => {
    // 2026-02-28T16:00Z is 2026-03-01 00:00 in Beijing.
    expect(show(addCalendarMonths(at('2026-02-28T16:00:00Z'), -1))).toBe('2026-02-01T00:00:00+08:00');
  });

  it('ends a period of one year after a day at 24:00 of the corresponding day', () => {
    expect(show(yearPeriodEnd(at('2025-11-26T10:00'), 1))).toBe('2026-11-27T00:00:00+08:00');
    expect(show(yearPeriodEnd(at('2028-02-29T23:59:59'), 1))).toBe('2029-03-01T00:00:00+08:00');
    expect(show(yearPeriodEnd(at('2025-12-31T15:59:59Z'), 1))).toBe('2027-01-01T00:00:00+08:00');
  });
});
