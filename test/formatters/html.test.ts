import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClause } from '../../src/model/clauses/index.js';
import { escapeHtml, formatHtml } from '../../src/report/formatters/html.js';
import { ACCOUNT, TRICKY_MESSAGE, TRICKY_SUBJECT, fixtureContext, fixtureReport, largeReport } from './fixture.js';

/** Debian's Chromium, driven without any browser download. */
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
const ARTIFACTS = 'test-artifacts';

const html = formatHtml(fixtureReport(), fixtureContext());
const htmlZh = formatHtml(fixtureReport(), fixtureContext({ lang: 'zh-CN' }));
/** A report large enough to be packed (over 1 MB of findings) and to have more accounts than the index first shows (200). */
const packedHtml = formatHtml(largeReport(600, 20), fixtureContext());

describe('html: static checks', () => {
  it('is self-contained: no external resources, only in-page links, and a CSP that forbids fetching any', () => {
    for (const page of [html, htmlZh]) {
      expect(page).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
      expect(page).not.toMatch(/<script[^>]*\bsrc=/i);
      expect(page).not.toMatch(/url\(|@import|@font-face/i);
      expect(page).not.toMatch(/\s(src|action|formaction|srcset|poster|background|xlink:href)\s*=/i);
      expect(page).not.toMatch(/href="[^#]/);
      expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    }
  });

  it('embeds report text only as JSON that cannot end its script element', () => {
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain(JSON.stringify(TRICKY_SUBJECT).replace(/</g, '\\u003c'));
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('quotes each cited clause once, in an appendix: original and summary in English, the original alone in Chinese', () => {
    const clause = getClause('3.2.1')!;
    expect(html.match(/id="clause-3\.2\.1"/g)).toHaveLength(1);
    expect(html.match(/id="clause-/g)).toHaveLength(new Set(fixtureReport().files.flatMap((f) => f.findings.flatMap((x) => x.clauses))).size);
    expect(html).toContain(escapeHtml(clause.summary));
    expect(htmlZh).not.toContain(escapeHtml(clause.summary));
    expect(htmlZh).toContain('附录 A：引用的条款');
    expect(htmlZh).toContain('<html lang="zh-CN">');
  });

  it('is deterministic', () => {
    expect(formatHtml(fixtureReport(), fixtureContext())).toBe(html);
  });

  it('packs large reports: findings gzip-compressed in chunks, none of their text in the clear', () => {
    const big = packedHtml;
    expect(big).not.toContain('(2 days left) or it lapses');
    expect(big).toContain('"chunks":["H4sI');
  });
});

/** Opens a page in Chromium, failing the test on any request, console error or dialog. */
async function open(browser: Browser, source: string, name: string, log: { requests: string[]; problems: string[] }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.problems.push(m.text());
  });
  page.on('pageerror', (e) => log.problems.push(e.message));
  page.on('dialog', (d) => {
    log.problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await load(page, source, name);
  return page;
}

/** Loads another report into an open page (cheaper than a new page: no new renderer). */
async function load(page: Page, source: string, name: string): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'clausecheck-html-')), `${name}.html`);
  writeFileSync(file, source);
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready=true]');
}

/** Follows an in-page link and waits for the view to settle. */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await page.waitForSelector('html[data-ready=true]');
}

/** A screenshot of the window (not the whole page: a full-page capture costs three times as much) as a test artifact. */
const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}/${name}.png` });

describe('html: in Chromium', () => {
  let browser: Browser;
  let en: Page;
  let zh: Page;
  const log = { requests: [] as string[], problems: [] as string[] };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch(LAUNCH);
    en = await open(browser, html, 'report-en', log);
    zh = await open(browser, htmlZh, 'report-zh', log);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('makes no network request (only the file itself) and runs without errors or dialogs', () => {
    expect(log.requests.length).toBeGreaterThan(0);
    for (const url of log.requests) expect(url).toMatch(/^file:/);
    expect(log.problems).toEqual([]);
  });

  it('opens a batch on an index of accounts, most failures first, each linked to its account', async () => {
    await shot(en, 'html-index-en');
    const rows = en.locator('#rows tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => (td as { textContent: string }).textContent)))).toEqual([
      [ACCOUNT.name, ACCOUNT.id, 'profiles/华东 客户/acme,inc.yaml', '3', '2', 'fail'],
      ['(no account name)', '', 'profiles/broken.yaml', '1', '0', 'invalid'],
      ['(no account name)', '1680000000000002', '/srv/audits/globex.yaml', '0', '1', 'warn'],
      ['(no account name)', '', 'clausecheck.config.yaml', '0', '1', 'warn'],
    ]);
    expect(await en.locator('#shown').innerText()).toBe('4 of 4 accounts');
    expect(await rows.nth(0).locator('a').getAttribute('href')).toBe('#a-0');
  });

  it('searches by name, id or file, and sorts by warnings or name', async () => {
    await en.locator('#q').fill('ACME');
    expect(await en.locator('#rows tr').count()).toBe(1);
    await en.locator('#q').fill('1680');
    expect(await en.locator('#rows td:nth-child(2)').allInnerTexts()).toEqual(['1680000000000002']);
    await en.locator('#q').fill('no such account');
    expect(await en.locator('#rows tr').count()).toBe(0);
    expect(await en.locator('#no-match').isVisible()).toBe(true);
    expect(await en.locator('#shown').innerText()).toBe('0 of 4 accounts');
    await en.locator('#q').fill('');
    await en.locator('#order').selectOption('warn');
    expect(await en.locator('#rows td:nth-child(3)').allInnerTexts()).toEqual(['profiles/华东 客户/acme,inc.yaml', '/srv/audits/globex.yaml', 'clausecheck.config.yaml', 'profiles/broken.yaml']);
    await en.locator('#order').selectOption('name');
    expect(await en.locator('#rows td:nth-child(1)').allInnerTexts()).toEqual(['(no account name)', '(no account name)', '(no account name)', ACCOUNT.name]);
    await en.locator('#order').selectOption('fail');
  });

  it('heads an account with its name, id and the as-of instant; fails and warnings first, passes and skips folded', async () => {
    await go(en, '#a-0');
    await shot(en, 'html-account-en');
    const section = en.locator('section.account');
    expect(await section.locator('h2').innerText()).toBe(ACCOUNT.name);
    expect(await section.locator('.meta').innerText()).toBe(`Account ID ${ACCOUNT.id} · As of 2026-11-26 00:00 +08:00`);
    const attention = section.locator('h3 + ol.findings > li');
    expect(await attention.evaluateAll((lis) => lis.map((li) => li.className))).toEqual(['finding fail', 'finding fail', 'finding fail', 'finding warn', 'finding warn']);
    expect(await section.locator('details.folded').getAttribute('open')).toBeNull();
    expect(await section.locator('details.folded > summary').innerText()).toBe('Passed (2) and skipped (1) checks');
    expect(await section.locator('li.finding.pass:visible, li.finding.skip:visible').count()).toBe(0);
    await section.locator('details.folded > summary').click();
    expect(await section.locator('li.finding.pass:visible').count()).toBe(2);
  });

  it('shows due dates, amounts and waivers in plain words; line, column and SHA-256 only in the evidence appendix', async () => {
    const warn = en.locator('li.finding', { hasText: '211234567890002' });
    expect(await warn.locator('.due').innerText()).toBe('Due: 2026-11-28 00:00 +08:00');
    expect(await warn.locator('.amount').innerText()).toBe('Amount: ¥1,234.56');
    expect(await en.locator('li.finding', { hasText: 'i-bp1abcdefg' }).locator('.waiver').innerText()).toBe('Waived by li.wei@example.com until 2026-12-31 (TICKET-42): Customer renews by bank transfer, "offline"; 50% paid (客户线下转账)');
    const main = await en.locator('section.account ol.findings').first().innerText();
    expect(main).not.toMatch(/\b(41:5|52:5|88:5|120:7|131:7)\b|[0-9a-f]{64}/);
    await en.locator('li.finding', { hasText: '211234567890001' }).getByRole('link', { name: 'evidence' }).click();
    await en.waitForSelector('html[data-ready=true]');
    expect(await en.locator('details.evidence').getAttribute('open')).not.toBeNull();
    expect(await en.locator('tr:target').innerText()).toContain('order-payment-window\t211234567890001\t41:5');
    expect(await en.locator('details.evidence dl').innerText()).toContain(fixtureReport().files[0]!.sha256);
  });

  it('links each finding to its clause in the appendix, with the original Chinese text', async () => {
    await en.locator('li.finding', { hasText: '211234567890001' }).getByRole('link', { name: '§3.2.1' }).click();
    const clause = en.locator('article.clause:target');
    expect(await clause.getAttribute('id')).toBe('clause-3.2.1');
    expect(await clause.locator('blockquote.original').innerText()).toBe(getClause('3.2.1')!.original);
    expect(await clause.locator('.summary').innerText()).toBe(`Summary: ${getClause('3.2.1')!.summary}`);
  });

  it('renders hostile text as text', async () => {
    const finding = en.locator('li.finding', { hasText: 'console access without MFA' });
    expect(await finding.locator('.msg').textContent()).toBe(TRICKY_MESSAGE.replace(/\r\n/g, '\n'));
    expect(await en.locator('details.evidence').textContent()).toContain(TRICKY_SUBJECT);
    expect(await en.locator('script').count()).toBe(2);
  });

  it('shows an invalid profile’s problems without locations, which go to the evidence appendix', async () => {
    await go(en, '#a-1');
    const problems = en.locator('.problems');
    expect(await problems.locator('li').allInnerTexts()).toEqual(['orders[0].placed_at: expected a date-time such as 2026-11-26T09:30:00+08:00, got "yesterday"', 'unknown key "billng" (did you mean "billing"?)']);
    expect(await en.locator('details.evidence tbody tr').first().textContent()).toContain('7:16');
  });

  it('prints a page per account: every account rendered before printing, each starting a page', async () => {
    await go(en, '#');
    await en.emulateMedia({ media: 'print' });
    await en.evaluate("window.dispatchEvent(new Event('beforeprint'))");
    expect(await en.locator('#print-all section.account').count()).toBe(4);
    expect(await en.locator('#print-all section.account').nth(1).evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { breakBefore: string } }).getComputedStyle(el).breakBefore)).toBe('page');
    expect(await en.locator('.tools').isVisible()).toBe(false);
    await en.evaluate("window.dispatchEvent(new Event('afterprint'))");
    await en.emulateMedia({ media: 'screen' });
    expect(await en.locator('#print-all section.account').count()).toBe(0);
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    expect(await zh.locator('h1').innerText()).toBe('阿里云服务协议检查报告');
    expect(await zh.locator('#shown').innerText()).toBe('共 4 个账号，显示 4 个');
    await go(zh, '#a-0');
    await shot(zh, 'html-account-zh-CN');
    const section = zh.locator('section.account');
    expect(await section.locator('.meta').innerText()).toBe(`账号 ID ${ACCOUNT.id} · 评估时点 2026-11-26 00:00 +08:00`);
    expect(await section.locator('h3').first().innerText()).toBe('需要处理');
    expect(await section.locator('li.finding.fail .badge.fail').first().innerText()).toBe('未通过');
    expect(await section.locator('.counts .badge').allInnerTexts()).toEqual(['未通过 3', '警告 2', '通过 2', '跳过 1']);
    expect(await zh.locator('li.finding', { hasText: '211234567890002' }).locator('.amount').innerText()).toBe('金额: ¥1,234.56');
    expect(await zh.locator('#clauses h2').innerText()).toBe('附录 A：引用的条款');
    await go(zh, '#');
    await shot(zh, 'html-index-zh-CN');
  });

  it('opens a packed report and inflates an account’s chunk on demand', async () => {
    const packed = zh; // the Chinese tab, reused: a new tab costs a renderer process
    await load(packed, packedHtml, 'packed');
    // The index lists the first 200 accounts until asked for all.
    expect(await packed.locator('#rows tr').count()).toBe(200);
    await packed.getByRole('button', { name: 'Show all 600' }).click();
    expect(await packed.locator('#rows tr').count()).toBe(600);
    expect(await packed.locator('#more').isVisible()).toBe(false);
    await go(packed, '#a-230');
    expect(await packed.locator('section.account li.finding').count()).toBe(20);
    expect(await packed.locator('section.account h3 + ol li.finding').first().innerText()).toContain('Order 21123450230000');
    expect(log.problems).toEqual([]);
  });

  it('marks baselined and new findings, lists baseline entries now fixed, and names the baseline in the footer', async () => {
    const report = fixtureReport();
    report.files[0]!.findings[0]!.baseline = { state: 'unchanged', recorded: 'fail' };
    report.files[0]!.findings[1]!.baseline = { state: 'new' };
    report.files[0]!.baselineFixed = [{ rule: 'arrears', subject: 'B-2026-09', status: 'fail' }];
    report.baseline = { file: 'baseline.json', baselined: 1, new: 1, fixed: 1 };
    const page = zh; // the Chinese tab, reused
    await load(page, formatHtml(report, fixtureContext()), 'baseline');
    await go(page, '#a-0');
    expect(await page.locator('li.finding', { hasText: '211234567890001' }).locator('.badge.baseline-unchanged').innerText()).toBe('baselined');
    expect(await page.locator('li.finding', { hasText: '211234567890002' }).locator('.badge.baseline-new').innerText()).toBe('new');
    expect(await page.locator('ul.fixed li').allInnerTexts()).toEqual(['fixed arrears B-2026-09: fixed since the baseline (recorded fail)']);
    expect(await page.locator('#run').innerText()).toContain('baseline baseline.json: 1 baselined, 1 new, 1 fixed');
    expect(log.problems).toEqual([]);
  });

  it('saved screenshots as test artifacts', () => {
    for (const name of ['html-index-en', 'html-account-en', 'html-account-zh-CN', 'html-index-zh-CN']) expect(statSync(`${ARTIFACTS}/${name}.png`).size).toBeGreaterThan(20_000);
  });
});

