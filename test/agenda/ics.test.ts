import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../src/report/agenda/build.js';
import { escapeText, eventUid, foldLine, formatAgendaIcs } from '../../src/report/agenda/ics.js';
import type { FileReport } from '../../src/contract/report.js';
import { at, exampleAgenda } from './fixture.js';

const ALL = ['compliant', 'expiring', 'overdue', 'stale-capture'];
const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));

describe('ics: RFC 5545, validated by ical.js', () => {
  const agenda = exampleAgenda(ALL, '2026-11-26', 30);
  const ics = formatAgendaIcs(agenda, { color: false, alarmDays: 3 });
  const calendar = parse(ics);
  const events = calendar.getAllSubcomponents('vevent');

  it('parses, with the calendar properties Google and Outlook need', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//clausecheck//clausecheck 0.1.0//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('clausecheck agenda');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Shanghai');
    expect(events).toHaveLength(agenda.events.length);
  });

  it('every TZID has its VTIMEZONE (Outlook refuses one without), at +08:00', () => {
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Shanghai']);
    const standard = zones[0]!.getFirstSubcomponent('standard')!;
    expect(String(standard.getFirstPropertyValue('tzoffsetto'))).toBe('+08:00');
    for (const e of events) expect(e.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Shanghai');
  });

  it('DTSTART is the deadline instant; DURATION without DTEND; DTSTAMP; unique UIDs', () => {
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    const first = events[0]!;
    const start = first.getFirstPropertyValue('dtstart') as ICAL.Time;
    start.zone = zone;
    expect(start.toUnixTime() * 1000).toBe(at('2026-11-27T00:00:00+08:00'));
    for (const e of events) {
      expect(e.hasProperty('dtend') && e.hasProperty('duration')).toBe(false);
      expect(e.hasProperty('dtstamp')).toBe(true);
      expect(e.getFirstPropertyValue('sequence')).toBe(0);
    }
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('VALARM has ACTION, DESCRIPTION and TRIGGER N days before', () => {
    for (const e of events) {
      const alarm = e.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('description')).length).toBeGreaterThan(0);
      expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P3D');
    }
  });

  it('summary and description read back as written (escaping), with what to do and the amount', () => {
    const renew = events.find((e) => String(e.getFirstPropertyValue('summary')).includes('renewal due'))!;
    expect(renew.getFirstPropertyValue('summary')).toBe('[fail] renewal due: Suzhou Garden Media Studio · 212110000000201 (¥9,800.00)');
    expect(String(renew.getFirstPropertyValue('description'))).toContain('Pay the renewal and record renewal.paid_at (auto-renew is not payment).\n');
    expect(renew.getFirstPropertyValue('categories')).toBe('renew-by');
  });

  it('CRLF line ends and no line longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('the same run gives the same bytes; a later run keeps the UIDs (a re-import updates)', () => {
    expect(formatAgendaIcs(agenda, { color: false, alarmDays: 3 })).toBe(ics);
    const later = exampleAgenda(ALL, '2026-11-27T12:00:00', 30);
    const laterUids = new Set(parse(formatAgendaIcs(later, { color: false, alarmDays: 3 })).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid')));
    const renew = agenda.events.find((e) => e.kind === 'renew-by' && e.subject === '212110000000201')!;
    expect(laterUids.has(eventUid(renew))).toBe(true);
  });
});

describe('ics text rules', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 sequence', () => {
    const line = `SUMMARY:${'数据删除'.repeat(30)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('a hostile subject survives a round trip through the parser', () => {
    const subject = 'a,b;c\\d\nSUMMARY:x 中文, ✓';
    const finding = { rule: 'backup-health', status: 'fail' as const, clauses: ['4.7'], subject, message: 'm', path: [], line: 1, column: 1, data: { dueAt: '2026-12-01T10:00:00+08:00', dueKind: 'backup-stale', dueTurnsTo: 'fail' } };
    const report: FileReport = { file: 'x.yaml', sha256: '', valid: true, errors: [], findings: [finding], account: { id: '9' } };
    const agenda = buildAgenda([report], at('2026-11-26'), at('2026-12-26'));
    const event = parse(formatAgendaIcs(agenda, { color: false, alarmDays: 0 })).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(`[fail] backup becomes stale: 9 · ${subject}`);
    expect(String(event.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('PT0S');
  });
});
