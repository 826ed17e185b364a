/** One walk over every string of a file report that comes from an input, for redaction and display. */
import type { FileReport, ReportFinding, YamlPath } from './report.js';

/** What to do with each kind of string: text (messages, values, keys), subjects, the file name. */
export interface StringMaps {
  text(value: string): string;
  subject(value: string): string;
  file(value: string): string;
}

function mapPath(path: YamlPath, maps: StringMaps): YamlPath {
  let changed = false;
  const next = path.map((step) => {
    if (typeof step !== 'string') return step;
    const mapped = maps.subject(step);
    if (mapped !== step) changed = true;
    return mapped;
  });
  return changed ? next : path;
}

/** Maps every string inside a JSON-like value (keys too); returns the same object when nothing changed. */
export function mapDeep<T>(value: T, map: (value: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  let changed = false;
  const entries = Object.entries(value).map(([k, v]) => {
    const key = map(k);
    const next = mapDeep(v, map);
    if (next !== v || key !== k) changed = true;
    return [key, next] as const;
  });
  if (!changed) return value;
  if (Array.isArray(value)) return entries.map(([, v]) => v) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out as T;
}

function mapFinding(finding: ReportFinding, maps: StringMaps): ReportFinding {
  const out: ReportFinding = {
    ...finding,
    rule: maps.text(finding.rule),
    subject: maps.subject(finding.subject),
    message: maps.text(finding.message),
    path: mapPath(finding.path, maps),
    data: mapDeep(finding.data, maps.text),
  };
  if (finding.waived) out.waived = mapDeep(finding.waived, maps.text);
  return out;
}

/** A copy of a file report with every input-derived string mapped. */
export function mapFileStrings(report: FileReport, maps: StringMaps): FileReport {
  const out: FileReport = {
    ...report,
    file: maps.file(report.file),
    errors: report.errors.map((e) => ({ ...e, message: maps.text(e.message), path: mapPath(e.path, maps) })),
    findings: report.findings.map((f) => mapFinding(f, maps)),
  };
  if (report.notes) out.notes = report.notes.map(maps.text);
  if (report.account) {
    const { id, name } = report.account;
    out.account = { ...(id === undefined ? {} : { id: maps.subject(id) }), ...(name === undefined ? {} : { name: maps.text(name) }) };
  }
  if (report.baselineFixed) out.baselineFixed = report.baselineFixed.map((e) => ({ ...e, rule: maps.text(e.rule), subject: maps.subject(e.subject) }));
  if (report.internalErrors) out.internalErrors = report.internalErrors.map((e) => ({ rule: maps.text(e.rule), message: maps.text(e.message) }));
  return out;
}
