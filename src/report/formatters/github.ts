/**
 * GitHub Actions workflow commands and the Markdown step summary. `::error` for fail, `::warning` for
 * warn, `::notice` for waived findings, one `::error` per invalid-input or internal error; the
 * evidence first, in a collapsed log group.
 */
import type { FormatContext, Formatter, Report, ReportFinding } from '../../contract/report.js';
import { INVALID_INPUT, clauseRefs, displayPath, evidenceLine, waiverText } from './common.js';
import { renderMarkdown } from './markdown.js';

/** GitHub keeps a step summary up to 1 MiB; we stay under this many UTF-8 bytes. */
export const STEP_SUMMARY_LIMIT = 1_000_000;

/** Escapes a workflow command's message (data): `%`, CR and LF. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as data, plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line, e.g. `::error file=a.yaml,line=3,col=5,title=T::message`. */
export function workflowCommand(command: string, properties: [string, string | number][], message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function annotation(f: ReportFinding, file: string): string {
  const command = f.waived ? 'notice' : f.status === 'fail' ? 'error' : 'warning';
  const title = `${f.rule} ${clauseRefs(f.clauses)}${f.waived ? ` (${f.status}, waived)` : ''}`.trim();
  const message = f.waived ? `${f.message}\n${waiverText(f)}` : f.message;
  return workflowCommand(command, [['file', file], ['line', f.line], ['col', f.column], ['title', title]], message);
}

/** GitHub Actions workflow commands: an annotation per warn/fail finding and per error. */
export const formatGithub: Formatter = (report, context) => {
  const out = ['::group::clausecheck evidence', evidenceLine(report), ...report.files.map((f) => `sha256 ${f.sha256 || '-'}  ${escapeData(f.file)}`), '::endgroup::'];
  for (const file of report.files) {
    const path = displayPath(file.file, context.cwd);
    for (const e of file.errors) {
      out.push(workflowCommand('error', [['file', path], ['line', e.line], ['col', e.column], ['title', `${INVALID_INPUT}: ${path}`]], e.message));
    }
    for (const e of file.internalErrors ?? []) {
      out.push(workflowCommand('error', [['file', path], ['title', `internal error in rule ${e.rule}`]], e.message));
    }
    for (const f of file.findings) {
      if (f.status === 'fail' || f.status === 'warn') out.push(annotation(f, path));
    }
  }
  const s = report.summary;
  out.push(`clausecheck: ${s.fail} fail, ${s.warn} warn, ${s.pass} pass, ${s.skip} skip in ${s.files} file${s.files === 1 ? '' : 's'}${s.invalid ? `, ${s.invalid} invalid` : ''} (as of ${report.asOf})`);
  return `${out.join('\n')}\n`;
};

/** The Markdown step summary for `$GITHUB_STEP_SUMMARY` (under 1 MiB, saying what it cut). */
export function githubStepSummary(report: Report, context: FormatContext): string {
  return renderMarkdown(report, context, {
    limit: STEP_SUMMARY_LIMIT,
    measure: (text) => Buffer.byteLength(text, 'utf8'),
    unit: 'bytes',
    title: 'clausecheck',
  });
}
