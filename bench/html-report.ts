/**
 * Measures the customer report (HTML) at scale: formats a JSON report (from `clausecheck check
 * --format json`) as HTML in both languages, then opens each page in Chromium and times it until
 * the index is shown. Prints the file size and the load time against the targets (30 MB, 5 s).
 *
 *   npx tsx bench/html-report.ts REPORT.json [--chromium /usr/bin/chromium]
 */
import { readFileSync, writeFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Lang, Report } from '../src/contract/report.js';
import { formatHtml } from '../src/report/formatters/html.js';

const MAX_BYTES = 30 * 1024 * 1024;
const MAX_LOAD_MS = 5000;

/** Chromium as the tests launch it: headless, no network services, no sandbox (containers). */
export const CHROMIUM_LAUNCH = {
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** Formats a report as HTML and times Chromium until the page says it is ready; returns bytes and milliseconds. */
export async function measureHtml(report: Report, lang: Lang, executablePath = '/usr/bin/chromium'): Promise<{ bytes: number; formatMs: number; loadMs: number; rows: number }> {
  const started = performance.now();
  const html = formatHtml(report, { failOn: 'fail', verbose: false, color: false, cwd: process.cwd(), rules: [], lang });
  const formatMs = performance.now() - started;
  const file = join(mkdtempSync(join(tmpdir(), 'clausecheck-html-bench-')), `report-${lang}.html`);
  writeFileSync(file, html);
  const browser = await chromium.launch({ executablePath, ...CHROMIUM_LAUNCH });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const t0 = Date.now();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready=true]', { timeout: 120_000 });
    const loadMs = Date.now() - t0;
    const rows = await page.locator('#rows tr').count();
    return { bytes: statSync(file).size, formatMs, loadMs, rows };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const [input] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!input) throw new Error('usage: tsx bench/html-report.ts REPORT.json');
  const report = JSON.parse(readFileSync(input, 'utf8')) as Report;
  const findings = report.files.reduce((n, f) => n + f.findings.length, 0);
  console.log(`${report.files.length} profiles, ${findings} findings`);
  for (const lang of ['en', 'zh-CN'] as const) {
    const m = await measureHtml(report, lang);
    const mb = (m.bytes / 1024 / 1024).toFixed(1);
    console.log(`${lang.padEnd(6)} size ${mb} MB (<= 30 MB ${m.bytes <= MAX_BYTES ? 'PASS' : 'MISS'})  format ${(m.formatMs / 1000).toFixed(2)} s  open in Chromium ${(m.loadMs / 1000).toFixed(2)} s (<= 5 s ${m.loadMs <= MAX_LOAD_MS ? 'PASS' : 'MISS'})  index rows ${m.rows}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
