/**
 * GitHub Actions workflow commands and the Markdown step summary. `::error` for fail, `::warning` for
 * warn, `::notice` for waived findings, one `::error` per invalid-input or internal error; the
 * evidence first, in a collapsed log group. Every value from an input goes through `visible()` (as in
 * the text format) before GitHub's own `%25`/`%0D`/`%0A` escaping, so no raw control or bidi
 * character reaches the log and no value starts a line.
 */
import { isBaselined, type FormatContext, type Formatter, type Report, type ReportFinding } from '../../contract/report.js';
import { baselineLabel } from '../baseline-words.js';
import { INVALID_INPUT, clauseRefs, displayPath, waiverText } from './common.js';
import { renderMarkdown } from './markdown.js';
import { forHumans } from './human.js';
import { GITHUB_TEXT } from './github-text.js';

/**
 * GitHub shows at most this many annotations of each kind (error, warning, notice) per step; the
 * rest are dropped silently, so we emit the most severe first up to the cap and say what is left.
 */
const ANNOTATIONS_PER_KIND = 10;

type Kind = 'error' | 'warning' | 'notice';

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

function annotation(f: ReportFinding, file: string, lang: FormatContext['lang']): { kind: Kind; line: string } {
  const baselined = !f.waived && isBaselined(f);
  const kind: Kind = f.waived || baselined ? 'notice' : f.status === 'fail' ? 'error' : 'warning';
  const text = GITHUB_TEXT[lang ?? 'en'];
  const state = f.waived ? text.waived({ status: f.status }) : baselined ? text.baselined({ status: f.status, label: baselineLabel(f.baseline, lang) }) : '';
  const title = `${f.rule} ${clauseRefs(f.clauses)}${state ? ` (${state})` : ''}`.trim();
  const message = f.waived ? `${f.message}\n${waiverText(f)}` : f.message;
  return { kind, line: workflowCommand(kind, [['file', file], ['line', f.line], ['col', f.column], ['title', title]], message) };
}

/** Caps annotations per kind, most severe first (errors, warnings, notices; report order within each); the overflow line when any were left out. */
export function capAnnotations(annotations: readonly { kind: Kind; line: string }[], cap = ANNOTATIONS_PER_KIND, lang: FormatContext['lang'] = 'en'): string[] {
  const text = GITHUB_TEXT[lang];
  const order: Kind[] = ['error', 'warning', 'notice'];
  const out: string[] = [];
  const parts: string[] = [];
  for (const kind of order) {
    const all = annotations.filter((a) => a.kind === kind);
    out.push(...all.slice(0, cap).map((a) => a.line));
    if (all.length > cap) parts.push(text.more({ count: all.length - cap, kind }));
  }
  if (parts.length) out.push(text.overflow({ parts, cap }));
  return out;
}

/** GitHub Actions workflow commands: an annotation per warn/fail finding and per error (input values made visible). */
export const formatGithub: Formatter = forHumans((report, context) => {
  const text = GITHUB_TEXT[context.lang ?? 'en'];
  const evidence = text.evidence({ tool: `${report.tool.name} ${report.tool.version}`, agreement: report.agreement, asOf: report.asOf });
  const out = [`::group::${text.evidenceGroup}`, evidence, ...report.files.map((f) => `sha256 ${f.sha256 || '-'}  ${escapeData(f.file)}`), '::endgroup::'];
  const annotations: { kind: Kind; line: string }[] = [];
  for (const file of report.files) {
    const path = displayPath(file.file, context.cwd);
    for (const e of file.errors) {
      annotations.push({ kind: 'error', line: workflowCommand('error', [['file', path], ['line', e.line], ['col', e.column], ['title', `${INVALID_INPUT}: ${path}`]], e.message) });
    }
    for (const e of file.internalErrors ?? []) {
      annotations.push({ kind: 'error', line: workflowCommand('error', [['file', path], ['title', text.internalTitle({ rule: e.rule })]], e.message) });
    }
    for (const f of file.findings) {
      if (f.status === 'fail' || f.status === 'warn') annotations.push(annotation(f, path, context.lang));
    }
  }
  out.push(...capAnnotations(annotations, ANNOTATIONS_PER_KIND, context.lang));
  const s = report.summary;
  out.push(text.summary({ fail: s.fail, warn: s.warn, pass: s.pass, skip: s.skip, files: s.files, invalid: s.invalid, asOf: report.asOf }));
  return `${out.join('\n')}\n`;
});

/** The Markdown step summary for `$GITHUB_STEP_SUMMARY` (under 1 MiB, saying what it cut). */
export function githubStepSummary(report: Report, context: FormatContext): string {
  return renderMarkdown(report, context, {
    limit: STEP_SUMMARY_LIMIT,
    measure: (text) => Buffer.byteLength(text, 'utf8'),
    unit: 'bytes',
    title: 'clausecheck',
  });
}
