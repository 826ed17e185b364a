import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClause } from '../../src/model/clauses/index.js';
import { escapeHtml, formatHtml } from '../../src/report/formatters/html.js';
import { AS_OF, TRICKY_MESSAGE, TRICKY_SUBJECT, fixtureContext, fixtureReport } from './fixture.js';

/** Debian's Chromium, driven without any browser download. */
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
const SCREENSHOT = 'test-artifacts/html-report.png';

const html = formatHtml(fixtureReport(), fixtureContext());

describe('html: static checks', () => {
  it('is self-contained: no external resources, and a CSP that forbids fetching any', () => {
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(html).not.toMatch(/url\(|@import|@font-face/i);
    expect(html).not.toMatch(/\s(src|href|action|formaction|srcset|poster|background|xlink:href)\s*=/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('escapes every piece of report text', () => {
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain(escapeHtml(TRICKY_SUBJECT));
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('is deterministic', () => {
    expect(formatHtml(fixtureReport(), fixtureContext())).toBe(html);
  });
});

describe('html: in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    browser = await chromium.launch(LAUNCH);
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const visibleFindings = () => page.locator('article.finding:visible');
  const setStatus = async (status: string, checked: boolean) => page.locator(`input[name=status][value=${status}]`).setChecked(checked);

  it('makes no network request (only the file itself) and runs without errors or dialogs', () => {
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url).toMatch(/^(file|data):/);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('shows the evidence header and the status counts', async () => {
    const evidence = await page.locator('#evidence').innerText();
    for (const fact of ['clausecheck 0.1.0', 'aliyun-service-agreement@2020-09-24', AS_OF]) expect(evidence).toContain(fact);
    const card = (name: string) => page.locator(`[data-count=${name}] .n`).innerText();
    expect([await card('fail'), await card('warn'), await card('pass'), await card('skip'), await card('files'), await card('invalid')]).toEqual(['4', '4', '2', '2', '4', '1']);
  });

  it('shows each file’s counts, sha256 and a bar chart proportional to them', async () => {
    const report = fixtureReport();
    const rows = page.locator('#files tbody tr');
    expect(await rows.count()).toBe(4);
    const first = rows.nth(0);
    const cells = await first.locator('td.num').allInnerTexts();
    expect(cells).toEqual(['3', '2', '2', '1']);
    expect(await first.locator('td.hash').innerText()).toBe(report.files[0]!.sha256);
    const bar = await first.locator('.bar').boundingBox();
    const fail = await first.locator('.seg.fail').boundingBox();
    expect(fail!.width / bar!.width).toBeCloseTo(3 / 8, 2);
    for (let i = 0; i < 4; i++) expect(await rows.nth(i).locator('td.hash').innerText()).toBe(report.files[i]!.sha256);
  });

  it('shows a finding with its clause’s original Chinese text and English summary', async () => {
    const finding = page.locator('article.finding', { hasText: '211234567890001' });
    const clause = getClause('3.2.1')!;
    await expect.poll(() => finding.locator('blockquote.original').isVisible()).toBe(true);
    expect(await finding.locator('blockquote.original').innerText()).toBe(clause.original);
    expect(await finding.locator('.summary-en').innerText()).toBe(clause.summary);
    expect(await finding.locator('.loc').innerText()).toBe('line 41, column 5');
  });

  it('renders hostile text as text', async () => {
    const finding = page.locator('article.finding', { hasText: 'console access without MFA' });
    expect(await finding.locator('.subject code').innerText()).toBe(TRICKY_SUBJECT);
    // The HTML parser normalizes CR LF to LF in text.
    expect(await finding.locator('.msg').textContent()).toBe(TRICKY_MESSAGE.replace(/\r\n/g, '\n'));
    expect(await page.locator('script').count()).toBe(1);
  });

  it('filters by status', async () => {
    expect(await visibleFindings().count()).toBe(12);
    expect(await page.locator('#shown').innerText()).toBe('Showing 12 of 12 findings');
    await setStatus('pass', false);
    await setStatus('skip', false);
    expect(await visibleFindings().count()).toBe(8);
    expect(await page.locator('article.finding.pass:visible, article.finding.skip:visible').count()).toBe(0);
    expect(await page.locator('#shown').innerText()).toBe('Showing 8 of 12 findings');
    await setStatus('fail', false);
    expect(await page.locator('article.finding:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(['warn', 'warn', 'warn', 'warn']);
  });

  it('filters by rule, together with status, and says when nothing matches', async () => {
    await page.locator('select[name=rule]').selectOption('ram-user-control');
    expect(await visibleFindings().count()).toBe(1);
    await setStatus('fail', true);
    expect(await visibleFindings().count()).toBe(2);
    expect(await page.locator('#no-match').isVisible()).toBe(false);
    // The valid file, plus the two whose input or internal errors stay in view under any filter.
    expect(await page.locator('section.file:visible').count()).toBe(3);
    await setStatus('fail', false);
    await setStatus('warn', false);
    expect(await visibleFindings().count()).toBe(0);
    expect(await page.locator('#no-match').isVisible()).toBe(true);
    await page.locator('select[name=rule]').selectOption('');
    for (const s of ['fail', 'warn', 'pass', 'skip']) await setStatus(s, true);
    expect(await visibleFindings().count()).toBe(12);
  });

  it('saved a screenshot as a test artifact', () => {
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(50_000);
  });
});
