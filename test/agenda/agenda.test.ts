import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../src/report/agenda/build.js';
import { formatAgendaCsv, formatAgendaJson, formatAgendaMarkdown, formatAgendaText } from '../../src/report/agenda/formats.js';
import type { FileReport } from '../../src/contract/report.js';
import { at, exampleAgenda } from './fixture.js';

const ALL = ['compliant', 'expiring', 'overdue', 'stale-capture'];

describe('agenda from the findings’ own deadlines', () => {
  const agenda = exampleAgenda(ALL, '2026-11-26', 30);
  const pick = (subject: string, kind: string) => agenda.events.filter((e) => e.subject === subject && e.kind === kind);

  it('lists every coming deadline of the examples within 30 days, soonest first, with the right instant', () => {
    expect(agenda.events.map((e) => `${e.at} ${e.kind} ${e.subject}`)).toEqual([
      '2026-11-27T00:00:00+08:00 data-deleted 211990000000102',
      '2026-11-27T03:00:00+08:00 backup-stale i-bp1lakeside01',
      '2026-11-27T04:00:00+08:00 backup-stale lakeside-assets',
      '2026-11-28T00:00:00+08:00 renew-by 212110000000201',
      '2026-11-28T00:00:00+08:00 key-too-old LTAI5tHarbour00001',
      '2026-11-30T00:00:00+08:00 key-too-old LTAI5tDevZhao0002',
      '2026-11-30T00:00:00+08:00 key-unused LTAI5tDevZhao0002',
      '2026-11-30T01:00:00+08:00 backup-stale rm-uf6garden-db',
      '2026-12-01T00:00:00+08:00 notice-effective N-2026-118',
      '2026-12-02T03:00:00+08:00 backup-stale i-bp1lakeside01',
      '2026-12-02T04:00:00+08:00 backup-stale lakeside-assets',
      '2026-12-03T00:00:00+08:00 renew-by 213220000000301',
      '2026-12-05T00:00:00+08:00 expires 212110000000201',
      '2026-12-10T00:00:00+08:00 expires 212110000000202',
      '2026-12-10T00:00:00+08:00 expires 213220000000301',
      '2026-12-11T00:00:00+08:00 package-forfeited 212110000000203',
      '2026-12-15T00:00:00+08:00 notice-effective N-2026-120',
      '2026-12-16T00:00:00+08:00 expires V-88',
      '2026-12-20T00:00:00+08:00 data-deleted 212110000000201',
      '2026-12-20T00:00:00+08:00 data-deleted 212110000000202',
      '2026-12-25T00:00:00+08:00 data-deleted 212110000000202',
      '2026-12-25T00:00:00+08:00 data-deleted 213220000000301',
    ]);
  });

  it('carries account, status then, clauses, amount at stake, and merges one event stated by several rules', () => {
    expect(pick('212110000000201', 'renew-by')[0]).toMatchObject({
      file: 'examples/expiring.yaml', account: 'Suzhou Garden Media Studio', rule: 'renewal-deadline', status: 'fail', current: 'warn', clauses: ['3.2.2', '9.1.2'], amount: '9800.00',
    });
    expect(pick('212110000000201', 'expires')[0]).toMatchObject({ rules: ['renewal-deadline', 'auto-renew-funding', 'data-deletion-risk'], clauses: ['3.2.2', '9.1.2', '9.2', '6.4', '6.5'], amount: '9800.00', status: 'fail' });
    expect(pick('212110000000203', 'package-forfeited')[0]).toMatchObject({ status: 'warn', amount: '768.00', clauses: ['9.1.3', '9.1.2'] });
  });

  it('says which files’ facts stop at their capture', () => {
    expect(agenda.captured).toEqual([{ file: 'examples/stale-capture.yaml', account: 'Ningbo Harbour Freight Ltd.', capturedAt: '2026-11-12T09:00:00+08:00' }]);
  });

  it('keeps the horizon: --days 2 lists only the first day and a half', () => {
    expect(exampleAgenda(ALL, '2026-11-26', 2).events.map((e) => e.kind)).toEqual(['data-deleted', 'backup-stale', 'backup-stale']);
  });
});

describe('waiver expiries are events', () => {
  const finding = { rule: 'backup-health', status: 'fail' as const, clauses: ['4.7'], subject: 'i-1', message: 'Backup of i-1 has never succeeded.', path: ['backups', 0], line: 3, column: 5, data: {}, waived: { reason: 'migrating', owner: 'Li', expires: '2026-12-01' } };
  const report: FileReport = { file: 'a.yaml', sha256: '', valid: true, errors: [], findings: [finding], account: { id: '1', name: 'Acme' } };
  it('at the end of the waiver’s last day, turning to the finding’s status', () => {
    expect(buildAgenda([report], at('2026-11-26'), at('2026-12-10')).events).toEqual([
      expect.objectContaining({ at: '2026-12-02T00:00:00+08:00', kind: 'waiver-expires', status: 'fail', account: 'Acme', subject: 'i-1', rule: 'backup-health' }),
    ]);
    expect(buildAgenda([report], at('2026-11-26'), at('2026-12-02')).events).toEqual([]);
  });
});

describe('agenda formats', () => {
  const agenda = exampleAgenda(['expiring'], '2026-11-26', 14);

  it('json: {version, asOf, until, events}', () => {
    const doc = JSON.parse(formatAgendaJson(agenda, { color: false }));
    expect(Object.keys(doc)).toEqual(['version', 'asOf', 'until', 'events', 'captured']);
    expect(doc).toMatchObject({ version: 1, asOf: '2026-11-26T00:00:00+08:00', until: '2026-12-10T00:00:00+08:00' });
    expect(doc.events[0]).toEqual({
      at: '2026-11-28T00:00:00+08:00', file: 'examples/expiring.yaml', account: 'Suzhou Garden Media Studio', rule: 'renewal-deadline', rules: ['renewal-deadline'], subject: '212110000000201',
      kind: 'renew-by', status: 'fail', current: 'warn', message: expect.stringContaining('Renew order 212110000000201 by 2026-11-28 00:00 +08:00'), clauses: ['3.2.2', '9.1.2'], amount: '9800.00',
      action: 'Pay the renewal and record renewal.paid_at (auto-renew is not payment).',
    });
  });

  it('text: grouped by Beijing day, with what to do and the amount at stake', () => {
    const text = formatAgendaText(agenda, { color: false });
    expect(text).toContain('clausecheck agenda  2026-11-26 00:00 +08:00 → 2026-12-10 00:00 +08:00 (14 days)');
    expect(text).toContain('\n2026-11-28\n  00:00  → fail  renewal due  Suzhou Garden Media Studio · 212110000000201  ¥9,800.00 at stake\n         Pay the renewal');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('markdown: a heading and a table per day', () => {
    const md = formatAgendaMarkdown(agenda, { color: false });
    expect(md).toContain('### 2026-11-28');
    expect(md).toContain('| 00:00 | fail | renewal due | Suzhou Garden Media Studio | 212110000000201 | ¥9,800.00 |');
  });

  it('csv: RFC 4180 with CRLF, one row per event', () => {
    const csv = formatAgendaCsv(agenda, { color: false });
    expect(csv.split('\r\n')[0]).toBe('at,file,account,rule,rules,subject,kind,status,current,amount,clauses,message,action');
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(agenda.events.length);
    expect(rows[0]).toMatchObject({ at: '2026-11-28T00:00:00+08:00', kind: 'renew-by', amount: '9800.00', clauses: '3.2.2 9.1.2' });
  });

  it('zh-CN labels where the context asks for them', () => {
    expect(formatAgendaText(agenda, { color: false, lang: 'zh-CN' })).toContain('续费截止');
  });
});
