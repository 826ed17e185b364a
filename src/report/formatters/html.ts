/**
 * The customer report: one self-contained HTML page (inline CSS and script, no network, strict
 * CSP). Per account, headed by its name, id and the as-of instant: fails and warnings first, passes
 * and skips folded away, each finding linked to the clause it cites (quoted once, in a clause
 * appendix) and to its evidence (file, line and column, SHA-256, in an evidence appendix). A batch
 * opens on an index of accounts with search and sorting. Findings travel as compact data rendered
 * on demand (see html-data.ts), so the page stays light at thousands of accounts. Printable: a page
 * per account.
 */
import { CLAUSES } from '../../model/clauses/index.js';
import type { FormatContext, Formatter, Report } from '../../contract/report.js';
import { labelsFor } from '../labels.js';
import { onlyFilter } from '../display.js';
import { HTML_CSS } from './html-assets.js';
import { HTML_JS } from './html-script.js';
import { dataElement, instantText, reportData } from './html-data.js';
import { BASELINE_TEXT } from '../baseline-words.js';

/** Forbids every fetch: only the inline style and scripts run, images only from data: URIs. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The agreement's text escaped, with its `**bold**` marks rendered. */
function clauseOriginal(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*([\s\S]+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*\*/g, '');
}

/** The clause numbers the shown findings cite, in the agreement's order. */
function citedClauses(report: Report, context: FormatContext): string[] {
  const cited = new Set(report.files.flatMap((f) => onlyFilter(f.findings, context).flatMap((x) => x.clauses)));
  return CLAUSES.filter((c) => cited.has(c.number)).map((c) => c.number);
}

/** Appendix A: each cited clause once, its Chinese original (and, in English, its title and summary). */
function clauseAppendix(report: Report, context: FormatContext): string {
  const labels = labelsFor(context.lang);
  const english = (context.lang ?? 'en') === 'en';
  const items = citedClauses(report, context).map((number) => {
    const clause = CLAUSES.find((c) => c.number === number)!;
    const title = english ? ` ${escapeHtml(clause.title)}` : '';
    const summary = english ? `\n<p class="summary"><b>${escapeHtml(labels.clauseSummary)}:</b> ${escapeHtml(clause.summary)}</p>` : '';
    return `<article class="clause" id="clause-${escapeHtml(number)}"><h3>§${escapeHtml(number)}${title}</h3>
<blockquote class="original" lang="zh-CN">${clauseOriginal(clause.original)}</blockquote>${summary}</article>`;
  });
  return `<section class="appendix" id="clauses"><h2>${escapeHtml(labels.clauseAppendix)}</h2>
<p class="intro">${escapeHtml(labels.clauseAppendixIntro)}</p>
${items.join('\n')}
</section>`;
}

/** The page header: what this is, how many accounts, as of when. */
function pageHeader(report: Report, context: FormatContext): string {
  const labels = labelsFor(context.lang);
  return `<header class="top"><div class="inner">
<h1>${escapeHtml(labels.reportHeading)}</h1>
<p class="sub">${escapeHtml(labels.reportSub(report.files.length))} · ${escapeHtml(labels.asOfLabel)} ${escapeHtml(instantText(report.asOf))}</p>
</div></header>`;
}

/** The footer: the run's evidence (tool, agreement, as-of, fail-on). */
function pageFooter(report: Report, context: FormatContext): string {
  const labels = labelsFor(context.lang);
  const rows: [string, string][] = [
    [labels.tool, `${report.tool.name} ${report.tool.version}`],
    [labels.agreement, report.agreement],
    [labels.asOfLabel, report.asOf],
    [labels.failOn, context.failOn],
    ...(report.summary.waived ? [[labels.waivedLabel, labels.waivedCount(report.summary.waived)] as [string, string]] : []),
    ...(report.baseline ? [[labels.baseline, BASELINE_TEXT[context.lang ?? 'en'].summary({ baseline: report.baseline })] as [string, string]] : []),
  ];
  return `<footer><dl class="run" id="run">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<p>${escapeHtml(labels.footer)}</p></footer>`;
}

/** One self-contained HTML page for customers and account managers, in English or Chinese. */
export const formatHtml: Formatter = (report, context) => {
  const labels = labelsFor(context.lang);
  return `<!DOCTYPE html>
<html lang="${context.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>${escapeHtml(labels.reportTitle)} · ${escapeHtml(instantText(report.asOf))}</title>
<style>${HTML_CSS}</style>
</head>
<body>
${pageHeader(report, context)}
<main>
<div id="app" aria-live="polite"></div>
<div id="print-all"></div>
${clauseAppendix(report, context)}
${pageFooter(report, context)}
</main>
${dataElement(reportData(report, context))}
<script>${HTML_JS}</script>
</body>
</html>
`;
};
