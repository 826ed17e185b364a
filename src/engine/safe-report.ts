/** The one redaction path of file reports: every message, subject, value and path cleaned (src/util/redact.ts). */
import type { FileReport, ReportFinding } from '../contract/report.js';
import { mapFileStrings, mapFinding, mapNewFinding, type StringMaps } from '../contract/map-strings.js';
import { safeSubject, safeText, wellFormed } from '../util/redact.js';

const SAFE: StringMaps = { text: (value) => safeText(value), subject: safeSubject, file: wellFormed };

/** Texts longer than this (messages, mostly, each built once) are cleaned without the memo. */
const MEMO_LENGTH = 128;
/**
 * The memo is emptied when it holds this many texts. Kept small: a text read from a profile may be a
 * slice that keeps the whole file's text alive (20,000 entries held about 25 MB more per thread).
 */
const MEMO_SIZE = 1_000;

/**
 * `clean` through a memo by content: a rule id, a data key, a subject or a date recurs across
 * findings and files, and cleaning is a pure function of the text, so a text cleaned once is looked up.
 */
function remembered(memo: Map<string, string>, clean: (value: string) => string): (value: string) => string {
  return (value) => {
    if (value.length > MEMO_LENGTH) return clean(value);
    let out = memo.get(value);
    if (out === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      out = clean(value);
      memo.set(value, out);
    }
    return out;
  };
}

const SAFE_NEW: StringMaps = { text: remembered(new Map(), SAFE.text), subject: remembered(new Map(), safeSubject), file: wellFormed };

/** A finding just built (held by nothing else) cleaned in place, without a copy. */
export function safeNewFinding(finding: ReportFinding): ReportFinding {
  return mapNewFinding(finding, SAFE_NEW);
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
