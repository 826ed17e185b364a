/** Helpers shared by the report formatters: paths, links, counts, evidence and waiver wording. */
import { posix } from 'node:path';
import { docUrl } from '../../contract/version.js';
import { countStatuses, reachesFailOn } from '../../engine/summary.js';
import type { FailOn, FileReport, Report, ReportFinding, Status } from '../../contract/report.js';
import { counts } from '../../engine/summary.js';

/** Statuses from most to least severe, the order reports list them in. */
export const STATUS_ORDER: readonly Status[] = ['fail', 'warn', 'pass', 'skip'];

/** The pseudo-rule id under which invalid-input errors are reported. */
export const INVALID_INPUT = 'invalid-input';

/** The docs of the pseudo-rules, which have no page in docs/rules/. */
const PSEUDO_RULE_DOCS: Readonly<Record<string, string>> = { waiver: 'docs/config.md#waivers', [INVALID_INPUT]: 'docs/profile-format.md' };

/** The docs page of a rule (a test checks that every link resolves to a file of the repository). */
export function ruleDocUrl(ruleId: string): string {
  return docUrl(PSEUDO_RULE_DOCS[ruleId] ?? `docs/rules/${encodeURIComponent(ruleId)}.md`);
}

/** True when a path is absolute (POSIX, or a Windows drive or UNC path). */
function isAbsolute(file: string): boolean {
  return file.startsWith('/') || /^[A-Za-z]:\//.test(file) || file.startsWith('//');
}

/** `/`-separated form of a path. */
function slashes(file: string): string {
  return file.replace(/\\/g, '/');
}

/** A file's path relative to `cwd` (no `..`) when inside it, else its absolute path; `-` stays `-`. */
export function locateFile(file: string, cwd: string): { relative?: string; absolute?: string } {
  if (file === '-') return { relative: '-' };
  const base = slashes(cwd);
  const absolute = posix.normalize(isAbsolute(slashes(file)) ? slashes(file) : posix.join(base, slashes(file)));
  const relative = posix.relative(base, absolute);
  if (relative === '' || relative.startsWith('../') || relative === '..' || isAbsolute(relative)) return { absolute };
  return { relative };
}

/** The path to show for a file: relative to `cwd` when inside it, else as given (with `/`). */
export function displayPath(file: string, cwd: string): string {
  return locateFile(file, cwd).relative ?? slashes(file);
}

/** Findings by status, and whether a finding fails a CI gate at `failOn`: the engine's one definition of each. */
export { countStatuses, reachesFailOn as failsGate };

/** The one-line overall result of a file: invalid, or its worst status. */
export function fileResult(file: FileReport): 'invalid' | Status | 'none' {
  if (!file.valid) return 'invalid';
  const counts = countStatuses(file.findings);
  return STATUS_ORDER.find((status) => counts[status] > 0) ?? 'none';
}

/** The clause references of a finding, e.g. `§3.2.2 §9.1.2`. */
export function clauseRefs(clauses: readonly string[]): string {
  return clauses.map((c) => `§${c}`).join(' ');
}

/** A waiver in words: `waived by OWNER until EXPIRES (REFERENCE): REASON`. */
export function waiverText(finding: ReportFinding): string {
  const w = finding.waived;
  if (!w) return '';
  return `waived by ${w.owner} until ${w.expires}${w.reference ? ` (${w.reference})` : ''}: ${w.reason}`;
}

