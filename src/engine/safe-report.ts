/** The one redaction path of file reports: every message, subject, value and path cleaned (src/util/redact.ts). */
import type { FileReport, ReportFinding } from '../contract/report.js';
import { mapFileStrings, mapFinding, mapNewFinding, type FindingMaps, type StringMaps } from '../contract/map-strings.js';
import { safeSubject, safeText, wellFormed } from '../util/redact.js';

const SAFE: StringMaps = { text: (value) => safeText(value), subject: safeSubject, file: wellFormed };

/** Texts longer than this (seldom repeated, and costly to hash) are cleaned without the memo. */
const MEMO_LENGTH = 128;
/** A memo is emptied when it holds this many texts (a file with a great many subjects). */
const MEMO_SIZE = 1_000;

/**
 * `clean` through a memo by content: a rule id, a data key or a subject recurs across findings, and
 * cleaning is a pure function of the text, so a text cleaned once is looked up.
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

/** Rule ids and data keys (texts the rules' code holds, the same in every file) cleaned through a memo. */
const SAFE_NAME = remembered(new Map(), SAFE.text);

/**
 * The cleaning of a new finding's parts. Rule ids and data keys are remembered for the whole run;
 * subjects and path steps for one file (see `newFindingCleaner`); a message (empty when brief) and
 * a data value (mostly a date or an amount the rule just built, which a memo would flatten and hash
 * only to miss) are scanned each time.
 */
function findingMaps(subjects: Map<string, string>): FindingMaps {
  return { rule: SAFE_NAME, subject: remembered(subjects, safeSubject), message: safeMessage, key: SAFE_NAME, value: SAFE.text };
}

/** A finding's message cleaned (an empty one, of a finding checked in brief, as it is). */
function safeMessage(value: string): string {
  return value === '' ? value : safeText(value);
}

/**
 * A cleaner for the findings of one file, each just built (held by nothing else) and cleaned in
 * place. Its memo of subjects lives as long as the file: a subject read from a profile is a slice
 * of the file's text, and one memo for the whole run held those texts past young-generation
 * collections, which then promoted them: 43-47 MB promoted in a 2,000-file run, 9 MB with a memo
 * per file (docs/performance-history-3.md).
 */
export function newFindingCleaner(): (finding: ReportFinding) => ReportFinding {
  const maps = findingMaps(new Map());
  return (finding) => mapNewFinding(finding, maps);
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
