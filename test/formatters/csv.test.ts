import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, amountOf, formatCsv, formatCsvBom } from '../../src/report/formatters/csv.js';
import { csvField, guardFormula } from '../../src/report/formatters/cells.js';
import { humanReport } from '../../src/report/formatters/human.js';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import { ACCOUNT, AS_OF, FORMULA_SUBJECT, INVALID_FILE, TRICKY_MESSAGE, TRICKY_SUBJECT, VALID_FILE, WAIVER_REASON, fixtureContext, fixtureReport } from './fixture.js';

const render = () => formatCsv(fixtureReport(), fixtureContext());
/** Parses strictly: CRLF record delimiter only, every record as wide as the header. */
const records = (text: string): Record<string, string>[] => parse(text, { columns: true, record_delimiter: '\r\n', bom: true, relax_quotes: false, relax_column_count: false });
const rowFor = (text: string, subject: string) => records(text).find((r) => r.subject === subject);

describe('csv', () => {
  it('has a header and one row per finding, input error and internal error', () => {
    const text = render();
    const [header] = parse(text, { to: 1, record_delimiter: '\r\n' }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    const report = fixtureReport();
    const expected = report.files.reduce((n, f) => n + f.findings.length + f.errors.length + (f.internalErrors?.length ?? 0), 0);
    expect(records(text)).toHaveLength(expected);
  });

  it('gives file, line, column, rule, clauses, status, subject and message of a finding', () => {
    expect(rowFor(render(), '211234567890001')).toMatchObject({
      file: VALID_FILE,
      line: '41',
      column: '5',
      rule: 'order-payment-window',
      clauses: '3.2.1',
      status: 'fail',
      message: 'Order 211234567890001 lapsed unpaid at 2026-11-20 00:00 +08:00.',
      waived: '',
    });
    expect(rowFor(render(), 'i-bp1abcdefg')).toMatchObject({ clauses: '3.2.2 9.1.2', waived: 'yes', waiver_reason: WAIVER_REASON, waiver_owner: 'li.wei@example.com', waiver_expires: '2026-12-31', waiver_reference: 'TICKET-42' });
  });

  it('round-trips quotes, commas, CR/LF, markup, % and Chinese exactly', () => {
    const row = rowFor(render(), TRICKY_SUBJECT);
    expect(row?.message).toBe(TRICKY_MESSAGE);
    expect(records(render()).filter((r) => r.file === VALID_FILE)).toHaveLength(8);
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('plain 文本 %')).toBe('plain 文本 %');
  });

  it('ends every record with CRLF and never uses a bare LF or CR outside quotes', () => {
    const text = render();
    expect(text.endsWith('\r\n')).toBe(true);
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(outsideQuotes.split('\r\n')).toHaveLength(records(text).length + 2);
  });

  it('puts the evidence in every row: file sha256, agreement, as-of, tool version', () => {
    const report = fixtureReport();
    for (const row of records(render())) {
      const file = report.files.find((f) => f.file === row.file)!;
      expect(row).toMatchObject({ sha256: file.sha256, agreement: 'aliyun-service-agreement@2020-09-24', as_of: AS_OF, tool_version: 'clausecheck 0.1.0' });
    }
  });

  it('reports input errors and internal errors as rows with status error', () => {
    const errors = records(render()).filter((r) => r.status === 'error');
    expect(errors.map((r) => [r.file, r.rule, r.line, r.column, r.subject])).toEqual([
      [INVALID_FILE, 'invalid-input', '7', '16', 'orders.0.placed_at'],
      [INVALID_FILE, 'invalid-input', '9', '5', 'orders.0.billng'],
      ['/srv/audits/globex.yaml', 'backup-health', '', '', ''],
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(rowFor(render(), `'${FORMULA_SUBJECT}`)).toBeDefined();
    expect(guardFormula('=1+2')).toBe("'=1+2");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('+86 138')).toBe("'+86 138");
    expect(guardFormula('-12.50')).toBe('-12.50');
    expect(guardFormula('-')).toBe('-');
    expect(guardFormula('ok=1')).toBe('ok=1');
  });

  it('csv-bom is the same CSV after a UTF-8 byte order mark, registered as a format', () => {
    const bom = formatCsvBom(fixtureReport(), fixtureContext());
    expect(bom.charCodeAt(0)).toBe(0xfeff);
    expect(bom.slice(1)).toBe(render());
    expect(Buffer.from(bom, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(render().charCodeAt(0)).not.toBe(0xfeff);
    expect(FORMATTERS['csv-bom'](fixtureReport(), fixtureContext())).toBe(formatCsvBom(humanReport(fixtureReport()), fixtureContext()));
    expect(records(bom)).toEqual(records(render()));
  });

  it('gives the account id and name, the due date and the amount where a finding has them', () => {
    const rows = records(render());
    expect(rowFor(render(), '211234567890002')).toMatchObject({ account_id: ACCOUNT.id, account_name: ACCOUNT.name, due_at: '2026-11-28T00:00:00+08:00', amount: '1234.56', amount_kind: 'amount' });
    expect(rowFor(render(), 'i-bp1abcdefg')).toMatchObject({ due_at: '2026-11-24T00:00:00+08:00', amount: '9800', amount_kind: 'outstanding' });
    expect(rowFor(render(), '211234567890003')).toMatchObject({ account_name: ACCOUNT.name, due_at: '', amount: '', amount_kind: '' });
    expect(rows.filter((r) => r.file === '/srv/audits/globex.yaml').map((r) => [r.account_id, r.account_name])).toEqual([
      ['1680000000000002', ''],
      ['1680000000000002', ''],
      ['1680000000000002', ''],
    ]);
    expect(amountOf({ shortfall: '8300.00', lateFee: '10.49' })).toEqual({ amount: '8300.00', amount_kind: 'shortfall' });
    expect(amountOf({ balance: '-12.5' })).toEqual({ amount: '', amount_kind: '' });
  });

  it('guards account names against formulas too', () => {
    const report = fixtureReport();
    report.files[0]!.account = { id: '1', name: '=cmd|calc' };
    expect(records(formatCsv(report, fixtureContext())).find((r) => r.account_id === '1')?.account_name).toBe("'=cmd|calc");
  });

  it('--only keeps the rows of those statuses (and every error row)', () => {
    const rows = records(formatCsv(fixtureReport(), fixtureContext({ only: ['fail'] })));
    expect([...new Set(rows.map((r) => r.status))]).toEqual(['fail', 'error']);
    expect(rows.filter((r) => r.status === 'fail')).toHaveLength(4);
    expect(rows.filter((r) => r.status === 'error')).toHaveLength(3);
  });

  it('names the columns in Chinese with lang zh-CN; values stay as they are', () => {
    for (const format of [formatCsv, formatCsvBom]) {
      const text = format(fixtureReport(), fixtureContext({ lang: 'zh-CN' }));
      const [header] = parse(text, { to: 1, record_delimiter: '\r\n', bom: true }) as string[][];
      expect(header!.slice(0, 4)).toEqual(['文件', '账号ID', '账号名称', '行']);
      expect(header).toHaveLength(CSV_COLUMNS.length);
      expect(records(text).find((r) => r['对象'] === '211234567890002')).toMatchObject({ 状态: 'warn', 到期时间: '2026-11-28T00:00:00+08:00', 金额: '1234.56' });
    }
  });
});
