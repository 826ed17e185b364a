/**
 * A hand-written reader for the plain YAML that profiles are written in, used by the fast path
 * (fast-yaml.ts) instead of js-yaml where it can: it gives exactly the data js-yaml gives with the
 * fast path's schema (same key order, strings, null, booleans, NumberTokens, arrays, plain
 * objects), or it declines and js-yaml reads the text as before.
 *
 * It reads block mappings and sequences (compact `- key: value` items, a list at its key's
 * indentation), one-line scalars and flow collections (subset-scalars.ts), comments, blank lines,
 * CRLF, a leading BOM and a leading `---`. It declines anything else: multi-line scalars, block
 * scalars, anchors, aliases, tags, explicit keys, keys that are not strings, duplicate keys,
 * `<<`, `- - x`, a `-` with nothing after it, document markers later on, tabs, lone CRs, NUL,
 * indentation js-yaml would reject or read as a continuation, a top level that is not a mapping.
 */
import { CR, HASH, LF, SPACE } from './source-offsets.js';
import { COLON, DASH, DQ, OPEN, OPEN_BRACE, SQ, OutOfSubset, ScalarReader, decline, checkedPlainKey, plainValue, spaceOrEnd, newKey, quotedKey } from './subset-scalars.js';

/** An open block collection: its column and its mapping or list. */
interface Block {
  column: number;
  map: Record<string, unknown> | undefined;
  list: unknown[] | undefined;
}

/** Deeper block nesting is left to js-yaml (which stops at 100 nodes deep). */
const MAX_BLOCKS = 40;

class BlockReader extends ScalarReader {
  private readonly blocks: Block[] = [];
  /** A key whose value starts on a later line (null until then), its mapping and that mapping's column. */
  private pendingMap: Record<string, unknown> | undefined;
  private pendingKey = '';
  private pendingColumn = 0;
  constructor(s: string) {
    super(s);
    if (s.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  read(): Record<string, unknown> {
    let indent = this.nextLine();
    // js-yaml takes `---` at the start as a document marker whatever follows it (`---a: 1` is `a: 1`).
    if (indent === 0 && this.s.startsWith('---', this.pos)) {
      if (!this.marker()) decline();
      this.pos += 3;
      this.endLine();
      indent = this.nextLine();
    }
    for (; indent >= 0; indent = this.nextLine()) this.line(indent);
    if (this.pendingMap !== undefined) this.pendingMap[this.pendingKey] = null;
    const root = this.blocks[0];
    if (root?.map === undefined) decline();
    return root.map;
  }

  /** Whether a `---` or `...` document marker starts at `pos` (a line start). */
  private marker(): boolean {
    const s = this.s;
    const c = s.charCodeAt(this.pos);
    return (c === DASH || c === 0x2e) && s.charCodeAt(this.pos + 1) === c && s.charCodeAt(this.pos + 2) === c && spaceOrEnd(s.charCodeAt(this.pos + 3));
  }

  /** Skips blank and comment lines from a line start; returns the next content line's indentation (`pos` at its content), or -1 at the end. */
  private nextLine(): number {
    const s = this.s;
    for (;;) {
      let i = this.pos;
      while (s.charCodeAt(i) === SPACE) i++;
      const c = s.charCodeAt(i);
      if (c === LF) this.pos = i + 1;
      else if (c === CR) {
        if (s.charCodeAt(i + 1) !== LF) decline();
        this.pos = i + 2;
      } else if (c === HASH) {
        this.pos = i;
        this.skipComment();
      } else if (c !== c) return -1;
      else {
        const indent = i - this.pos;
        this.pos = i;
        return indent;
      }
    }
  }

  /**
   * Skips a comment at `pos` and its line break; a NUL (js-yaml rejects one anywhere) or a lone CR
   * in it declines. A comment is the only text this reader passes over without reading each
   * character as part of a token, which declines both.
   */
  private skipComment(): void {
    const s = this.s;
    const lf = s.indexOf('\n', this.pos);
    const end = lf < 0 ? s.length : lf;
    for (let i = this.pos; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === 0 || (c === CR && i !== lf - 1)) decline();
    }
    this.pos = lf < 0 ? s.length : lf + 1;
  }

  /** After a node: spaces, then a line break, the end, or a comment after a space. */
  private endLine(): void {
    const s = this.s;
    this.skipSpaces();
    const c = s.charCodeAt(this.pos);
    if (c === LF) this.pos++;
    else if (c === CR && s.charCodeAt(this.pos + 1) === LF) this.pos += 2;
    else if (c === HASH && s.charCodeAt(this.pos - 1) === SPACE) this.skipComment();
    else if (c === c) decline();
  }

  /** Reads one content line with indentation `indent` (`pos` at its content). */
  private line(indent: number): void {
    const s = this.s;
    const dash = s.charCodeAt(this.pos) === DASH && spaceOrEnd(s.charCodeAt(this.pos + 1));
    const pending = this.pendingMap;
    if (pending !== undefined) {
      this.pendingMap = undefined;
      // The value of `key:` is the block that starts here (more indented, or a list at the key's column), else null.
      if (indent > this.pendingColumn || (dash && indent === this.pendingColumn)) {
        const block = this.open(indent, dash);
        pending[this.pendingKey] = block.map ?? block.list;
        if (dash) this.item(block.list!, indent);
        else this.entry(block.map!, indent);
        return;
      }
      pending[this.pendingKey] = null;
    }
    if (indent === 0 && this.marker()) {
      // `...` ends the document: only blank and comment lines may follow.
      if (s.charCodeAt(this.pos) === DASH || this.blocks.length === 0) decline();
      this.pos += 3;
      this.endLine();
      if (this.nextLine() >= 0) decline();
      return;
    }
    const blocks = this.blocks;
    if (blocks.length === 0) {
      if (dash) decline();
      this.entry(this.open(indent, false).map!, indent);
      return;
    }
    let top = blocks[blocks.length - 1]!;
    while (top.column > indent) {
      blocks.pop();
      top = blocks[blocks.length - 1] ?? decline();
    }
    if (top.column !== indent) decline();
    if (top.list !== undefined) {
      if (dash) {
        this.item(top.list, indent);
        return;
      }
      // A list at its key's column ends at the next key.
      blocks.pop();
      top = blocks[blocks.length - 1] ?? decline();
      if (top.column !== indent || top.map === undefined) decline();
    }
    if (dash) decline();
    this.entry(top.map!, indent);
  }

  private open(column: number, list: boolean): Block {
    if (this.blocks.length >= MAX_BLOCKS) decline();
    const block: Block = list ? { column, map: undefined, list: [] } : { column, map: {}, list: undefined };
    this.blocks.push(block);
    return block;
  }

  /** Reads `key: value` at `pos` into `map`, a block mapping at `column`. */
  private entry(map: Record<string, unknown>, column: number): void {
    this.value(map, column, this.key(false));
  }

  /** Reads the value after `key` (`pos` at the `:`), on this line or, for an empty one, on the next. */
  private value(map: Record<string, unknown>, column: number, key: string): void {
    const s = this.s;
    if (s.charCodeAt(this.pos) !== COLON || !spaceOrEnd(s.charCodeAt(this.pos + 1))) decline();
    this.pos++;
    newKey(map, key);
    this.skipSpaces();
    const c = s.charCodeAt(this.pos);
    if (c === LF || c === CR || c === HASH || c !== c) {
      // Stored when the next content line (or the end) tells what it is.
      this.pendingMap = map;
      this.pendingKey = key;
      this.pendingColumn = column;
    } else map[key] = this.inline();
    this.endLine();
  }

  /** A value on the key's line: a quoted scalar, a flow collection or a plain scalar (not `a: b: c`). */
  private inline(): unknown {
    const c = this.s.charCodeAt(this.pos);
    if (c === DQ || c === SQ || c === OPEN || c === OPEN_BRACE) return this.flowNode();
    const text = this.plain(false);
    if (this.s.charCodeAt(this.pos) === COLON) decline();
    return plainValue(text);
  }

  /** Reads a `- ` item at `pos` into `list`, a block sequence at `column`: a one-line node or a compact mapping. */
  private item(list: unknown[], column: number): void {
    const s = this.s;
    const dash = this.pos;
    this.pos++;
    this.skipSpaces();
    const at = this.pos;
    const c = s.charCodeAt(at);
    if (c === LF || c === CR || c === HASH || c !== c || (c === DASH && spaceOrEnd(s.charCodeAt(at + 1)))) decline();
    let node: unknown;
    if (c === OPEN || c === OPEN_BRACE) node = this.flowCollection();
    else {
      const quoted = c === DQ || c === SQ;
      const text = c === DQ ? this.double() : c === SQ ? this.single() : undefined;
      const end = quoted ? this.pos : this.plainEnd(false);
      this.skipSpaces();
      if (s.charCodeAt(this.pos) === COLON) {
        // `- key: value`: a mapping at the key's column.
        const map = this.open(column + at - dash, false).map!;
        list.push(map);
        this.value(map, column + at - dash, text === undefined ? checkedPlainKey(s, at, end) : quotedKey(text));
        return;
      }
      node = text ?? plainValue(s.slice(at, end));
    }
    list.push(node);
    this.endLine();
  }
}

/**
 * The data js-yaml gives for `text` with the fast path's schema, when `text` is in the subset this
 * reader knows (see the module comment) and its top level is a mapping; else undefined.
 */
export function parseSubsetYaml(text: string): Record<string, unknown> | undefined {
  try {
    return new BlockReader(text).read();
  } catch (error) {
    if (error instanceof OutOfSubset) return undefined;
    throw error;
  }
}
