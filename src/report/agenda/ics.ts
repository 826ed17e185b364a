/**
 * The agenda as an iCalendar file (RFC 5545) for Google Calendar, Outlook and Apple Calendar:
 * CRLF lines folded at 75 octets (never inside a UTF-8 sequence), TEXT escaped, times in
 * Asia/Shanghai with its VTIMEZONE, one VEVENT per event with a UID that depends only on what the
 * event is about (file, account, rule, subject, kind, status), so importing a later agenda updates
 * the event instead of adding a copy, and a VALARM N days before.
 */
import { sha256Hex } from '../../util/node-crypto.js';
import { TOOL } from '../../contract/version.js';
import { BEIJING_OFFSET_MS } from '../../model/time.js';
import type { Agenda, AgendaEvent } from './build.js';
import { agendaWords, type AgendaWords } from './messages.js';
import { eventRefs, shownAmount, type AgendaContext } from './formats.js';

/** Options of the calendar beyond the agenda context. */
interface IcsOptions extends AgendaContext {
  /** Days before each event for its reminder (VALARM); 0 at the event itself. */
  alarmDays: number;
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped in a TEXT value. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 3.1: a content line folded to at most 75 octets per line, never splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // a continuation line starts with one space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A local date-time in Beijing time, `YYYYMMDDTHHMMSS` (for TZID=Asia/Shanghai). */
function beijingLocal(at: number): string {
  const d = new Date(at + BEIJING_OFFSET_MS);
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

/** A UTC date-time, `YYYYMMDDTHHMMSSZ` (DTSTAMP, LAST-MODIFIED). */
function utc(at: number): string {
  return `${new Date(at).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/** The stable identity of an event: what it is about, not when (a moved deadline updates it). */
export function eventUid(event: Pick<AgendaEvent, 'file' | 'account' | 'rule' | 'subject' | 'kind' | 'status'>): string {
  const key = [event.file, event.account, event.rule, event.subject, event.kind, event.status].join('\u0000');
  return `${sha256Hex(key).slice(0, 32)}@clausecheck`;
}

const VTIMEZONE = ['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'X-LIC-LOCATION:Asia/Shanghai', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:CST', 'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'];

function summary(e: AgendaEvent, words: AgendaWords): string {
  const amount = shownAmount(e);
  const what = words.text.what({ happens: words.happens[e.kind], who: `${e.account} · ${e.subject}` });
  const text = `[${words.status[e.status]}] ${what}`;
  return amount ? words.text.withAmount({ text, amount }) : text;
}

function description(e: AgendaEvent, words: AgendaWords): string {
  const amount = shownAmount(e);
  const t = words.text;
  return [
    words.todo[e.kind],
    e.message,
    amount ? t.labelled({ label: t.colAmount, value: amount }) : '',
    t.labelled({ label: t.colRule, value: eventRefs(e) }),
    t.labelled({ label: t.colFile, value: e.file }),
  ]
    .filter(Boolean)
    .join('\n');
}

function vevent(e: AgendaEvent, uid: string, stamp: string, options: IcsOptions, words: AgendaWords): string[] {
  const trigger = options.alarmDays === 0 ? 'PT0S' : `-P${options.alarmDays}D`;
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    'SEQUENCE:0',
    `DTSTART;TZID=Asia/Shanghai:${beijingLocal(e.instant)}`,
    'DURATION:PT30M',
    `SUMMARY:${escapeText(summary(e, words))}`,
    `DESCRIPTION:${escapeText(description(e, words))}`,
    `CATEGORIES:${escapeText(e.kind)}`,
    'TRANSP:TRANSPARENT',
    'STATUS:CONFIRMED',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(summary(e, words))}`,
    `TRIGGER:${trigger}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** The calendar. DTSTAMP and LAST-MODIFIED are the as-of instant, so the same run gives the same bytes. */
export function formatAgendaIcs(agenda: Agenda, options: IcsOptions): string {
  const words = agendaWords(options.lang);
  const stamp = utc(agenda.asOf);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//clausecheck//clausecheck ${TOOL.version}//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(words.text.title)}`, 'X-WR-TIMEZONE:Asia/Shanghai', ...VTIMEZONE];
  const seen = new Map<string, number>();
  for (const event of agenda.events) {
    const base = eventUid(event);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    lines.push(...vevent(event, n === 0 ? base : base.replace('@', `-${n + 1}@`), stamp, options, words));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
