/**
 * The checks the loader makes on a profile's text before parsing it, folded into one walk over its
 * lines (nesting bound, line length, what starts and ends each line) and one native search for
 * each rare character the checks look for (tab, CR, BOM, `#`, `&`, `*`, `!`, `?`, `[`, `{`), each
 * check made only where its character is. A char-code loop over every character was measured too:
 * slower in V8 than the native searches, and costly to compile. It gives what three separate scans
 * gave, each with its regular expressions and passes: why the fast path leaves the text to the
 * `yaml` path (fast-yaml.ts), whether the text is in the subset whose positions are found on
 * demand (lazy-locate.ts), and the cheap nesting bound that says whether nestingProblem must look
 * closer (depth.ts). test/load/text-scan.test.ts checks it against those scans as they were.
 */
import { lineBound } from './depth.js';
import { flowInSubset } from './lazy-locate.js';
import { CR, HASH, LF, SPACE, isEnd, skipSpaces } from './source-offsets.js';

/** What the pre-parse checks found in a text. */
export interface TextScan {
  /** Why the fast path leaves the text to the `yaml` path before parsing; undefined when it need not. */
  decline: string | undefined;
  /** Whether positions may be found on demand (the loader asks only where `decline` is undefined). */
  lazy: boolean;
  /** More than the deepest nesting nestingProblem can find (see depth.ts). */
  depthBound: number;
}

const BOM = 0xfeff;
const DASH = 0x2d;
const DOT = 0x2e;
const PERCENT = 0x25;
const COLON = 0x3a;
const COMMA = 0x2c;
const DQ = 0x22;
const SQ = 0x27;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** The declines, in the order of precedence of their reasons. */
const TAB_FOUND = 1;
const LONE_CR = 2;
const BOM_INSIDE = 4;
const DIRECTIVE = 8;
const COMMENT = 16;
const MARKER = 32;

/** Whether `c` may stand right before a node property or an explicit key: space, line break, flow indicator (or the text's start). */
function beforeIndicator(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === BOM || c === OPEN || c === OPEN_BRACE || c === COMMA || c === COLON;
}

/** Whether `---` or `...` starts at `at`. */
function isMarker(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === DASH || c === DOT) && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c;
}

/** Whether a document marker at `at` (a line start) is followed by content after spaces on its line. */
function markerWithContent(text: string, at: number): boolean {
  const after = skipSpaces(text, at + 3);
  const c = text.charCodeAt(after);
  return after > at + 3 && !isEnd(c) && c !== HASH;
}

/**
 * Whether a `-` list item ends right before `end` (a line end, the text's end or, with `comment`, a
 * `#`): a `-` at a line start or after a space, then only spaces (with `comment`, at least one).
 */
function bareDashBefore(text: string, end: number, comment: boolean): boolean {
  let at = end - 1;
  while (at >= 0 && text.charCodeAt(at) === SPACE) at--;
  if (at < 0 || text.charCodeAt(at) !== DASH || (comment && at === end - 1)) return false;
  const before = at > 0 ? text.charCodeAt(at - 1) : LF;
  return before === SPACE || before === LF || before === BOM;
}

/** Whether `char` stands where it may be a node property or an explicit key (see beforeIndicator); a `?` only before a space or a line end. */
function indicatorIn(text: string, char: string): boolean {
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) {
    if (i > 0 && !beforeIndicator(text.charCodeAt(i - 1))) continue;
    if (char !== '?') return true;
    const next = text.charCodeAt(i + 1);
    if (next === SPACE || isEnd(next)) return true;
  }
  return false;
}

/** The pre-parse checks of `text` (see the module comment). */
export function scanText(text: string): TextScan {
  const n = text.length;
  let declines = text.includes('\t') ? TAB_FOUND : 0;
  let lazy = !(indicatorIn(text, '&') || indicatorIn(text, '*') || indicatorIn(text, '!') || indicatorIn(text, '?'));
  let depthBound = 0;
  // Each line: the nesting bound, the length, a directive or a document marker at its start, a bare `-` at its end.
  for (let start = 0; start < n; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? n : nl;
    const bound = lineBound(text, start);
    if (bound > depthBound) depthBound = bound;
    const first = text.charCodeAt(start);
    if (first === PERCENT) declines |= DIRECTIVE;
    else if ((first === DASH || first === DOT) && isMarker(text, start)) {
      // js-yaml reads `---#x` as a document start and a comment; `yaml` as a plain scalar.
      const next = start + 3 < n ? text.charCodeAt(start + 3) : SPACE;
      if (next !== SPACE && next !== CR && next !== LF) declines |= MARKER;
      if (markerWithContent(text, start)) lazy = false;
    }
    if (lazy && (end - start > 1000 || bareDashBefore(text, end, false))) lazy = false;
    start = end + 1;
  }
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== LF) declines |= LONE_CR;
    if (lazy && bareDashBefore(text, i, false)) lazy = false;
  }
  for (let i = text.indexOf('\uFEFF'); i >= 0; i = text.indexOf('\uFEFF', i + 1)) {
    if (i > 0) declines |= BOM_INSIDE;
    if (isMarker(text, i + 1) && markerWithContent(text, i + 1)) lazy = false;
  }
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (before === OPEN || before === OPEN_BRACE || before === COMMA) declines |= COMMENT;
    // js-yaml reads `"x"#c` as a comment, the `yaml` package objects.
    else if (before === DQ || before === SQ || before === CLOSE || before === CLOSE_BRACE || (lazy && bareDashBefore(text, i, true))) lazy = false;
  }
  for (const open of ['[', '{']) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      depthBound++;
      if (lazy && !flowInSubset(text, i)) lazy = false;
    }
  }
  return { decline: declineReason(text, declines), lazy, depthBound };
}

/** The first reason, in order of precedence, among the declines found. */
function declineReason(text: string, declines: number): string | undefined {
  if (declines === 0 && text.charCodeAt(0) !== BOM) return undefined;
  if (declines & TAB_FOUND) return 'a tab';
  if (declines & LONE_CR) return 'a lone CR';
  if (declines & BOM_INSIDE) return 'a BOM inside the text';
  // `yaml` counts a BOM into the first line's indentation.
  if (text.charCodeAt(0) === BOM && text.charCodeAt(1) === SPACE) return 'a BOM before indentation';
  if (declines & DIRECTIVE) return 'a directive';
  if (declines & COMMENT) return 'a comment not separated by a space';
  if (declines & MARKER) return 'a document marker run into text';
  return undefined;
}
