import { Chalk } from 'chalk';
import type { FileReport, Formatter, ReportFinding, Status } from '../../contract/report.js';

const LABEL: Record<Status, string> = { fail: 'fail', warn: 'warn', pass: 'pass', skip: 'skip' };

function clauseList(clauses: readonly string[]): string {
  return clauses.map((c) => `§${c}`).join(' ');
}

/** Human-readable output: per file, each non-pass finding (all with --verbose), then a summary. */
export const formatText: Formatter = (report, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const paint: Record<Status, (s: string) => string> = { fail: c.red.bold, warn: c.yellow, pass: c.green, skip: c.gray };
  const out: string[] = [];
  const showFinding = (f: ReportFinding) => context.verbose || f.status === 'fail' || f.status === 'warn';
  const fileBlock = (file: FileReport) => {
    const lines: string[] = [];
    for (const e of file.errors) lines.push(`  ${c.red('error')}  ${file.file}:${e.line}:${e.column}  ${e.message}${e.path.length ? c.gray(`  (${e.path.join('.')})`) : ''}`);
    for (const e of file.internalErrors ?? []) lines.push(`  ${c.red('error')}  internal error in rule ${e.rule}: ${e.message}`);
    for (const f of file.findings.filter(showFinding)) {
      const waived = f.waived ? c.cyan(` [waived until ${f.waived.expires}: ${f.waived.reason}]`) : '';
      lines.push(`  ${paint[f.status](LABEL[f.status])}  ${c.bold(f.rule)}  ${c.gray(clauseList(f.clauses))}  ${f.message}${waived}  ${c.gray(`${file.file}:${f.line}:${f.column}`)}`);
    }
    for (const note of file.notes ?? []) lines.push(`  ${c.cyan('note')}  ${note}`);
    if (lines.length === 0) return;
    out.push(c.underline(file.file) + (file.valid ? '' : c.red('  (invalid)')), ...lines, '');
  };
  report.files.forEach(fileBlock);
  const s = report.summary;
  const parts = [`${s.fail} fail`, `${s.warn} warn`, `${s.pass} pass`, `${s.skip} skip`, ...(s.waived ? [`${s.waived} of them waived`] : [])];
  const files = `${s.files} file${s.files === 1 ? '' : 's'}${s.invalid ? `, ${s.invalid} invalid` : ''}`;
  out.push(`${c.bold(files)}: ${parts.join(', ')} (as of ${report.asOf})`);
  return `${out.join('\n')}\n`;
};
