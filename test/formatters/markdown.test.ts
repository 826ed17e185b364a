import { describe, expect, it } from 'vitest';
import { MARKDOWN_LIMIT, formatMarkdown, mdCode } from '../../src/report/formatters/markdown.js';
import { mdText } from '../../src/report/formatters/cells.js';
import { HOME_URL } from '../../src/contract/version.js';
import { AS_OF, INVALID_FILE, fixtureContext, fixtureReport, largeReport } from './fixture.js';

const render = (verbose = false) => formatMarkdown(fixtureReport(), fixtureContext({ verbose }));
const rows = (md: string) => md.split('\n').filter((l) => l.startsWith('| '));
/** Unescaped pipes: the cell separators GitHub's table parser sees. */
const pipes = (row: string) => row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1;
const findingRows = (md: string) => rows(md).filter((r) => /^\| (❌|⚠️|✅|⏭️) (fail|warn|pass|skip)/.test(r) && r.includes('][]'));
const withoutCode = (md: string) => md.replace(/`+[^`]*`+/g, '');

describe('markdown', () => {
  it('opens with the totals, the evidence and a summary table with each file’s counts and sha256', () => {
    const md = render();
    expect(md.startsWith('## clausecheck report\n\n**4 fail · 4 warn · 2 pass · 2 skip · 1 of them waived** in 4 files (1 invalid)\n')).toBe(true);
    expect(md).toContain(`Evidence: clausecheck 0.1.0 · agreement \`aliyun-service-agreement@2020-09-24\` · as of \`${AS_OF}\` · fail-on fail`);
    const report = fixtureReport();
    expect(rows(md)).toContain(`| profiles/华东 客户/acme,inc.yaml | ❌ fail | 3 | 2 | 2 | 1 | \`${report.files[0]!.sha256}\` |`);
    expect(rows(md)).toContain(`| ${INVALID_FILE} | 🚫 invalid | 1 | 0 | 0 | 0 | \`${report.files[1]!.sha256}\` |`);
  });

  it('groups findings by file, worst first, with rule and clause links to the rule docs', () => {
    const md = render();
    const headings = md.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual(['### ❌ profiles/华东 客户/acme,inc.yaml', '### 🚫 profiles/broken.yaml', '### ⚠️ /srv/audits/globex.yaml', '### ⚠️ clausecheck.config.yaml']);
    const first = findingRows(md)[0];
    expect(first).toBe('| ❌ fail | [order-payment-window][] | [§3.2.1][order-payment-window §3.2.1] | 41:5 | `211234567890001` | Order 211234567890001 lapsed unpaid at 2026-11-20 00:00 +08:00. |');
    expect(md).toContain(`\n[order-payment-window]: ${HOME_URL}/blob/main/docs/rules/order-payment-window.md\n`);
    expect(md).toContain(`\n[order-payment-window §3.2.1]: ${HOME_URL}/blob/main/docs/rules/order-payment-window.md "Prepaid order hold period"\n`);
    // In Chinese the link title is the start of the clause's original text (the agreement has no clause titles).
    const zh = formatMarkdown(fixtureReport(), { ...fixtureContext(), lang: 'zh-CN' });
    expect(zh).toMatch(new RegExp(`\\n\\[order-payment-window §3\\.2\\.1\\]: \\S+ "[\\u4e00-\\u9fff][^"]{0,39}…?"\\n`));
    expect(zh).toContain('order-payment-window.md "在您付费之后，阿里云才开始为您提供服务。');
    expect(zh).not.toContain('Prepaid order hold period');
    const used = [...md.matchAll(/\]\[([^\]]*)\]/g)].map((m) => m[1]);
    const defined = new Set([...md.matchAll(/^\[([^\]]+)\]: /gm)].map((m) => m[1]));
    for (const ref of used) expect(ref === '' || defined.has(ref), ref).toBe(true);
    for (const m of md.matchAll(/\[([^\]]+)\]\[\]/g)) expect(defined.has(m[1]), m[1]).toBe(true);
  });

  it('lists warn and fail (waived ones marked), input and internal errors; pass and skip only with --verbose', () => {
    const md = render();
    expect(findingRows(md).map((r) => r.split(' | ')[0])).toEqual(['| ❌ fail', '| ❌ fail (waived)', '| ❌ fail', '| ⚠️ warn', '| ⚠️ warn', '| ❌ fail', '| ⚠️ warn', '| ⚠️ warn']);
    expect(md).toContain('*waived by li.wei&#64;example.com until 2026-12-31 (TICKET-42): Customer renews by bank transfer, "offline"; 50% paid (客户线下转账)*');
    expect(rows(md).filter((r) => r.startsWith('| 🚫 error | invalid-input |'))).toHaveLength(2);
    expect(md).toContain('internal error: TypeError');
    expect(findingRows(render(true))).toHaveLength(12);
  });

  it('escapes Markdown and HTML in messages so that no markup or extra cell appears', () => {
    const md = render();
    let header = 0;
    md.split('\n').forEach((line, i, all) => {
      if (!line.startsWith('| ')) return;
      if (!all[i - 1]?.startsWith('| ')) header = pipes(line);
      expect(pipes(line), line).toBe(header);
    });
    expect(pipes(rows(md)[0]!)).toBe(8);
    expect(pipes(findingRows(md)[4]!)).toBe(7);
    expect(withoutCode(md)).not.toMatch(/(?<!\\)<script/i);
    expect(md).toContain('RAM user ops "admin", \\<script\\>alert(1)\\</script\\> has console access without MFA: 100% of logins :: unprotected, see 第4.5条.<br>Second line &amp; more.');
    expect(mdText('a|b*c_d[e]<f>&g\nh')).toBe('a\\|b\\*c\\_d\\[e\\]\\<f\\>&amp;g<br>h');
    expect(mdCode('a`b|c')).toBe('``a`b\\|c``');
    expect(mdCode('`x')).toBe('`` `x ``');
  });

  it('keeps a large report under 65,000 characters and says exactly what it cut', () => {
    const report = largeReport(200, 40);
    const md = formatMarkdown(report, fixtureContext());
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    const match = /\*\*Cut to stay under 65,000 characters:\*\* ([\d,]+) findings in ([\d,]+) files are not listed\./.exec(md);
    expect(match).not.toBeNull();
    const cut = Number(match![1]!.replace(/,/g, ''));
    const shown = findingRows(md).length;
    expect(shown).toBeGreaterThan(50);
    expect(shown + cut).toBe(report.summary.fail + report.summary.warn);
    const shownPerFile = new Map<string, number>();
    for (const row of findingRows(md)) {
      const file = /`2112345(\d{4})\d{4}`/.exec(row)![1]!;
      shownPerFile.set(file, (shownPerFile.get(file) ?? 0) + 1);
    }
    const complete = [...shownPerFile.values()].filter((n) => n === 20).length;
    expect(Number(match![2])).toBe(200 - complete);
    expect(rows(md).filter((r) => r.startsWith('| profiles/customer-'))).toHaveLength(200);
  });

  it('cuts the summary table too when there are too many files, and counts what it left out', () => {
    const report = largeReport(3000, 1);
    const md = formatMarkdown(report, fixtureContext());
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    const match = /the summary table leaves out ([\d,]+) files \(the totals above count them\)/.exec(md);
    expect(match).not.toBeNull();
    const summaryRows = rows(md).filter((r) => r.startsWith('| profiles/customer-')).length;
    expect(summaryRows + Number(match![1]!.replace(/,/g, ''))).toBe(3000);
    expect(md).toMatch(/\*\*Cut to stay under 65,000 characters:\*\* 3,000 findings in 3,000 files are not listed;/);
  });

  it('adds no note when nothing was cut, and is deterministic', () => {
    expect(render()).not.toContain('Cut to stay under');
    expect(render()).toBe(render());
  });
});

describe('markdown in zh-CN', () => {
  it('puts the labels in Chinese and keeps statuses, rule ids, clauses and counts', () => {
    const report = fixtureReport();
    const en = formatMarkdown(report, fixtureContext({ verbose: false }));
    const zh = formatMarkdown(report, { ...fixtureContext({ verbose: false }), lang: 'zh-CN' });
    expect(zh).toContain('## clausecheck 报告');
    expect(zh).toContain('| 文件 | 结果 | Fail | Warn | Pass | Skip | SHA-256 |');
    expect(zh).toContain('| 状态 | 规则 | 条款 | 行:列 | 对象 | 消息 |');
    expect(zh).toContain('pass 和 skip 发现已计入上方数字但未列出');
    const s = report.summary;
    expect(zh).toContain(`**${s.fail} fail · ${s.warn} warn · ${s.pass} pass · ${s.skip} skip · 其中 ${s.waived} 项已豁免**，共 ${s.files} 个文件`);
    expect(zh.match(/\[§[\d.]+\]/g)).toEqual(en.match(/\[§[\d.]+\]/g));
  });
});
