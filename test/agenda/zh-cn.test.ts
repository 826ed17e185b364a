/**
 * The agenda in zh-CN: text, Markdown, ICS, JSON/CSV `action` and chat digests read Chinese, with the
 * same facts (instants, amounts, rule ids, clause numbers) as English; the CLI's usage errors too.
 */
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DUE_KINDS } from '../../src/engine/due.js';
import { digestMessages } from '../../src/report/agenda/digest.js';
import { formatAgendaCsv, formatAgendaJson, formatAgendaMarkdown, formatAgendaText } from '../../src/report/agenda/formats.js';
import { formatAgendaIcs } from '../../src/report/agenda/ics.js';
import { DUE_HAPPENS, DUE_TODO } from '../../src/report/agenda/messages.js';
import { RULES } from '../../rules/index.js';
import { runCli } from '../helpers/cli.js';
import { englishRuns } from '../helpers/english-runs.js';
import { exampleAgenda } from './fixture.js';

const han = /[\u4e00-\u9fff]/;
const RULE_IDS = new Set(RULES.map((r) => r.id));
const agenda = exampleAgenda(['compliant', 'expiring', 'overdue', 'stale-capture'], '2026-11-26', 30);
const names = [...new Set(agenda.events.map((e) => e.account))];
const zh = { color: false, lang: 'zh-CN' as const };

describe('agenda words in zh-CN', () => {
  it('every deadline kind says what happens and what to do in Chinese, keeping keys and clause numbers', () => {
    for (const kind of DUE_KINDS) {
      for (const catalog of [DUE_HAPPENS, DUE_TODO]) {
        const en = catalog.en[kind];
        const text = catalog['zh-CN'][kind];
        expect(text, kind).toMatch(han);
        expect(englishRuns(text), kind).toEqual([]);
        for (const kept of en.match(/§[\d.]+\d|\b[a-z]+(?:[._][a-z_]+)+\b|AccessKey|RAM/g) ?? []) expect(text, `${kind} keeps ${kept}`).toContain(kept);
      }
    }
  });

  it('text: the exact lines of an event with an amount, and the heading', () => {
    const text = formatAgendaText(agenda, zh);
    expect(text.startsWith('clausecheck 待办日程  2026-11-26 00:00 +08:00 → 2026-12-26 00:00 +08:00（30 天）\n4 个文件，共 22 项\n\nexamples/stale-capture.yaml：事实采集于 2026-11-12T09:00:00+08:00，此后情况未知，日期按期间无变化推算。\n')).toBe(true);
    expect(text).toContain(
      '\n2026-11-28\n  00:00  → 未通过  续费截止  Suzhou Garden Media Studio · 212110000000201  涉及 ¥9,800.00\n         支付续费款项并记录 renewal.paid_at（自动续费不等于已付款）。\n         renewal-deadline §3.2.2 §9.1.2 · examples/expiring.yaml\n',
    );
    expect(englishRuns(text, names)).toEqual([]);
  });

  it('the same facts in both languages: every instant, amount, rule id and clause of every event line', () => {
    const facts = (text: string) => text.match(/\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?: ?[+-]\d{2}:\d{2})?)?|\b\d{2}:\d{2}\b|¥[\d,]+\.\d{2}|§[\w.-]+|\b[a-z]+(?:-[a-z]+)+\b/g)?.filter((f) => !/^[a-z]/.test(f) || RULE_IDS.has(f)) ?? [];
    const en = formatAgendaText(agenda, { color: false }).split('\n');
    const cn = formatAgendaText(agenda, zh).split('\n');
    expect(cn.length).toBe(en.length);
    for (let i = 3; i < en.length; i++) expect(facts(cn[i]!), en[i]).toEqual(facts(en[i]!));
  });

  it('markdown: Chinese headings and cells', () => {
    const md = formatAgendaMarkdown(agenda, zh);
    expect(md).toContain('| 时间 | 届时状态 | 事项 | 账号 | 对象 | 涉及金额 | 应做 | 规则 | 文件 |');
    expect(md).toContain('| 00:00 | 未通过 | 续费截止 | Suzhou Garden Media Studio | 212110000000201 | ¥9,800.00 | 支付续费款项并记录 renewal.paid\\_at（自动续费不等于已付款）。 | renewal-deadline §3.2.2 §9.1.2 | examples/expiring.yaml |');
    expect(englishRuns(md, names)).toEqual([]);
  });

  it('json and csv: the action in Chinese, keys and kinds as in English', () => {
    const doc = JSON.parse(formatAgendaJson(agenda, zh));
    expect(doc.events[3]).toMatchObject({ kind: 'renew-by', status: 'fail', amount: '9800.00', action: '支付续费款项并记录 renewal.paid_at（自动续费不等于已付款）。' });
    const rows = parseCsv(formatAgendaCsv(agenda, zh), { columns: true }) as Record<string, string>[];
    expect(rows[3]).toMatchObject({ kind: 'renew-by', action: '支付续费款项并记录 renewal.paid_at（自动续费不等于已付款）。' });
  });

  it('ics: still valid for ical.js, with Chinese summary, description and calendar name', () => {
    const calendar = new ICAL.Component(ICAL.parse(formatAgendaIcs(agenda, { ...zh, alarmDays: 1 })));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('clausecheck 待办日程');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(agenda.events.length);
    const renew = events.find((e) => String(e.getFirstPropertyValue('categories')) === 'renew-by')!;
    expect(renew.getFirstPropertyValue('summary')).toBe('[未通过] 续费截止：Suzhou Garden Media Studio · 212110000000201（¥9,800.00）');
    const description = String(renew.getFirstPropertyValue('description')).split('\n');
    expect(description[0]).toBe('支付续费款项并记录 renewal.paid_at（自动续费不等于已付款）。');
    expect(description.slice(2)).toEqual(['涉及金额：¥9,800.00', '规则：renewal-deadline §3.2.2 §9.1.2', '文件：examples/expiring.yaml']);
    expect(renew.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe(renew.getFirstPropertyValue('summary'));
  });

  it('chat digest: Chinese heading, event lines and part labels, within the limit', () => {
    const [first] = digestMessages(agenda, { lang: 'zh-CN' }, 18_000);
    expect(first!.startsWith('#### clausecheck 待办日程\n2026-11-26 00:00 +08:00 → 2026-12-26 00:00 +08:00（30 天） · 4 个文件，共 22 项\n')).toBe(true);
    expect(first).toContain('- 00:00 **未通过** 续费截止：Suzhou Garden Media Studio · 212110000000201 · ¥9,800.00\n  支付续费款项并记录 renewal.paid_at（自动续费不等于已付款）。（renewal-deadline §3.2.2 §9.1.2）\n');
    const parts = digestMessages(agenda, { lang: 'zh-CN' }, 1_500);
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((m, i) => {
      expect(m.startsWith(`#### clausecheck 待办日程 （第 ${i + 1}/${parts.length} 部分）\n`)).toBe(true);
      expect(Buffer.byteLength(m, 'utf8')).toBeLessThanOrEqual(1_500);
    });
  });
});

describe('clausecheck agenda --lang zh-CN', () => {
  it('writes the agenda and the invalid-file note in Chinese', async () => {
    const result = await runCli(['agenda', 'examples', '--as-of', '2026-11-26', '--lang', 'zh-CN']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('  00:00  → 未通过  续费截止  Suzhou Garden Media Studio · 212110000000201  涉及 ¥9,800.00\n');
    expect(result.stderr).toBe('clausecheck: examples/invalid.yaml 无效（11 个错误）；运行 clausecheck check 查看详情\n');
  });

  it.each([
    [['--days', '0'], 'clausecheck: --days：应为不少于 1 的整天数，实际为 "0"\n', 'clausecheck: --days: expected a whole number of days of at least 1, got "0"\n'],
    [['--days', '3', '--until', '2026-12-01'], 'clausecheck: --days 和 --until 只能给出其一\n', 'clausecheck: give --days or --until, not both\n'],
    [['--until', '2026-01-01'], 'clausecheck: --until：2026-01-01 不晚于评估时点 2026-11-26T00:00:00+08:00\n', 'clausecheck: --until: 2026-01-01 is not after the evaluation instant 2026-11-26T00:00:00+08:00\n'],
    [['--format', 'sarif'], 'clausecheck: 未知的待办日程格式 "sarif"\n  可用格式：text, json, markdown, csv, ics\n', 'clausecheck: unknown agenda format "sarif"\n  formats: text, json, markdown, csv, ics\n'],
    [['--format', 'ics', '--format', 'csv'], 'clausecheck: 只能有一个 --format 写到标准输出\n  请给其他格式指定文件：--format ics=agenda.ics\n', 'clausecheck: only one --format may write to stdout\n  give the others a file: --format ics=agenda.ics\n'],
    [['--notify', 'wecom'], 'clausecheck: --notify wecom：没有 webhook 地址\n  请给出 --notify wecom=URL 或设置 CLAUSECHECK_NOTIFY_WECOM\n', 'clausecheck: --notify wecom: no webhook URL\n  give --notify wecom=URL or set CLAUSECHECK_NOTIFY_WECOM\n'],
  ])('usage error %j in both languages', async (args, chinese, english) => {
    const base = ['agenda', 'examples/expiring.yaml', '--as-of', '2026-11-26', ...(args as string[])];
    const cn = await runCli([...base, '--lang', 'zh-CN']);
    expect([cn.code, cn.stderr]).toEqual([2, chinese]);
    const en = await runCli(base);
    expect([en.code, en.stderr]).toEqual([2, english]);
  });
});
