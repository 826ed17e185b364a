/** A self-contained HTML report (inline CSS and JS, no network) for account managers and customers. */
import { getClause } from '../../model/clauses/index.js';
import type { FileReport, FormatContext, Formatter, Report, ReportFinding, Status } from '../../contract/report.js';
import { STATUS_ORDER, countStatuses, displayPath, fileResult, waiverText } from './common.js';
import { HTML_CSS, HTML_JS } from './html-assets.js';
import { BASELINE_MESSAGES, baselineLabel, fixedText } from '../baseline-words.js';

/** Forbids every fetch: only the inline style and script run, images only from data: URIs. */
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

const LABEL: Record<Status, string> = { fail: 'Fail', warn: 'Warn', pass: 'Pass', skip: 'Skip' };

function bar(counts: Record<Status, number>): string {
  const total = STATUS_ORDER.reduce((sum, s) => sum + counts[s], 0);
  const label = STATUS_ORDER.map((s) => `${counts[s]} ${s}`).join(', ');
  const segs = total === 0 ? '' : STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => `<span class="seg ${s}" style="width:${((100 * counts[s]) / total).toFixed(2)}%"></span>`).join('');
  return `<div class="bar" role="img" aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}">${segs}</div>`;
}

function header(report: Report, context: FormatContext): string {
  const rows: [string, string][] = [
    ['Tool', `${report.tool.name} ${report.tool.version}`],
    ['Agreement', report.agreement],
    ['As of', report.asOf],
    ['Fail on', context.failOn],
    ...(report.baseline ? [['Baseline', BASELINE_MESSAGES.summary({ baseline: report.baseline })] as [string, string]] : []),
  ];
  return `<header class="top"><div class="inner">
<h1>Service agreement check</h1>
<p class="sub">Alibaba Cloud service agreement, clause by clause: ${report.summary.files} file${report.summary.files === 1 ? '' : 's'} checked as of ${escapeHtml(report.asOf)}</p>
<dl class="evidence" id="evidence">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
</div></header>`;
}

function cards(report: Report): string {
  const s = report.summary;
  const card = (cls: string, n: number, label: string) => `<div class="card ${cls}" data-count="${cls}"><div class="n">${n}</div><div class="l">${label}</div></div>`;
  return `<div class="cards">${STATUS_ORDER.map((st) => card(st, s[st], LABEL[st])).join('')}${s.waived ? card('waived', s.waived, 'Waived (not counted toward the exit code)') : ''}${card('files', s.files, 'Files')}${card('invalid', s.invalid, 'Invalid files')}</div>`;
}

function filesTable(report: Report, context: FormatContext): string {
  const rows = report.files.map((file) => {
    const c = countStatuses(file.findings);
    const result = fileResult(file);
    const cells = STATUS_ORDER.map((s) => `<td class="num" data-status="${s}">${c[s]}</td>`).join('');
    return `<tr data-file="${escapeHtml(file.file)}"><td>${escapeHtml(displayPath(file.file, context.cwd))}</td><td><span class="badge ${result}">${result}</span></td><td>${bar(c)}</td>${cells}<td class="hash">${escapeHtml(file.sha256 || '—')}</td></tr>`;
  });
  return `<h2>Files</h2>
<table class="files" id="files"><thead><tr><th>File</th><th>Result</th><th>Findings</th>${STATUS_ORDER.map((s) => `<th>${LABEL[s]}</th>`).join('')}<th>SHA-256</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function filters(report: Report): string {
  const rules = [...new Set(report.files.flatMap((f) => f.findings.map((x) => x.rule)))].sort();
  const totals = countStatuses(report.files.flatMap((f) => f.findings));
  const boxes = STATUS_ORDER.map((s) => `<label><input type="checkbox" name="status" value="${s}" checked> <span class="badge ${s}">${s}</span> ${totals[s]}</label>`).join('\n');
  const options = rules.map((r) => `<option value="${escapeHtml(r)}">${escapeHtml(r)}</option>`).join('');
  return `<form class="filters" id="filters" aria-label="Filter findings">
${boxes}
<label>Rule <select name="rule"><option value="">All rules</option>${options}</select></label>
<span class="count" id="shown" aria-live="polite"></span>
</form>`;
}

function clauseBlock(number: string, open: boolean): string {
  const clause = getClause(number);
  if (!clause) return `<details class="clause"><summary>§${escapeHtml(number)}</summary></details>`;
  return `<details class="clause"${open ? ' open' : ''}><summary>§${escapeHtml(clause.number)} ${escapeHtml(clause.title)}</summary>
<blockquote class="original" lang="zh-CN">${clauseOriginal(clause.original)}</blockquote>
<p class="summary-en">${escapeHtml(clause.summary)}</p></details>`;
}

function findingHtml(f: ReportFinding): string {
  const waived = (f.waived ? `<span class="badge waived">waived</span>` : '') + (f.baseline ? `<span class="badge baseline-${f.baseline.state}">${escapeHtml(baselineLabel(f.baseline))}</span>` : '');
  const waiver = f.waived ? `<p class="waiver">${escapeHtml(waiverText(f).replace(/^waived/, 'Waived'))}</p>` : '';
  const open = f.status === 'fail' || f.status === 'warn';
  return `<article class="finding ${f.status}" data-status="${f.status}" data-rule="${escapeHtml(f.rule)}" data-waived="${f.waived ? 'true' : 'false'}"${f.baseline ? ` data-baseline="${f.baseline.state}"` : ''}>
<div class="fhead"><span class="badge ${f.status}">${f.status}</span>${waived}<span class="rule">${escapeHtml(f.rule)}</span><span class="subject">subject <code>${escapeHtml(f.subject)}</code></span><span class="loc">line ${f.line}, column ${f.column}</span></div>
<p class="msg">${escapeHtml(f.message)}</p>${waiver}
${f.clauses.map((c) => clauseBlock(c, open)).join('\n')}
</article>`;
}

function fileSection(file: FileReport, context: FormatContext): string {
  const result = fileResult(file);
  const notes = file.notes?.length ? `<div class="notes">${file.notes.map((n) => `<div>${escapeHtml(n)}</div>`).join('')}</div>` : '';
  const problems = [
    ...file.errors.map((e) => `<li>line ${e.line}, column ${e.column}${e.path.length ? ` (<code>${escapeHtml(e.path.join('.'))}</code>)` : ''}: ${escapeHtml(e.message)}</li>`),
    ...(file.internalErrors ?? []).map((e) => `<li>internal error in rule <code>${escapeHtml(e.rule)}</code>: ${escapeHtml(e.message)}</li>`),
  ];
  const errors = problems.length ? `<ul class="errors">${problems.join('')}</ul>` : '';
  const fixed = file.baselineFixed?.length ? `<ul class="fixed">${file.baselineFixed.map((e) => `<li><span class="badge pass">${BASELINE_MESSAGES.fixedStatus()}</span> ${escapeHtml(fixedText(e))}</li>`).join('')}</ul>` : '';
  const order: Record<Status, number> = { fail: 0, warn: 1, pass: 2, skip: 3 };
  const findings = [...file.findings].sort((a, b) => order[a.status] - order[b.status]).map(findingHtml).join('\n');
  return `<section class="file" data-file="${escapeHtml(file.file)}">
<h3><span class="badge ${result}">${result}</span>${escapeHtml(displayPath(file.file, context.cwd))}</h3>
${notes}${errors}${fixed}${findings}
</section>`;
}

/** One self-contained HTML page: evidence, counts with bars per file, filterable findings with clause text. */
export const formatHtml: Formatter = (report, context) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>clausecheck report, as of ${escapeHtml(report.asOf)}</title>
<style>${HTML_CSS}</style>
</head>
<body>
${header(report, context)}
<main>
${cards(report)}
${filesTable(report, context)}
<h2>Findings</h2>
${filters(report)}
<p class="empty" id="no-match" hidden>No findings match the filters.</p>
${report.files.map((f) => fileSection(f, context)).join('\n')}
<footer>Generated by ${escapeHtml(`${report.tool.name} ${report.tool.version}`)} against ${escapeHtml(report.agreement)}, as of ${escapeHtml(report.asOf)}. Each file's SHA-256 identifies the exact input checked. Clause texts are quoted from the agreement; the English summaries are not legal advice.</footer>
</main>
<script>${HTML_JS}</script>
</body>
</html>
`;
