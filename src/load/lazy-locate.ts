/**
 * Positions on demand for the fast path. Most nodes never appear in a finding, so a profile in the
 * plain subset below is parsed without recording where nodes start; a locate call scans the source
 * text for only the nodes on its path (each mapping or sequence on it once, then remembered). The
 * data js-yaml built tells the scanner each node's kind and entry count; a key is found by its
 * place in the mapping. Whatever the scanner does not expect (a count that differs, an unexpected
 * character, integer-like keys, whose data order is not the source order) makes that file's
 * locator the recorded node tree instead, so every answer is the one the recorded tree gives.
 *
 * The subset (text-scan.ts, `flowInSubset`, `hasOddKey`) leaves to the recorded tree, which declines or reads
 * them exactly: anything that may be an anchor, alias, tag or explicit key; flow collections that
 * are not on one line or hold an empty entry, a pair in a list, a comment or a collection as a key
 * (readFlow); a list item with nothing on its line; a comment
 * right after a quote or bracket; a document marker followed by content; lines over 1,000
 * characters; keys that may have been written as null, a boolean, a number or a collection.
 */
import { NumberToken } from '../model/tokens.js';
import type { Locator } from './yaml-document.js';
import { SPACE, HASH, isEnd, lineStartsOf, linesUpTo, offsetAt, positionIn, skipSeparation, skipSpaces, type PathNode } from './source-offsets.js';

/** A key js-yaml may have made from null, a boolean or a number (`1:` gives "[object Object]"). */
export const ODD_KEYS = new Set(['null', 'true', 'false', '[object Object]']);

/** Whether any key in the data is one `ODD_KEYS` names (the recorded tree then decides). */
export function hasOddKey(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object' && hasOddKey(item)) return true;
    return false;
  }
  if (value instanceof NumberToken) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (ODD_KEYS.has(key)) return true;
    const item = record[key];
    if (item !== null && typeof item === 'object' && hasOddKey(item)) return true;
  }
  return false;
}

/** The scanner met something it does not expect: the recorded tree takes over. */
class Unexpected extends Error {}

const NEWLINE = 0x0a;
const DQ = 0x22;
const SQ = 0x27;
const DASH = 0x2d;
const COLON = 0x3a;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;

/**
 * Whether the flow collection at `open` is in the subset: on one line, in the grammar readFlow
 * reads, followed by nothing but a comment or, nested, the rest of the outer one (so never by `:`:
 * a collection as a key).
 */
export function flowInSubset(text: string, open: number): boolean {
  const end = readFlow(text, open);
  if (end < 0) return false;
  const after = text.charCodeAt(skipSpaces(text, end));
  return isEnd(after) || after === HASH || after === COMMA || after === CLOSE || after === CLOSE_BRACE;
}

/** After a quoted scalar that starts at `at` and ends on its line, or -1. */
function quotedOnLine(input: string, at: number): number {
  const quote = input.charCodeAt(at);
  for (let i = at + 1; ; i++) {
    const c = input.charCodeAt(i);
    if (isEnd(c)) return -1;
    if (quote === DQ && c === 0x5c /* \ */) i++;
    else if (c === quote) {
      if (quote === SQ && input.charCodeAt(i + 1) === SQ) i++;
      else return i + 1;
    }
  }
}

/** Characters that may not start a plain scalar in a flow collection (`-`, `?`, `:` may, before a non-space). */
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/** After one flow node at `at` (a key with `key`: no collection), or -1 outside the subset. */
function readFlowNode(input: string, at: number, key: boolean): number {
  const c = input.charCodeAt(at);
  if (c === OPEN || c === OPEN_BRACE) return key ? -1 : readFlow(input, at);
  if (c === DQ || c === SQ) return quotedOnLine(input, at);
  if (isEnd(c) || c === SPACE || NOT_PLAIN_START.has(c)) return -1;
  if ((c === DASH || c === 0x3f /* ? */ || c === COLON) && (input.charCodeAt(at + 1) === SPACE || isEnd(input.charCodeAt(at + 1)))) return -1;
  let i = at + 1;
  for (;;) {
    const d = input.charCodeAt(i);
    if (isEnd(d) || d === COMMA || d === CLOSE || d === CLOSE_BRACE || d === COLON) return i;
    if (d === OPEN || d === OPEN_BRACE || d === HASH) return -1;
    i++;
  }
}

/**
 * Reads a flow collection at `at` that lies on one line: plain or quoted scalars and nested
 * collections, no empty entries but a trailing comma, mapping entries `key: value` with a value.
 * Returns the offset after it, or -1 outside that subset; `starts` receives each item's start
 * (a sequence) or each key's and value's start (a mapping).
 */
function readFlow(input: string, at: number, starts?: number[]): number {
  const close = input.charCodeAt(at) === OPEN ? CLOSE : CLOSE_BRACE;
  let i = skipSpaces(input, at + 1);
  if (input.charCodeAt(i) === close) return i + 1;
  for (;;) {
    const start = i;
    i = readFlowNode(input, i, close === CLOSE_BRACE);
    if (i < 0) return -1;
    i = skipSpaces(input, i);
    if (close === CLOSE_BRACE) {
      const quoted = input.charCodeAt(start) === DQ || input.charCodeAt(start) === SQ;
      if (input.charCodeAt(i) !== COLON || (!quoted && input.charCodeAt(i + 1) !== SPACE)) return -1;
      const value = skipSpaces(input, i + 1);
      starts?.push(start, value);
      i = readFlowNode(input, value, false);
      if (i < 0) return -1;
      i = skipSpaces(input, i);
    } else starts?.push(start);
    const c = input.charCodeAt(i);
    if (c === close) return i + 1;
    if (c !== COMMA) return -1;
    i = skipSpaces(input, i + 1);
    if (input.charCodeAt(i) === close) return i + 1;
  }
}

/** Where the line holding offset `at` starts. A loop, not `lastIndexOf`, which V8 runs in C++ (a runtime call per use). */
function lineStartOf(input: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && input.charCodeAt(i) !== NEWLINE) i--;
  return i + 1;
}

/** The input's lines: where each starts and how far its content is indented (-1: blank or only a comment). */
class Lines {
  readonly starts: number[];
  readonly indents: number[];

  constructor(readonly input: string) {
    this.starts = lineStartsOf(input);
    this.indents = this.starts.map((start) => {
      const first = skipSpaces(input, start);
      const c = input.charCodeAt(first);
      return isEnd(c) || c === HASH ? -1 : first - start;
    });
  }

  /** The index of the line after the one `at` is on. */
  after(at: number): number {
    return linesUpTo(this.starts, at);
  }
}

/** After a quoted scalar that starts at `at`. */
function skipQuoted(input: string, at: number): number {
  const quote = input.charCodeAt(at);
  for (let i = at + 1; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (quote === DQ && c === 0x5c /* \ */) i++;
    else if (c === quote) {
      if (quote === SQ && input.charCodeAt(i + 1) === SQ) i++;
      else return i + 1;
    }
  }
  throw new Unexpected();
}

/** The line after the first line of a node that starts at `at` (past a quoted scalar; flow collections lie on one line). */
function afterFirstLine(lines: Lines, at: number): number {
  const c = lines.input.charCodeAt(at);
  return lines.after(c === DQ || c === SQ ? skipQuoted(lines.input, at) : at);
}

/** Whether a `-` at `at` is a list item indicator. */
function isDash(input: string, at: number): boolean {
  return input.charCodeAt(at) === DASH && (input.charCodeAt(at + 1) === SPACE || isEnd(input.charCodeAt(at + 1)));
}

/**
 * From a line index, skips blank and comment lines and lines indented more than `column` (and, with
 * `dashes`, list items at `column`: a mapping value's same-indent list). Returns the offset of the
 * first character of the line that ends the node, or -1 when the node runs to the end.
 */
function skipLines(lines: Lines, from: number, column: number, dashes: boolean): number {
  const { input, starts, indents } = lines;
  for (let line = from; line < starts.length; line++) {
    const indent = indents[line]!;
    if (indent < 0 || indent > column) continue;
    const first = starts[line]! + indent;
    if (dashes && indent === column && isDash(input, first)) continue;
    if (column === 0 && /^(?:---|\.\.\.)(?:[ \r\n]|$)/.test(input.slice(first, first + 4))) return -1;
    return first;
  }
  return -1;
}

/** A node found on demand; a mapping's or sequence's entries are scanned on first access. */
class ScannedNode implements PathNode {
  private scanned = false;
  private items?: ScannedNode[];
  private names?: string[];
  private starts?: number[];
  private valueNodes?: ScannedNode[];
  readonly kind: 'mapping' | 'sequence' | 'scalar';

  constructor(
    private readonly lines: Lines,
    readonly start: number,
    private readonly data: unknown,
  ) {
    this.kind = Array.isArray(data) ? 'sequence' : data !== null && typeof data === 'object' && !(data instanceof NumberToken) ? 'mapping' : 'scalar';
  }

  get children(): ScannedNode[] | undefined {
    this.scan();
    return this.items;
  }
  get keys(): string[] | undefined {
    this.scan();
    return this.names;
  }
  get keyStarts(): number[] | undefined {
    this.scan();
    return this.starts;
  }
  get values(): ScannedNode[] | undefined {
    this.scan();
    return this.valueNodes;
  }

  private scan(): void {
    if (this.scanned) return;
    this.scanned = true;
    const c = this.lines.input.charCodeAt(this.start);
    const flow = c === OPEN || c === OPEN_BRACE;
    if (flow) this.scanFlow();
    else if (this.kind === 'mapping') this.scanMapping();
    else if (this.kind === 'sequence') this.items = this.scanBlock();
  }

  private scanMapping(): void {
    const { lines } = this;
    const { input } = lines;
    const record = this.data as Record<string, unknown>;
    const names = this.keyNames();
    const column = this.start - lineStartOf(input, this.start);
    const starts: number[] = [];
    const values: ScannedNode[] = [];
    let key = this.start;
    while (key >= 0) {
      if (starts.length === names.length) throw new Unexpected();
      let colon = key;
      const c = input.charCodeAt(key);
      if (c === DQ || c === SQ) colon = skipSpaces(input, skipQuoted(input, key));
      else while (!(input.charCodeAt(colon) === COLON && (input.charCodeAt(colon + 1) === SPACE || isEnd(input.charCodeAt(colon + 1))))) {
        if (isEnd(input.charCodeAt(colon))) throw new Unexpected();
        colon++;
      }
      if (input.charCodeAt(colon) !== COLON) throw new Unexpected();
      const value = record[names[starts.length]!];
      starts.push(key);
      values.push(new ScannedNode(lines, this.valueStart(colon + 1, column, value), value));
      const inline = skipSpaces(input, colon + 1);
      key = skipLines(lines, afterFirstLine(lines, inline), column, true);
      if (key >= 0 && key - lineStartOf(input, key) < column) break;
    }
    if (starts.length !== names.length) throw new Unexpected();
    this.names = names;
    this.starts = starts;
    this.valueNodes = values;
  }

  /** Where a block mapping value starts: its content, or after the indicator's spaces when empty. */
  private valueStart(open: number, column: number, value: unknown): number {
    const { lines } = this;
    const { input } = lines;
    const at = skipSeparation(input, open);
    const lineStart = lineStartOf(input, at);
    const newLine = lineStart > open;
    const indent = at - lineStart;
    const content = at < input.length && (!newLine || indent > column || (indent === column && isDash(input, at)));
    if (content) return at;
    if (value !== null) throw new Unexpected();
    return skipSpaces(input, open);
  }

  private scanBlock(): ScannedNode[] {
    const { lines } = this;
    const { input } = lines;
    const list = this.data as unknown[];
    const column = this.start - lineStartOf(input, this.start);
    const items: ScannedNode[] = [];
    let dash = this.start;
    while (dash >= 0) {
      if (items.length === list.length || !isDash(input, dash)) throw new Unexpected();
      const at = skipSeparation(input, dash + 1);
      if (at >= input.length || lineStartOf(input, at) > dash + 1) throw new Unexpected();
      items.push(new ScannedNode(lines, at, list[items.length]));
      dash = skipLines(lines, afterFirstLine(lines, at), column, false);
      if (dash >= 0 && dash - lineStartOf(input, dash) !== column) break;
    }
    if (items.length !== list.length) throw new Unexpected();
    return items;
  }

  private scanFlow(): void {
    const { lines, data } = this;
    const { input } = lines;
    const starts: number[] = [];
    if (readFlow(input, this.start, starts) < 0) throw new Unexpected();
    const mapping = input.charCodeAt(this.start) === OPEN_BRACE;
    if (mapping !== (this.kind === 'mapping') || (!mapping && this.kind !== 'sequence')) throw new Unexpected();
    if (!mapping) {
      const list = data as unknown[];
      if (starts.length !== list.length) throw new Unexpected();
      this.items = starts.map((at, i) => new ScannedNode(lines, at, list[i]));
      return;
    }
    const record = data as Record<string, unknown>;
    const names = this.keyNames();
    if (starts.length !== names.length * 2) throw new Unexpected();
    this.names = names;
    this.starts = starts.filter((_, i) => i % 2 === 0);
    this.valueNodes = names.map((name, i) => new ScannedNode(lines, starts[2 * i + 1]!, record[name]));
  }

  /** The mapping's keys in source order: its data keys, unless integer-like keys reorder them. */
  private keyNames(): string[] {
    const names = Object.keys(this.data as object);
    if (names.some((name) => INDEX_KEY.test(name))) throw new Unexpected();
    return names;
  }
}

/** Where the root mapping starts: after separation and a `---` line. */
function rootStart(input: string): number {
  const at = skipSeparation(input, 0);
  if (input.startsWith('---', at) && at === lineStartOf(input, at)) return skipSeparation(input, at + 3);
  return at;
}

/**
 * A locator that scans `text` on demand (`input` is js-yaml's input, without a leading BOM);
 * `recorded` gives the recorded tree's locator, used from the first node the scanner does not expect.
 */
export function lazyLocator(text: string, input: string, data: unknown, recorded: () => Locator): Locator {
  const shift = text.length - input.length;
  let root: ScannedNode | undefined;
  let lines: Lines | undefined;
  let fallback: Locator | undefined;
  return (path, onKey = false) => {
    if (fallback) return fallback(path, onKey);
    try {
      lines ??= new Lines(input);
      root ??= new ScannedNode(lines, rootStart(input), data);
      const position = positionIn(lines.starts, offsetAt(root, path, onKey));
      // The `yaml` path counts a leading BOM into the first line.
      if (position.line === 1) position.column += shift;
      return position;
    } catch (error) {
      if (!(error instanceof Unexpected)) throw error;
      fallback = recorded();
      return fallback(path, onKey);
    }
  };
}
