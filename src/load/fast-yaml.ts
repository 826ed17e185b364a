/**
 * A fast parse path beside the `yaml` one: js-yaml, with node positions found on demand
 * (lazy-locate.ts) or, outside the plain subset that scanner reads, recorded by a listener. In
 * that subset a hand-written reader (subset-yaml.ts) builds js-yaml's data where it can. It
 * gives the same data and the same positions as `parseYaml` (yaml-document.ts), or it declines,
 * and `parseProfileYaml` then uses `parseYaml`, whose diagnostics are the ones users see.
 *
 * It declines (throws `FastPathDeclined`) on anything it cannot reproduce exactly:
 * - any js-yaml error or warning (syntax errors, duplicate keys, several documents, deep nesting);
 * - a top level that is not a mapping (empty file, list, scalar: the `yaml` path words those);
 * - tabs, a lone CR, a BOM other than the first character or followed by a space, a `%` directive
 *   line, `---` or `...` run into text, a `#` right after `[`, `{`, `,`, a closing quote or bracket
 *   (js-yaml takes it as a comment, `yaml` objects);
 * - anchors, aliases and tags (`&a`, `*a`, `!!binary`...);
 * - keys that are not strings (numbers, booleans, null, collections), explicit `?` keys,
 *   keys longer than 1,000 characters;
 * - an empty value in a sequence or a flow collection (`- ` alone, `{a: }`), flow pairs (`[a: b]`),
 *   flow keys without values (`{a, b}`);
 * - any node the recorded events do not match one to one (a safety net).
 */
import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';
import { NumberToken } from '../model/tokens.js';
import { MAX_DEPTH, nestingProblem } from './depth.js';
import { parseYaml, type Locator, type ParsedYaml } from './yaml-document.js';
import { HASH, LF, SPACE, CR, lineStartsOf, offsetAt, positionIn, skipSeparation, skipSpaces } from './source-offsets.js';
import { hasOddKey, lazyLocator } from './lazy-locate.js';
import { scanText, type TextScan } from './text-scan.js';
import { BOOL_RE, NULL_RE, NUMBER_RE } from './subset-scalars.js';
import { parseSubsetYaml } from './subset-yaml.js';

/** Thrown by `parseYamlFast` when it cannot give exactly what the `yaml` path gives. */
export class FastPathDeclined extends Error {
  constructor(readonly reason: string) {
    super(`fast YAML path declined: ${reason}`);
  }
}

const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => NULL_RE.test(s), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => BOOL_RE.test(s),
      construct: (s: string) => s.charCodeAt(0) === 0x74 /* t */ || s.charCodeAt(0) === 0x54 /* T */,
    }),
    // A plain number keeps its source text, as the `yaml` path does.
    new Type('tag:yaml.org,2002:float', { kind: 'scalar', resolve: (s: string) => NUMBER_RE.test(s), construct: (s: string) => new NumberToken(s) }),
  ],
});

/** One composed node as the listener saw it. Offsets are in js-yaml's input (BOM removed). */
interface Frame {
  /** Where composition began (before any separating space). */
  open: number;
  /** Where the node's content (or properties) begin; set by the walk. */
  start: number;
  /** Where composition ended. */
  end: number;
  kind: string | null;
  result: unknown;
  children: Frame[] | undefined;
  /** For a mapping: key text, key start, value frame, in document order. */
  keys?: string[];
  keyStarts?: number[];
  values?: Frame[];
}

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === CR;
}

/** `&anchor`, `*alias` or `!tag`: the fast path leaves those to the `yaml` path. */
function isProperty(c: number): boolean {
  return c === 0x26 /* & */ || c === 0x2a /* * */ || c === 0x21; /* ! */
}

/** A wrapper frame (js-yaml composing a node by trying a block mapping first) gives way to its one child. */
function unwrap(frame: Frame): Frame {
  let f = frame;
  while (f.children !== undefined && f.children.length === 1 && f.children[0]!.result === f.result) f = f.children[0]!;
  return f;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Counts value nodes as the `yaml` path's toData does, to decline where it would say "too many". */
interface Budget {
  nodes: number;
}

/**
 * Checks the frames against the data js-yaml built and records where each node starts.
 * `parent` is 'block' for a block mapping's value, 'seq' or 'flow' for an item or a flow value.
 */
function settle(input: string, outer: Frame, parent: 'root' | 'block' | 'seq' | 'flow', budget: Budget): Frame {
  const start = skipSeparation(input, outer.open);
  const f = unwrap(outer);
  if (f.kind === null) {
    // An empty node (`key:` with nothing after it): the `yaml` path puts it after the indicator's spaces.
    if (parent !== 'block' || f.result !== null) throw new FastPathDeclined('an empty value outside a block mapping');
    f.start = skipSpaces(input, outer.open);
    if (isProperty(input.charCodeAt(start))) throw new FastPathDeclined('an anchor, alias or tag');
    return f;
  }
  const first = input.charCodeAt(start);
  if (isProperty(first)) throw new FastPathDeclined('an anchor, alias or tag');
  f.start = start;
  const value = f.result;
  const children = f.children;
  if (f.kind === 'sequence') {
    if (!Array.isArray(value)) throw new FastPathDeclined('a sequence event without a list');
    const n = children?.length ?? 0;
    if (value.length !== n) throw new FastPathDeclined('a list with empty items or flow pairs');
    const flow = first === 0x5b; /* [ */
    for (let i = 0; i < n; i++) {
      const item = settle(input, children![i]!, flow ? 'flow' : 'seq', budget);
      if (value[i] !== item.result) throw new FastPathDeclined('a list item that does not match its event');
      children![i] = item;
    }
    return f;
  }
  if (f.kind === 'mapping') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new FastPathDeclined('a mapping event without a mapping');
    const n = children?.length ?? 0;
    if (n % 2 !== 0) throw new FastPathDeclined('a mapping key without a value');
    const record = value as Record<string, unknown>;
    let own = 0;
    for (const k in record) if (hasOwn.call(record, k)) own++;
    if (own * 2 !== n) throw new FastPathDeclined('a mapping whose entries do not match its events');
    const flow = first === 0x7b; /* { */
    const keys: string[] = [];
    const keyStarts: number[] = [];
    const values: Frame[] = [];
    for (let i = 0; i < n; i += 2) {
      const keyOuter = children![i]!;
      const keyFrame = unwrap(keyOuter);
      const key = keyFrame.result;
      if (typeof key !== 'string' || keyFrame.kind !== 'scalar') throw new FastPathDeclined('a key that is not a string');
      const keyStart = skipSeparation(input, keyFrame.open);
      if (isProperty(input.charCodeAt(keyStart))) throw new FastPathDeclined('an anchor, alias or tag');
      if (keyFrame.end - keyStart > 1000) throw new FastPathDeclined('a very long key');
      // An explicit key (`? key`): in a block mapping js-yaml composes it from after the `?`;
      // in a flow mapping the last non-space character before it is the `?`.
      if (keyOuter.open !== keyStart) throw new FastPathDeclined('an explicit key');
      if (flow) {
        let back = keyStart - 1;
        while (back >= 0 && (input.charCodeAt(back) === SPACE || input.charCodeAt(back) === LF || input.charCodeAt(back) === CR)) back--;
        if (input.charCodeAt(back) === 0x3f /* ? */) throw new FastPathDeclined('an explicit key');
      }
      const valueFrame = settle(input, children![i + 1]!, flow ? 'flow' : 'block', budget);
      if (!hasOwn.call(record, key) || record[key] !== valueFrame.result) throw new FastPathDeclined('a mapping entry that does not match its events');
      keys.push(key);
      keyStarts.push(keyStart);
      values.push(valueFrame);
    }
    f.keys = keys;
    f.keyStarts = keyStarts;
    f.values = values;
    return f;
  }
  if (f.kind !== 'scalar') throw new FastPathDeclined(`an unexpected node kind ${String(f.kind)}`);
  if (children !== undefined) throw new FastPathDeclined('a scalar with nested events');
  if (value !== null && typeof value !== 'string' && typeof value !== 'boolean' && !(value instanceof NumberToken)) {
    throw new FastPathDeclined('an unsupported scalar');
  }
  return f;
}

/** js-yaml's load with the fast path's schema; any error or warning declines. */
export function loadOrDecline(text: string, listener?: (event: 'open' | 'close', state: State) => void): unknown {
  try {
    return load(text, {
      schema: SCHEMA,
      ...(listener ? { listener } : {}),
      onWarning: (warning) => {
        throw new FastPathDeclined(`js-yaml warning: ${warning.reason}`);
      },
    });
  } catch (error) {
    if (error instanceof FastPathDeclined) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new FastPathDeclined(`js-yaml: ${reason}`);
  }
}

function isMappingData(data: unknown): data is object {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && !(data instanceof NumberToken);
}

/** The recorded tree: js-yaml with a listener that records where every node starts (`text` not declined by scanText). */
function parseRecorded(text: string): ParsedYaml {
  const stack: Frame[] = [];
  let root: Frame | undefined;
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      stack.push({ open: state.position, start: state.position, end: state.position, kind: null, result: null, children: undefined });
      return;
    }
    const frame = stack.pop()!;
    frame.end = state.position;
    frame.kind = state.kind ?? null;
    frame.result = state.result;
    // A failed attempt (js-yaml trying a block scalar as a mapping key) composed and consumed nothing.
    if (frame.kind === null && frame.end === frame.open && frame.result === null) return;
    // js-yaml takes `"x"#c` or `]#c` as a comment; the `yaml` package wants a space before the `#`.
    if (state.input.charCodeAt(frame.end) === HASH && !isSpace(state.input.charCodeAt(frame.end - 1))) {
      throw new FastPathDeclined('a comment not separated by a space');
    }
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = frame;
    else if (parent.children === undefined) parent.children = [frame];
    else parent.children.push(frame);
  };
  const data = loadOrDecline(text, listener);
  if (root === undefined || !isMappingData(data)) throw new FastPathDeclined('the top level is not a mapping');
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const top = settle(input, root, 'root', { nodes: 0 });
  if (top.result !== data || top.kind !== 'mapping') throw new FastPathDeclined('the top level does not match its event');
  // Offsets are in js-yaml's input, which lost a leading BOM; the `yaml` path counts it.
  const shift = input.length === text.length ? 0 : 1;
  let starts: number[] | undefined;
  const locate: Locator = (path, onKey = false) => positionIn((starts ??= lineStartsOf(text)), offsetAt(top, path, onKey) + shift);
  return { data, problems: [], locate };
}

/**
 * The fast path as it was before positions became lazy: every node's start recorded while parsing.
 * The same data, positions and declines as `parseYamlFast`; kept as its fallback and test oracle.
 */
export function parseYamlRecorded(text: string): ParsedYaml {
  const unusual = scanText(text).decline;
  if (unusual) throw new FastPathDeclined(unusual);
  return parseRecorded(text);
}

/**
 * Parses with js-yaml into exactly what `parseYaml` gives for the same text, or throws
 * `FastPathDeclined` when it cannot be sure of that (see the module comment). Positions are found
 * on demand (lazy-locate.ts) in the plain subset, else recorded while parsing; in that subset the
 * data comes from parseSubsetYaml when it reads the text. `scan` is scanText's result for `text`.
 */
export function parseYamlFast(text: string, scan: TextScan = scanText(text)): ParsedYaml {
  if (scan.decline) throw new FastPathDeclined(scan.decline);
  if (!scan.lazy) return parseRecorded(text);
  // The subset reader gives js-yaml's data faster (and never a key hasOddKey looks for), or leaves the text to js-yaml.
  const subset = parseSubsetYaml(text);
  const data = subset ?? loadOrDecline(text);
  if (!isMappingData(data)) throw new FastPathDeclined('the top level is not a mapping');
  if (subset === undefined && hasOddKey(data)) return parseRecorded(text);
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const recorded = (): Locator => {
    try {
      return parseRecorded(text).locate;
    } catch (error) {
      if (!(error instanceof FastPathDeclined)) throw error;
      return parseYaml(text).locate;
    }
  };
  return { data, problems: [], locate: lazyLocator(text, input, data, recorded) };
}

/** The loader's parse: the fast path when it can reproduce the `yaml` path exactly, else `parseYaml`. */
export function parseProfileYaml(text: string): ParsedYaml {
  const scan = scanText(text);
  // Too deep for either parser to be trusted the same way on every thread: parseYaml reports it.
  if (scan.depthBound > MAX_DEPTH && nestingProblem(text)) return parseYaml(text);
  try {
    return parseYamlFast(text, scan);
  } catch (error) {
    if (!(error instanceof FastPathDeclined)) throw error;
    return parseYaml(text);
  }
}
