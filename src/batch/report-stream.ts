/**
 * Reads a JSON report a piece at a time: the top-level members (version, tool, agreement, asOf,
 * summary) whole, and the `files` array one entry at a time, so that merging shard reports of
 * thousands of profiles never holds a whole report in memory. Any valid JSON layout is read (the
 * scanner tracks strings, escapes and nesting), not only the layout clausecheck writes.
 */
import { createReadStream } from 'node:fs';

/** A piece of a report: a top-level member other than `files`, or one entry of `files`. */
export type ReportPiece = { kind: 'member'; key: string; value: unknown } | { kind: 'file'; value: unknown };

/** What is wrong with a report's text: `json` carries JSON.parse's own words in `detail`, `unexpected` the character. */
export interface ReportProblem {
  kind: 'after' | 'truncated' | 'notObject' | 'unexpected' | 'json';
  detail: string;
}

/** Thrown for text that is not a JSON object of the expected shape; the caller words the error from `problem`. */
export class ReportSyntaxError extends Error {
  constructor(readonly problem: ReportProblem) {
    super(`${problem.kind}${problem.detail ? `: ${problem.detail}` : ''}`);
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const FILES_KEY = /^\s*"files"\s*:\s*$/;

/** An incremental scanner: feed it text, take the pieces completed so far. */
export class ReportScanner {
  private buffer = '';
  private at = 0;
  private depth = 0;
  private inString = false;
  private stringStart = 0;
  private started = false;
  private ended = false;
  private inFiles = false;
  /** Where the current top-level member (depth 1) or files entry (depth 2) began in the buffer. */
  private memberStart = 0;
  private entryStart = 0;
  private readonly pieces: ReportPiece[] = [];

  /** Scans more text; returns the pieces it completed. */
  push(text: string): ReportPiece[] {
    this.buffer = this.buffer.slice(this.compactFrom()) + text;
    this.scan();
    return this.pieces.splice(0);
  }

  /** Ends the input; throws when the document is incomplete. */
  end(): void {
    if (!this.ended || this.buffer.slice(this.at).trim() !== '') throw new ReportSyntaxError({ kind: this.ended ? 'after' : 'truncated', detail: '' });
  }

  /** Drops what no open piece needs any more, and rebases the positions. */
  private compactFrom(): number {
    const keep = this.inFiles ? (this.depth >= 2 ? this.entryStart : this.at) : this.depth >= 1 ? this.memberStart : this.at;
    const cut = Math.min(keep, this.at);
    this.at -= cut;
    this.memberStart -= cut;
    this.entryStart -= cut;
    this.stringStart -= cut;
    return cut;
  }

  private scan(): void {
    const s = this.buffer;
    const n = s.length;
    let i = this.at;
    while (i < n) {
      if (this.inString) {
        const quote = s.indexOf('"', i);
        if (quote < 0) {
          i = n;
          break;
        }
        let slashes = 0;
        for (let k = quote - 1; k > this.stringStart && s.charCodeAt(k) === BACKSLASH; k--) slashes++;
        i = quote + 1;
        if (slashes % 2 === 0) this.inString = false;
        continue;
      }
      const c = s.charCodeAt(i);
      if (c === QUOTE) {
        this.inString = true;
        this.stringStart = i;
        i++;
        continue;
      }
      if (this.ended) {
        if (c > 32) throw new ReportSyntaxError({ kind: 'after', detail: '' });
        i++;
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.depth === 0) {
          if (c !== OPEN_BRACE) throw new ReportSyntaxError({ kind: 'notObject', detail: '' });
          this.started = true;
          this.memberStart = i + 1;
        } else if (this.depth === 1 && c === OPEN_BRACKET && FILES_KEY.test(s.slice(this.memberStart, i))) {
          this.inFiles = true;
          this.entryStart = i + 1;
        }
        this.depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (this.depth === 0) throw new ReportSyntaxError({ kind: 'unexpected', detail: s[i]! });
        if (this.inFiles && this.depth === 2) {
          this.entry(s.slice(this.entryStart, i), true);
          this.inFiles = false;
          this.memberStart = i + 1; // the rest of the "files" member is its closing bracket
          this.depth--;
          i++;
          continue;
        }
        this.depth--;
        if (this.depth === 0) {
          this.member(s.slice(this.memberStart, i));
          this.ended = true;
        }
      } else if (c === COMMA) {
        if (this.inFiles && this.depth === 2) {
          this.entry(s.slice(this.entryStart, i), false);
          this.entryStart = i + 1;
        } else if (this.depth === 1) {
          this.member(s.slice(this.memberStart, i));
          this.memberStart = i + 1;
        }
      } else if (!this.started && c > 32) {
        throw new ReportSyntaxError({ kind: 'notObject', detail: '' });
      }
      i++;
    }
    // A string still open at the end of the text is scanned again, whole, with the next text.
    this.at = this.inString ? this.stringStart : i;
    this.inString = false;
  }

  private entry(text: string, last: boolean): void {
    if (last && text.trim() === '') return; // an empty array, or nothing after the last comma
    this.pieces.push({ kind: 'file', value: parse(text) });
  }

  private member(text: string): void {
    if (text.trim() === '') return;
    if (FILES_KEY.test(text.replace(/\]\s*$/, ''))) return; // the files array, already given entry by entry
    const value = parse(`{${text}}`) as Record<string, unknown>;
    for (const [key, v] of Object.entries(value)) this.pieces.push({ kind: 'member', key, value: v });
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ReportSyntaxError({ kind: 'json', detail: (error as Error).message });
  }
}

/** Reads a report file piece by piece. */
export async function* readReportPieces(file: string): AsyncGenerator<ReportPiece> {
  const scanner = new ReportScanner();
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream) yield* scanner.push(chunk as string);
  scanner.end();
}
