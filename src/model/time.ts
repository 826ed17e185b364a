/**
 * Beijing time (UTC+8, no daylight saving) for every calendar computation.
 * Instants are epoch milliseconds (integers); civil days are counted in Beijing time.
 * Nothing here reads the machine's time zone.
 */

/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in one day (24 h). */
export const DAY_MS = 24 * HOUR_MS;
/** Beijing's offset from UTC in milliseconds. */
export const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** A date or date-time value as written in a profile, resolved to an instant. */
export interface When {
  /** The source text, e.g. `2026-11-09` or `2026-11-09T10:00:00+08:00`. */
  text: string;
  /** True when the source was a bare date (`YYYY-MM-DD`). */
  isDate: boolean;
  /** Epoch milliseconds: a date's 00:00 +08:00, or the written instant. */
  at: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a date in years 1-9999 with month 1-12 and day 1-31, by integer arithmetic
 * (H. Hinnant's days_from_civil; a day past the month's end runs into the next month, as with Date).
 */
function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Epoch day number (days since 1970-01-01) of a civil date, computed without the Date zone. */
export function epochDay(year: number, month: number, day: number): number {
  if (year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) return civilDay(year, month, day);
  // Date.UTC would read years 0–99 as 1900–1999: set the full year explicitly.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / DAY_MS);
}

/** The last instant shown as a date: 9999-12-31 23:59:59 +08:00. Later instants are shown as it. */
const LAST_SHOWN = Date.UTC(9999, 11, 31, 23, 59, 59) - BEIJING_OFFSET_MS;

/** The instant of 00:00 +08:00 on a Beijing epoch day. */
export function beijingMidnight(day: number): number {
  return day * DAY_MS - BEIJING_OFFSET_MS;
}

/** The Beijing epoch day an instant falls on. */
export function beijingDay(at: number): number {
  return Math.floor((at + BEIJING_OFFSET_MS) / DAY_MS);
}

/** The number written by `count` ASCII digits at `at`, or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * The common forms read without regular expressions: `YYYY-MM-DD`, and with `THH:MM:SS` or
 * ` HH:MM:SS` then nothing, `Z` or `±HH:MM`. Undefined for anything else, a bad date or time
 * included: parseWhen then reads or refuses it, so both give the same.
 */
function quickWhen(text: string): When | undefined {
  const n = text.length;
  if ((n !== 10 && n !== 19 && n !== 20 && n !== 25) || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return undefined;
  const y = digitsAt(text, 0, 4);
  const m = digitsAt(text, 5, 2);
  const d = digitsAt(text, 8, 2);
  if (y <= 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  if (n === 10) return { text, isDate: true, at: beijingMidnight(epochDay(y, m, d)) };
  const sep = text.charCodeAt(10);
  if ((sep !== 0x54 /* T */ && sep !== 0x20) || text.charCodeAt(13) !== 0x3a || text.charCodeAt(16) !== 0x3a) return undefined;
  const hh = digitsAt(text, 11, 2);
  const mm = digitsAt(text, 14, 2);
  const ss = digitsAt(text, 17, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) return undefined;
  let offsetMs = BEIJING_OFFSET_MS;
  if (n === 20) {
    if (text.charCodeAt(19) !== 0x5a /* Z */) return undefined;
    offsetMs = 0;
  } else if (n === 25) {
    const sign = text.charCodeAt(19);
    if ((sign !== 0x2b && sign !== 0x2d) || text.charCodeAt(22) !== 0x3a) return undefined;
    const oh = digitsAt(text, 20, 2);
    const om = digitsAt(text, 23, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offsetMs = (sign === 0x2d ? -1 : 1) * (oh * HOUR_MS + om * 60_000);
  }
  const local = epochDay(y, m, d) * DAY_MS + hh * HOUR_MS + mm * 60_000 + ss * 1000;
  return { text, isDate: false, at: local - offsetMs };
}

/** Parses a profile date or date-time; returns an error message when it is not one. */
export function parseWhen(text: string): When | string {
  return quickWhen(text) ?? parseWhenByPattern(text);
}

/** parseWhen by its regular expressions alone, every form and every error message. */
export function parseWhenByPattern(text: string): When | string {
  if (/^0000-/.test(text)) return `impossible date "${text}": years run from 0001 to 9999`;
  const date = DATE_RE.exec(text);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return `impossible date "${text}"`;
    return { text, isDate: true, at: beijingMidnight(epochDay(y, m, d)) };
  }
  const dt = DATE_TIME_RE.exec(text);
  if (!dt) {
    return `"${text}" is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss][Z|±hh:mm])`;
  }
  const [y, m, d, hh, mm] = [1, 2, 3, 4, 5].map((i) => Number(dt[i])) as [number, number, number, number, number];
  const ss = Number(dt[6] ?? 0);
  const ms = Math.floor(Number(`0.${dt[7] ?? '0'}`) * 1000);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return `impossible date "${text}"`;
  if (hh > 23 || mm > 59 || ss > 59) return `impossible time "${text}"`;
  const zone = dt[8];
  let offsetMs = BEIJING_OFFSET_MS;
  if (zone === 'Z') offsetMs = 0;
  else if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return `impossible offset "${zone}" in "${text}"`;
    offsetMs = sign * (oh * HOUR_MS + om * 60_000);
  }
  const local = epochDay(y, m, d) * DAY_MS + hh * HOUR_MS + mm * 60_000 + ss * 1000 + ms;
  return { text, isDate: false, at: local - offsetMs };
}

/** Expiry instant of an inclusive end: a date names the last day included (next day's 00:00). */
export function inclusiveEnd(when: When): number {
  return when.isDate ? when.at + DAY_MS : when.at;
}

/** End of a period of N days after the day an instant falls on: (D+N+1) 00:00 +08:00. */
export function periodEnd(at: number, days: number): number {
  return beijingMidnight(beijingDay(at) + days + 1);
}

/** Whole days left until an instant, rounded up (0 when past). */
export function daysLeft(from: number, until: number): number {
  return until <= from ? 0 : Math.ceil((until - from) / DAY_MS);
}

/** Whole days elapsed since an instant, rounded down (0 when in the future). */
export function daysSince(since: number, now: number): number {
  return now <= since ? 0 : Math.floor((now - since) / DAY_MS);
}

/** A day count for messages: `1 day`, `3 days`. */
export function formatDays(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** Whole hours between two instants, floored. */
export function hoursBetween(from: number, to: number): number {
  return Math.floor((to - from) / HOUR_MS);
}

/** `00` to `99`, made once: dates and times need them for every instant shown. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

function pad(n: number, width = 2): string {
  return width === 2 && n >= 0 && n < 100 ? TWO_DIGITS[n]! : String(n).padStart(width, '0');
}

/** The largest time value a Date holds (ms from the epoch, either way). */
const MAX_TIME = 8.64e15;

/**
 * The Beijing fields of the instant last passed to `setBeijingParts`: one set, written in place, so
 * showing an instant allocates only its text.
 */
const shownAt = { date: '', hh: 0, mm: 0, ss: 0, ms: 0, slot: -1 };

/** Slots of the memo of dates by epoch day (a power of two): a profile's instants fall on few days, shown again and again. */
const DATE_SLOTS = 1024;
const slotDay = new Float64Array(DATE_SLOTS).fill(Number.NaN);
const slotDate: string[] = new Array<string>(DATE_SLOTS).fill('');
/** The RFC 3339 text of the slot's day at 00:00 (most instants shown are), made when first asked for ('' till then). */
const slotMidnight: string[] = new Array<string>(DATE_SLOTS).fill('');

function setBeijingParts(at: number): void {
  // Four-digit years only: an instant after the year 9999 (a deadline computed from a far date) is shown as its end.
  const shown = Math.min(at, LAST_SHOWN) + BEIJING_OFFSET_MS;
  if (!(Math.abs(shown) <= MAX_TIME)) {
    const local = new Date(shown);
    shownAt.date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    shownAt.hh = local.getUTCHours();
    shownAt.mm = local.getUTCMinutes();
    shownAt.ss = local.getUTCSeconds();
    shownAt.ms = local.getUTCMilliseconds();
    shownAt.slot = -1;
    return;
  }
  // What a Date of this time gives, in integer arithmetic (the time truncated as Date does).
  const time = Math.trunc(shown) + 0;
  const days = Math.floor(time / DAY_MS);
  const inDay = time - days * DAY_MS;
  const slot = days & (DATE_SLOTS - 1);
  if (slotDay[slot] !== days) {
    slotDay[slot] = days;
    slotDate[slot] = civilDate(days);
    slotMidnight[slot] = '';
  }
  shownAt.slot = slot;
  shownAt.date = slotDate[slot]!;
  shownAt.hh = Math.floor(inDay / HOUR_MS);
  shownAt.mm = Math.floor(inDay / 60_000) % 60;
  shownAt.ss = Math.floor(inDay / 1000) % 60;
  shownAt.ms = inDay % 1000;
}

/** `YYYY-MM-DD` of an epoch day within what a Date holds, by H. Hinnant's civil_from_days (proleptic Gregorian, as Date). */
function civilDate(days: number): string {
  const era = Math.floor((days + 719_468) / 146_097);
  const dayOfEra = days + 719_468 - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const fromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * fromMarch + 2) / 5) + 1;
  const month = fromMarch < 10 ? fromMarch + 3 : fromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** RFC 3339 in Beijing time, e.g. `2026-11-28T00:00:00+08:00` (for report data). */
export function toRfc3339(at: number): string {
  setBeijingParts(at);
  const { slot, hh, mm, ss } = shownAt;
  if (slot >= 0 && hh === 0 && mm === 0 && ss === 0) return (slotMidnight[slot] ||= `${shownAt.date}T00:00:00+08:00`);
  return `${shownAt.date}T${pad(hh)}:${pad(mm)}:${pad(ss)}+08:00`;
}

/**
 * Human form for messages, e.g. `2026-11-28 00:00 +08:00`: seconds shown only when not zero, and
 * milliseconds only when not zero (so two different instants never read the same).
 */
export function formatBeijing(at: number): string {
  setBeijingParts(at);
  const { ss, ms } = shownAt;
  const seconds = ms !== 0 ? `:${pad(ss)}.${pad(ms, 3)}` : ss === 0 ? '' : `:${pad(ss)}`;
  return `${shownAt.date} ${pad(shownAt.hh)}:${pad(shownAt.mm)}${seconds} +08:00`;
}

/** The Beijing calendar date `YYYY-MM-DD` of an instant, or of an epoch day. */
export function formatDay(day: number): string {
  setBeijingParts(beijingMidnight(day));
  return shownAt.date;
}

/** A span split into whole days, hours, minutes and seconds (the seconds floored). */
export function spanParts(ms: number): { days: number; h: number; min: number; s: number } {
  const days = Math.floor(ms / DAY_MS);
  let rest = Math.floor((ms - days * DAY_MS) / 1000);
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const min = Math.floor(rest / 60);
  return { days, h, min, s: rest - min * 60 };
}

/** An exact span, e.g. `180 days 1 s` or `2 days 3 h 5 min` (zero units left out; whole days as `formatDays`). */
export function formatSpan(ms: number): string {
  const { days, h, min, s } = spanParts(ms);
  let units = h ? `${h} h` : '';
  if (min) units = units === '' ? `${min} min` : `${units} ${min} min`;
  if (s) units = units === '' ? `${s} s` : `${units} ${s} s`;
  if (units === '') return formatDays(days);
  return days > 0 ? `${formatDays(days)} ${units}` : units;
}

/** An age beside "more than N days": whole days when that count already exceeds N, else the exact span (so it never reads "N days … more than N days"). */
export function formatAgeBeyond(ms: number, limitDays: number): string {
  const days = Math.floor(ms / DAY_MS);
  return days > limitDays ? formatDays(days) : formatSpan(ms);
}
