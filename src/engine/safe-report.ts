/** The one redaction path of file reports: every message, subject, value and path cleaned (src/util/redact.ts). */
import type { FileReport, ReportFinding } from '../contract/report.js';
import { mapFileStrings, mapFinding, mapNewFinding, type StringMaps } from '../contract/map-strings.js';
import { safeSubject, safeText, wellFormed } from '../util/redact.js';

const SAFE: StringMaps = { text: (value) => safeText(value), subject: safeSubject, file: wellFormed };

/** Findings already cleaned: cleaning is idempotent, so a later pass keeps them as they are instead of copying them. */
const CLEAN = new WeakSet<ReportFinding>();

function cleanFinding(finding: ReportFinding): ReportFinding {
  if (CLEAN.has(finding)) return finding;
  const out = mapFinding(finding, SAFE);
  CLEAN.add(out);
  return out;
}

/** A finding just built (held by nothing else) cleaned in place, without a copy. */
export function safeNewFinding(finding: ReportFinding): ReportFinding {
  mapNewFinding(finding, SAFE);
  CLEAN.add(finding);
  return finding;
}

/** A file report with every user-derived string cleaned; the file name only made well-formed. */
export function safeFileReport(report: FileReport): FileReport {
  return mapFileStrings(report, SAFE, cleanFinding);
}
