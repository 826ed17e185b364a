/** One walk over every string of a file report that comes from an input, for redaction and display. */
import type { FileReport, ReportFinding, YamlPath } from './report.js';

/** What to do with each kind of string: text (messages, values, keys), subjects, the file name. */
export interface StringMaps {
  text(value: string): string;
  subject(value: string): string;
  file(value: string): string;
}

/**
 * The maps of a new finding's parts, each doing what `text` does (or `subject`, for path steps) but
 * free to differ in how (a cache that suits how often each part recurs).
 */
export interface FindingMaps {
  rule(value: string): string;
  subject(value: string): string;
  message(value: string): string;
  key(value: string): string;
  value(value: string): string;
}

function mapPath(path: YamlPath, maps: Pick<StringMaps, 'subject'>): YamlPath {
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (typeof step === 'string' && maps.subject(step) !== step) return path.map((s) => (typeof s === 'string' ? maps.subject(s) : s));
  }
  return path;
}

/** True when one element or property value (mapped by `map`, keys by `keyMap`) stays as it is. */
function unchangedItem(v: unknown, map: (value: string) => string, keyMap: (value: string) => string): boolean {
  return typeof v === 'string' ? map(v) === v : typeof v !== 'object' || v === null || unchangedDeep(v, map, keyMap);
}

/**
 * True when mapping leaves every string inside `value` (keys of objects, by `keyMap`, too) as it is.
 * Own enumerable keys in Object.keys order, read without allocating an array of them.
 */
function unchangedDeep(value: object, map: (value: string) => string, keyMap = map): boolean {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!unchangedItem(value[i], map, keyMap)) return false;
    return true;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (keyMap(key) !== key || !unchangedItem((value as Record<string, unknown>)[key], map, keyMap)) return false;
  }
  return true;
}

/** Maps every string inside a JSON-like value (keys too, by `keyMap`); returns the same object when nothing changed. */
function mapDeep<T>(value: T, map: (value: string) => string, keyMap = map): T {
  if (typeof value === 'string') return map(value) as T;
  if (typeof value !== 'object' || value === null || unchangedDeep(value, map, keyMap)) return value;
  const entries = Object.entries(value).map(([k, v]) => [keyMap(k), mapDeep(v, map, keyMap)] as const);
  if (Array.isArray(value)) return entries.map(([, v]) => v) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out as T;
}

/** The maps of a finding's parts when every text is mapped alike. */
function findingMaps(maps: StringMaps): FindingMaps {
  return { rule: maps.text, subject: maps.subject, message: maps.text, key: maps.text, value: maps.text };
}

/** Maps a finding's strings onto `out`: a copy of it, or the finding itself when it is new and held by no one else. */
function mapFindingOnto(out: ReportFinding, finding: ReportFinding, maps: FindingMaps): ReportFinding {
  out.rule = maps.rule(finding.rule);
  out.subject = maps.subject(finding.subject);
  out.message = maps.message(finding.message);
  out.path = mapPath(finding.path, maps);
  out.data = mapDeep(finding.data, maps.value, maps.key);
  if (finding.waived) out.waived = mapDeep(finding.waived, maps.value, maps.key);
  return out;
}

/** True when mapping leaves every string of a finding as it is. */
function findingUnchanged(finding: ReportFinding, maps: StringMaps): boolean {
  if (maps.text(finding.rule) !== finding.rule || maps.subject(finding.subject) !== finding.subject || maps.text(finding.message) !== finding.message) return false;
  for (const step of finding.path) if (typeof step === 'string' && maps.subject(step) !== step) return false;
  return unchangedDeep(finding.data, maps.text) && (!finding.waived || unchangedDeep(finding.waived, maps.text));
}

/** A finding with every input-derived string mapped: the finding itself when nothing changes, else a copy. */
export function mapFinding(finding: ReportFinding, maps: StringMaps): ReportFinding {
  return findingUnchanged(finding, maps) ? finding : mapFindingOnto({ ...finding }, finding, findingMaps(maps));
}

/** Maps a finding's strings in place: only for a finding just built, which nothing else holds yet. */
export function mapNewFinding(finding: ReportFinding, maps: FindingMaps): ReportFinding {
  return mapFindingOnto(finding, finding, maps);
}

/** A copy of a file report with every input-derived string mapped. */
export function mapFileStrings(report: FileReport, maps: StringMaps, eachFinding: (finding: ReportFinding, index: number) => ReportFinding = (f) => mapFinding(f, maps)): FileReport {
  const out: FileReport = {
    ...report,
    file: maps.file(report.file),
    errors: report.errors.map((e) => ({ ...e, message: maps.text(e.message), path: mapPath(e.path, maps) })),
    findings: report.findings.map(eachFinding),
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
