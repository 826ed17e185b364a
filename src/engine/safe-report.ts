/** The one redaction path of file reports: every message, subject, value and path cleaned (src/util/redact.ts). */
import type { FileReport, ReportFinding } from '../contract/report.js';
import { mapFileStrings, mapFinding, mapNewFinding, type FindingMaps, type StringMaps } from '../contract/map-strings.js';
import { safeSubject, safeText, wellFormed } from '../util/redact.js';

const SAFE: StringMaps = { text: (value) => safeText(value), subject: safeSubject, file: wellFormed };

/** Texts longer than this (seldom repeated, and costly to hash) are cleaned without the memo. */
const MEMO_LENGTH = 128;
/**
 * The memo is emptied when it holds this many texts. Kept small: a text read from a profile may be a
 * slice that keeps the whole file's text alive (20,000 entries held about 25 MB more per thread).
 */
const MEMO_SIZE = 1_000;

/**
 * `clean` through a memo by content: a rule id, a data key or a subject recurs across findings and
 * files, and cleaning is a pure function of the text, so a text cleaned once is looked up.
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

/** Rule ids and data keys (texts that recur in every file) cleaned through a memo. */
const SAFE_NAME = remembered(new Map(), SAFE.text);

/**
 * The cleaning of a new finding's parts. Rule ids, data keys, subjects and path steps recur and are
 * remembered (two memos, as many texts held as before); a message (empty when brief) and a data value
 * (mostly a date or an amount the rule just built, which the memo would flatten and hash only to
 * miss, pushing the recurring texts out) are scanned each time.
 */
const SAFE_NEW: FindingMaps = {
  rule: SAFE_NAME,
  subject: remembered(new Map(), safeSubject),
  message: (value) => (value === '' ? value : safeText(value)),
  key: SAFE_NAME,
  value: SAFE.text,
};

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
