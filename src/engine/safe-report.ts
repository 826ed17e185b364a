/** The one redaction path of file reports: every message, subject, value and path cleaned (src/util/redact.ts). */
import type { FileReport } from '../contract/report.js';
import { mapFileStrings, type StringMaps } from '../contract/map-strings.js';
import { safeSubject, safeText, wellFormed } from '../util/redact.js';

const SAFE: StringMaps = { text: (value) => safeText(value), subject: safeSubject, file: wellFormed };

/** A file report with every user-derived string cleaned; the file name only made well-formed. */
export function safeFileReport(report: FileReport): FileReport {
  return mapFileStrings(report, SAFE);
}
