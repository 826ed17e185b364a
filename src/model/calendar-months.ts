/**
 * Calendar months and years counted in Beijing time (Civil Code arts. 201-203): used for "the last
 * year" of a termination right (outage-termination-right) and "the past 12 months" of fees
 * (liability-cap).
 */
import { BEIJING_OFFSET_MS, beijingDay, beijingMidnight, DAY_MS, epochDay } from './time.js';

/** The last day (28-31) of a month of the proleptic Gregorian calendar. */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same Beijing wall-clock time `months` calendar months later (earlier when negative). When the
 * target month has no such day, the month's last day is used (Civil Code art. 203), so
 * 2028-02-29 10:00 + 12 months is 2029-02-28 10:00 and 2026-03-31 − 1 month is 2026-02-28.
 */
export function addCalendarMonths(at: number, months: number): number {
  const day = beijingDay(at);
  const timeOfDay = at + BEIJING_OFFSET_MS - day * DAY_MS;
  const civil = new Date(day * DAY_MS);
  const monthIndex = civil.getUTCFullYear() * 12 + civil.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const date = Math.min(civil.getUTCDate(), lastDayOfMonth(year, month));
  return epochDay(year, month, date) * DAY_MS + timeOfDay - BEIJING_OFFSET_MS;
}

/**
 * End of a period of N calendar years after the day an instant falls on (Civil Code arts. 201-203):
 * 24:00 of the corresponding day N years later, i.e. that day's next 00:00 +08:00
 * (an instant on 2025-11-26 gives 2026-11-27 00:00 +08:00; one on 2028-02-29 gives 2029-03-01 00:00).
 */
export function yearPeriodEnd(at: number, years: number): number {
  return beijingMidnight(beijingDay(addCalendarMonths(at, 12 * years)) + 1);
}

/** A span in calendar months with the part month counted by days: `months` whole months, then `days` of a month of `monthDays` days. */
export interface MonthSpan {
  months: number;
  /** Days of the part month, a started day counting whole. */
  days: number;
  /** Days in the part month (the month after the whole ones). */
  monthDays: number;
}

/** Calendar months from `from` to `to` (≥ from), the part month by days (clause 9.3.3: 不足一个月的按天计). */
export function monthSpan(from: number, to: number): MonthSpan {
  let months = 0;
  while (addCalendarMonths(from, months + 1) <= to) months += 1;
  const start = addCalendarMonths(from, months);
  const monthDays = Math.round((addCalendarMonths(from, months + 1) - start) / DAY_MS);
  return { months, days: Math.ceil((to - start) / DAY_MS), monthDays };
}
