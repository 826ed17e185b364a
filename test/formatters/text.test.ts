import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { FileReport, FormatContext, Report } from '../../src/contract/report.js';
import { mapFileStrings, mapFinding } from '../../src/contract/map-strings.js';
import { forHumans } from '../../src/report/formatters/human.js';
import { hasUnsafe } from '../../src/util/visible.js';
import { terminalWidth } from '../../src/batch/check-batch.js';
import { parseOnly, parseSort, sortByDue } from '../../src/report/display.js';
import { formatText, textBlock, textTail, wrapLine } from '../../src/report/formatters/text.js';
import { ACCOUNT, VALID_FILE, fixtureContext, fixtureReport } from './fixture.js';

const lines = (text: string) => text.split('\n');

describe('text: the terminal report', () => {
  it('heads each file with its path and the account’s name and id, and puts the location first', () => {
    const out = lines(formatText(fixtureReport(), fixtureContext()));
    expect(out[0]).toBe(`${VALID_FILE}  ${ACCOUNT.name} (${ACCOUNT.id})`);
    expect(out[1]).toBe(`  ${VALID_FILE}:41:5   fail  order-payment-window  §3.2.1  Order 211234567890001 lapsed unpaid at 2026-11-20 00:00 +08:00.`);
    expect(out).toContain('/srv/audits/globex.yaml  account 1680000000000002');
    expect(out).toContain('profiles/broken.yaml  (invalid)');
  });

  it('keeps one line per finding when not wrapping, and makes control characters visible', () => {
    const out = formatText(fixtureReport(), fixtureContext());
    expect(out).toContain('see 第4.5条.\\u000d\\u000aSecond line & more.');
    expect(lines(out).filter((l) => l.includes('  ram-user-control  '))).toHaveLength(2);
  });

  it('adds a summary line per file in a batch, and none for a single file', () => {
    const batch = lines(formatText(fixtureReport(), fixtureContext({ batch: true })));
    expect(batch).toContain('  = 3 fail, 2 warn, 2 pass, 1 skip');
    expect(batch.at(-2)).toBe('4 files, 1 invalid: 4 fail, 4 warn, 2 pass, 2 skip, 1 of them waived (as of 2026-11-26T00:00:00+08:00)');
    expect(formatText(fixtureReport(), fixtureContext())).not.toContain('  = ');
  });

  it('--only shows just the statuses asked for; the totals stay whole', () => {
    const out = lines(formatText(fixtureReport(), fixtureContext({ only: ['warn'] })));
    const statuses = out.map((l) => l.match(/:\d+:\d+ +(fail|warn|pass|skip)  /)?.[1]).filter(Boolean);
    expect(statuses).toEqual(['warn', 'warn', 'warn', 'warn']);
    expect(out.at(-2)).toContain('4 fail, 4 warn, 2 pass, 2 skip');
    // A file with nothing of that status and no errors is left out.
    expect(formatText(fixtureReport(), fixtureContext({ only: ['pass'] }))).not.toContain('clausecheck.config.yaml');
  });

  it('--sort due lists the soonest deadline first within a file, findings without one after, in order', () => {
    const out = lines(formatText(fixtureReport(), fixtureContext({ sort: 'due' })));
    const subjects = out.slice(1, 6).map((l) => l.match(/(211234567890001|211234567890002|i-bp1abcdefg|ram-user-control)/)?.[1]);
    expect(subjects).toEqual(['211234567890001', 'i-bp1abcdefg', '211234567890002', 'ram-user-control', 'ram-user-control']);
    const report = fixtureReport();
    const sorted = sortByDue(report.files[0]!.findings);
    expect(sorted.map((f) => f.data.dueAt ?? null).slice(0, 4)).toEqual(['2026-11-20T00:00:00+08:00', '2026-11-24T00:00:00+08:00', '2026-11-28T00:00:00+08:00', null]);
  });

  it('--summary-only prints one line per file with something to show, then the totals', () => {
    const out = formatText(fixtureReport(), fixtureContext({ summaryOnly: true, batch: true }));
    expect(lines(out)).toEqual([
      `${VALID_FILE}  ${ACCOUNT.name} (${ACCOUNT.id})  3 fail, 2 warn, 2 pass, 1 skip`,
      'profiles/broken.yaml  (invalid)  1 fail, 0 warn, 0 pass, 0 skip',
      '/srv/audits/globex.yaml  account 1680000000000002  0 fail, 1 warn, 0 pass, 1 skip',
      'clausecheck.config.yaml  0 fail, 1 warn, 0 pass, 0 skip',
      '4 files, 1 invalid: 4 fail, 4 warn, 2 pass, 2 skip, 1 of them waived (as of 2026-11-26T00:00:00+08:00)',
      '',
    ]);
    // Files with nothing of the statuses asked for (and no errors) are left out.
    expect(formatText(fixtureReport(), fixtureContext({ summaryOnly: true, only: ['fail'] }))).not.toContain('clausecheck.config.yaml');
  });

  it('wraps to the terminal width with a hanging indent, counting wide characters as two columns', () => {
    const report: Report = fixtureReport();
    report.files[0]!.findings[0]!.message = '账单 B-2026-10：¥1,234.56 自 2026-11-10 00:00 +08:00 起逾期；违约金按每日万分之五计算，共十七天，应付违约金为若干元整，请尽快缴清欠费。';
    for (const width of [60, 100, 160]) {
      const out = lines(formatText(report, fixtureContext({ width })));
      for (const line of out) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      const at = out.findIndex((l) => l.startsWith(`  ${VALID_FILE}:41:5`));
      expect(out[at + 1]).toMatch(/^ {6}\S/);
    }
    const wrapped = formatText(report, fixtureContext({ width: 60 }));
    // The location is never split: it starts its line whole.
    expect(wrapped).toContain(`\n  ${VALID_FILE}:41:5 `);
    expect(wrapped.replace(/\n {6}/g, ' ')).toContain('违约金按每日万分之五计算');
  });

  it('wraps coloured text by its visible width', () => {
    const out = lines(formatText(fixtureReport(), fixtureContext({ width: 80, color: true })));
    expect(out.some((l) => l.includes('\u001b['))).toBe(true);
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it('leaves short lines alone and does not wrap below 40 columns', () => {
    expect(wrapLine('  short', 80)).toBe('  short');
    expect(formatText(fixtureReport(), fixtureContext({ width: 20 }))).toBe(formatText(fixtureReport(), fixtureContext()));
  });

  it('prints Chinese labels with lang zh-CN', () => {
    const out = lines(formatText(fixtureReport(), fixtureContext({ lang: 'zh-CN', batch: true })));
    expect(out[0]).toBe(`${VALID_FILE}  ${ACCOUNT.name}（账号 ID ${ACCOUNT.id}）`);
    expect(out[1]).toContain(':41:5   未通过  order-payment-window  §3.2.1');
    expect(out).toContain('  = 未通过 3，警告 2，通过 2，跳过 1');
    expect(out.at(-2)).toBe('4 个文件，1 个无效：未通过 4，警告 4，通过 2，跳过 2，其中 1 项已豁免（评估时点 2026-11-26T00:00:00+08:00）');
  });
});

describe('display options', () => {
  it('wraps only a terminal: the width comes from stdout’s columns when it is a TTY', () => {
    expect(terminalWidth({ isTTY: true, columns: 160 })).toBe(160);
    expect(terminalWidth({ isTTY: false, columns: 160 })).toBeUndefined();
    expect(terminalWidth({})).toBeUndefined();
  });

  it('parses --only and --sort, naming the bad value', () => {
    expect(parseOnly(['warn,fail'])).toEqual(['fail', 'warn']);
    expect(parseOnly(['fail', 'skip'])).toEqual(['fail', 'skip']);
    expect(parseOnly([])).toBeUndefined();
    expect(() => parseOnly(['fail,wran'])).toThrow('--only: unknown status "wran"');
    expect(parseSort('due')).toBe('due');
    expect(() => parseSort('name')).toThrow('--sort: unknown order "name"');
  });
});

describe('display options reach every thread', () => {
  it('a batch plan’s display (language, filter, width) shapes the streamed text blocks', async () => {
    const { stepContext } = await import('../../src/batch/file-step.js');
    const report = fixtureReport();
    const plan = {
      asOf: Date.parse(report.asOf),
      rules: [],
      bufferDays: {},
      waivers: [],
      cwd: fixtureContext().cwd,
      failOn: 'fail' as const,
      verbose: false,
      display: { lang: 'zh-CN' as const, only: ['warn' as const], batch: true },
      ruleSummaries: [],
      meta: { tool: report.tool, agreement: report.agreement, asOf: report.asOf },
      json: false,
      texts: [{ color: false, width: 60 }],
      keepReports: false,
    } as unknown as Parameters<typeof stepContext>[0];
    const block = stepContext(plan, [], { textBlock, textTail }).texts[0]!.block(report.files[0]!);
    expect(block).toContain('  = 未通过 3，警告 2，通过 2，跳过 1');
    // Only the two warnings are listed, each starting with its location.
    expect(lines(block).filter((l) => l.startsWith('  profiles/')).map((l) => l.match(/\.yaml:(\d+:\d+)/)?.[1])).toEqual(['52:5', '120:7']);
    for (const line of lines(block)) expect(stringWidth(line)).toBeLessThanOrEqual(60);
  });
});

describe('text: untrusted strings are made visible where they are printed', () => {
  // Every string from an input wrapped in characters `visible` escapes, lone surrogates at both ends
  // so that two such strings printed side by side would pair up if escaped only together.
  const hostile = (value: string) => `\udc00\u202e${value}\u0007\t\n\ud800`;
  const maps = { text: hostile, subject: hostile, file: hostile };
  const hostileReport = (): Report => {
    const report = fixtureReport();
    const files = report.files.map((file, i) => {
      const marked: FileReport = i === 0 ? { ...file, notes: ['note'], baselineFixed: [{ rule: 'arrears', subject: 'bill-1', status: 'warn' }], internalErrors: [{ rule: 'arrears', message: 'boom' }] } : file;
      return mapFileStrings(marked, maps, (f) => {
        // mapFinding maps data keys too; the waiver's values are what text prints.
        const waived = f.waived && { reason: hostile(f.waived.reason), owner: hostile(f.waived.owner), expires: hostile(f.waived.expires) };
        return { ...mapFinding(f, maps), baseline: { state: 'unchanged', recorded: 'warn' }, ...(waived ? { waived } : {}) };
      });
    });
    return { ...report, files };
  };
  const contexts: Partial<FormatContext>[] = [{}, { verbose: true }, { only: ['warn', 'pass'] }, { sort: 'due', batch: true }, { summaryOnly: true }, { color: true }, { width: 60 }, { lang: 'zh-CN', verbose: true }];

  it.each(contexts.map((c) => [JSON.stringify(c), c] as const))('prints what the forHumans pass would give (%s)', (_name, overrides) => {
    const report = hostileReport();
    const out = formatText(report, fixtureContext(overrides));
    expect(out).toBe(forHumans(formatText)(report, fixtureContext(overrides)));
    // Nothing unsafe is left but the line breaks between lines and, in colour, the escape character of ANSI codes.
    expect(hasUnsafe(out.replaceAll('\n', '').replaceAll('\u001b', ''))).toBe(false);
    expect(out).toContain('\\udc00\\u202e');
    // The waived finding (a fail) is listed, unwrapped, in these.
    if (overrides === contexts[0] || overrides === contexts[1] || overrides === contexts[7]) expect(out).toContain('\\udc00\\u202e2026-12-31\\u0007');
  });
});
