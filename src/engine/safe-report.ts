/** The one redaction path of file reports: every message, subject, value and path cleaned (src/util/redact.ts). */
import type { FileReport, ReportFinding } from '../contract/report.js';
import { mapFileStrings, mapFinding, mapNewFinding, type StringMaps } from '../contract/map-strings.js';
import { safeSubject, safeText, wellFormed } from '../util/redact.js';

const SAFE: StringMaps = { text: (value) => safeText(value), subject: safeSubject, file: wellFormed };

/** A finding just built (held by nothing else) cleaned in place, without a copy. */
export function safeNewFinding(finding: ReportFinding): ReportFinding {
  return mapNewFinding(finding, SAFE);
}

/**
 * A file report with every user-derived string cleaned; the file name only made well-formed.
 * `clean` holds findings cleaned already (a file's findings as checkFile returned them): a finding
 * that is the very object at the same place there is kept without another look (cleaning is
 * idempotent, and a waiver or baseline mark makes a new object, which is cleaned).
 */
export function safeFileReport(report: FileReport, clean?: readonly ReportFinding[]): FileReport {
  return mapFileStrings(report, SAFE, (finding, i) => (clean !== undefined && finding === clean[i] ? finding : mapFinding(finding, SAFE)));
}
