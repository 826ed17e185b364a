/**
 * The baseline file (`.clausecheck-baseline.json`): what a recorded run found, per file, rule and
 * subject, so that a check can fail only on what is new or worse. Reading it (every problem located
 * at file:line:col, exit 2), building it from file reports, and rendering it deterministically.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs'; // read on use: loading node:fs/promises costs milliseconds of a start
import { UsageError } from '../util/usage-error.js';
import { decodeUtf8 } from '../load/bytes.js';
import { comparePaths } from '../load/inputs.js';
import { parseYaml } from '../load/yaml-document.js';
import { AGREEMENT_VERSION } from '../model/clauses/version.js';
import { atLeast } from '../engine/verdict.js';
import type { FileReport, Report, Status, YamlPath } from '../contract/report.js';
import { BASELINE_TEXT, type BaselineWords } from '../report/baseline-words.js';
import { readReason } from '../util/read-reason.js';
import { baselineKey, isRecordable, prepareBaseline, type BaselineEntry, type PreparedBaseline } from './baseline-apply.js';
import type { EffectiveConfig } from './effective.js';
import { displayConfigPath } from './discover.js';

/** The `format` of a baseline file. */
export const BASELINE_FORMAT = 'clausecheck-baseline/v1';

/** A loaded baseline. */
export interface Baseline {
  /** As shown to the user. */
  file: string;
  absolute: string;
  tool: { name: string; version: string };
  agreement: string;
  asOf: string;
  entries: BaselineEntry[];
}

/** A located problem in a baseline file, worded in any language. */
interface Problem {
  path: YamlPath;
  message: (m: BaselineWords) => string;
  onKey?: boolean;
}

const STATUSES: readonly Status[] = ['warn', 'fail'];

function describe(value: unknown, m: BaselineWords): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return m.aList();
  return typeof value === 'object' ? m.anObject() : typeof value === 'string' ? `"${value}"` : String(value);
}

/** The problem at `path`: the value there is not `what`. */
function wrongType(path: YamlPath, what: (m: BaselineWords) => string, value: unknown): Problem {
  return { path, message: (m) => m.expectedType({ what: what(m), found: describe(value, m) }) };
}

/** The problem of a missing key (located at its parent). */
function missing(path: YamlPath, key: string): Problem {
  return { path, message: (m) => m.missingKey({ key }) };
}

/** The 1-based line and column of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Where JSON.parse stopped: from V8's message (line/column or position), else the YAML parser's view, else the end. */
function syntaxPosition(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /position (\d+)/.exec(message);
  if (at) return positionOf(text, Number(at[1]));
  const problem = parseYaml(text).problems[0];
  return problem ? { line: problem.line, column: problem.column } : positionOf(text, text.length);
}

/** A string field of the document: missing, or of the wrong type, is a problem. */
function checkString(d: Record<string, unknown>, key: 'agreement' | 'asOf', problems: Problem[]): boolean {
  if (typeof d[key] === 'string') return true;
  problems.push(d[key] === undefined ? missing([], key) : wrongType([key], (m) => m.aString(), d[key]));
  return false;
}

function validate(data: unknown, problems: Problem[]): Omit<Baseline, 'file' | 'absolute'> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ path: [], message: (m) => m.notMapping() });
    return undefined;
  }
  const d = data as Record<string, unknown>;
  if (d.format !== BASELINE_FORMAT) {
    problems.push(d.format === undefined ? missing([], 'format') : { path: ['format'], message: (m) => m.wrongFormat({ found: describe(d.format, m), expected: BASELINE_FORMAT }) });
    return undefined;
  }
  const tool = d.tool as Record<string, unknown> | undefined;
  if (typeof tool?.name !== 'string' || typeof tool.version !== 'string') problems.push(tool === undefined ? missing([], 'tool') : wrongType(['tool'], (m) => m.toolObject(), tool));
  if (checkString(d, 'agreement', problems) && d.agreement !== AGREEMENT_VERSION) problems.push({ path: ['agreement'], message: (m) => m.foreignAgreement({ found: d.agreement as string, expected: AGREEMENT_VERSION }) });
  checkString(d, 'asOf', problems);
  if (!Array.isArray(d.entries)) {
    problems.push(d.entries === undefined ? missing([], 'entries') : wrongType(['entries'], (m) => m.entryList(), d.entries));
    return undefined;
  }
  const entries: BaselineEntry[] = [];
  const seen = new Set<string>();
  d.entries.forEach((raw: unknown, i: number) => {
    const at: YamlPath = ['entries', i];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(wrongType(at, (m) => m.entryObject(), raw));
      return;
    }
    const e = raw as Record<string, unknown>;
    let ok = true;
    for (const key of ['file', 'rule', 'subject'] as const) {
      if (typeof e[key] === 'string' && e[key] !== '') continue;
      ok = false;
      problems.push(e[key] === undefined ? missing(at, key) : wrongType([...at, key], (m) => m.nonEmptyString(), e[key]));
    }
    if (!STATUSES.includes(e.status as Status)) {
      ok = false;
      problems.push(e.status === undefined ? missing(at, 'status') : wrongType([...at, 'status'], (m) => m.warnOrFail(), e.status));
    }
    if (!ok) return;
    const entry = { file: e.file as string, rule: e.rule as string, subject: e.subject as string, status: e.status as Status };
    const id = `${entry.file}\u0000${entry.rule}\u0000${entry.subject}`;
    if (seen.has(id)) problems.push({ path: at, message: (m) => m.duplicateEntry(entry) });
    seen.add(id);
    entries.push(entry);
  });
  if (problems.length) return undefined;
  return { tool: { name: tool!.name as string, version: tool!.version as string }, agreement: d.agreement as string, asOf: d.asOf as string, entries };
}

/** Parses baseline bytes; throws a UsageError listing every problem as `file:line:col: message` (exit 2). */
export function parseBaseline(bytes: Uint8Array, absolute: string, cwd: string): Baseline {
  const file = displayConfigPath(absolute, cwd);
  const fail = (located: { line: number; column: number; message: (m: BaselineWords) => string }[]): never => {
    throw UsageError.worded((lang) => {
      const m = BASELINE_TEXT[lang];
      return { message: `${m.invalid()}\n${located.map((p) => `  ${file}:${p.line}:${p.column}: ${p.message(m)}`).join('\n')}`, hint: m.hintFix() };
    });
  };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return fail([{ ...decoded.problem, message: (m) => m.notJson({ detail: decoded.problem.message }) }]);
  const text = decoded.text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return fail([{ ...syntaxPosition(text, message), message: (m) => m.notJson({ detail: message.replace(/\s*\(line \d+ column \d+\)$/, '') }) }]);
  }
  const problems: Problem[] = [];
  const valid = validate(data, problems);
  if (!valid) {
    const parsed = parseYaml(text);
    const locate = parsed.problems.length ? () => ({ line: 1, column: 1 }) : parsed.locate;
    return fail(problems.map((p) => ({ ...locate(p.path, p.onKey), message: p.message })));
  }
  return { file, absolute, ...valid };
}

/** Reads a baseline file; a missing or unreadable one is a usage error (exit 2) naming it. */
export async function readBaseline(given: string, cwd: string): Promise<Baseline> {
  const absolute = path.resolve(cwd, given);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(absolute);
  } catch (error) {
    const file = displayConfigPath(absolute, cwd);
    const missingFile = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw UsageError.worded((lang) => {
      const m = BASELINE_TEXT[lang];
      const message = m.cannotRead({ file, why: readReason(error, lang) ?? (error as Error).message });
      return missingFile ? { message, hint: m.noBaselineHint() } : { message };
    });
  }
  return parseBaseline(bytes, absolute, cwd);
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return comparePaths(a.file, b.file) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0);
}

/**
 * The entries a run's file reports give: every warn and fail finding of each valid file, keyed
 * relative to `dir`. Findings of one rule about one subject in a file (two backups of one resource)
 * share their entry, which records the worst of their statuses.
 */
export function entriesFrom(files: readonly FileReport[], cwd: string, dir: string): BaselineEntry[] {
  const byId = new Map<string, BaselineEntry>();
  for (const report of files) {
    const file = baselineKey(report.file, cwd, dir);
    if (file === undefined || !report.valid) continue;
    for (const f of report.findings) {
      if (!isRecordable(f)) continue;
      const id = `${file}\u0000${f.rule}\u0000${f.subject}`;
      const known = byId.get(id);
      if (known === undefined) byId.set(id, { file, rule: f.rule, subject: f.subject, status: f.status });
      else if (!atLeast(known.status, f.status)) known.status = f.status;
    }
  }
  return [...byId.values()].sort(compareEntries);
}

/** The baseline file's text: stable key order, entries sorted by file, rule and subject, one per line. */
export function renderBaseline(meta: Pick<Report, 'tool' | 'agreement' | 'asOf'>, entries: readonly BaselineEntry[]): string {
  const head = JSON.stringify({ format: BASELINE_FORMAT, tool: meta.tool, agreement: meta.agreement, asOf: meta.asOf }, null, 2);
  const lines = [...entries].sort(compareEntries).map((e) => `    ${JSON.stringify({ file: e.file, rule: e.rule, subject: e.subject, status: e.status })}`);
  return `${head.slice(0, head.length - 2)},\n  "entries": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** The baseline a run uses (`--baseline`, else the config's `baseline:`), read and prepared; undefined when none. */
export async function loadRunBaseline(effective: Pick<EffectiveConfig, 'baseline' | 'active'>, cwd: string): Promise<PreparedBaseline | undefined> {
  if (!effective.baseline) return undefined;
  const baseline = await readBaseline(effective.baseline.value, cwd);
  return prepareBaseline(baseline.file, path.dirname(baseline.absolute), baseline.entries, effective.active.map((a) => a.rule.id));
}
