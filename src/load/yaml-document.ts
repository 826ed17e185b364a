/**
 * Parses profile text with the `yaml` package into plain data plus a locator that maps any
 * YAML path to the line and column of its node. Syntax problems come back located.
 */
import { Alias, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { NumberToken } from '../model/tokens.js';
import { setOwn } from '../util/own.js';
import { nestingProblem } from './depth.js';
import type { YamlPath } from '../contract/report.js';

/** A 1-based position. */
export interface Position {
  line: number;
  column: number;
}

/** A located problem found while reading the YAML. */
interface SyntaxProblem extends Position {
  message: string;
}

/** Maps a YAML path to a position: the node's value, or its key with `onKey`. */
export type Locator = (path: YamlPath, onKey?: boolean) => Position;

/** Parsed YAML: the data (undefined when it could not be read) and a locator. */
export interface ParsedYaml {
  data: unknown;
  problems: SyntaxProblem[];
  locate: Locator;
}

/** Alias dereferences allowed in one file (a guard against "billion laughs"). */
const MAX_ALIASES = 100;
/** Nodes that alias expansions may add to the data (the document's own nodes are not counted: a large honest file is fine). */
const MAX_NODES = 1_000_000;

class TooLarge extends Error {}

function toData(doc: Document, root: Node, problems: SyntaxProblem[], position: (offset: number) => Position) {
  let aliases = 0;
  let expanded = 0;
  let inAlias = 0;
  const fail = (node: { range?: [number, number, number] | null }, message: string) => {
    problems.push({ ...position(node.range?.[0] ?? 0), message });
    return undefined;
  };
  const walk = (node: unknown): unknown => {
    if (inAlias > 0 && ++expanded > MAX_NODES) throw new TooLarge();
    if (isAlias(node)) {
      if (++aliases > MAX_ALIASES) throw new TooLarge();
      const target = (node as Alias).resolve(doc);
      if (!target) return fail(node as Alias, `unknown alias *${(node as Alias).source}`);
      inAlias++;
      try {
        return walk(target);
      } finally {
        inAlias--;
      }
    }
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === 'number') return new NumberToken(node.source ?? String(value));
      if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
      return fail(node, `unsupported value${node.tag ? ` with tag ${node.tag}` : ''}; use a plain string, number or boolean`);
    }
    if (isSeq(node)) return node.items.map(walk);
    if (isMap(node)) {
      const result: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
          fail((key as Node) ?? node, 'a mapping key must be a plain word such as orders or id');
          continue;
        }
        const name = typeof key.value === 'number' ? (key.source ?? String(key.value)) : key.value;
        setOwn(result, name, walk(pair.value));
      }
      return result;
    }
    return null;
  };
  return walk(root);
}

/** Finds the node at a path, or the deepest existing ancestor; with `onKey`, the key node. */
function nodeAt(doc: Document, path: YamlPath, onKey: boolean): Node | undefined {
  let node = doc.contents as Node | null;
  let keyNode: Node | undefined;
  for (const step of path) {
    if (isAlias(node)) node = node.resolve(doc) ?? node;
    let next: unknown;
    if (isSeq(node) && typeof step === 'number') next = node.items[step];
    else if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.source ?? p.key.value) === String(step));
      keyNode = pair?.key as Node | undefined;
      next = pair ? (pair.value ?? pair.key) : undefined;
    }
    if (!next) return node ?? undefined;
    node = next as Node;
  }
  if (onKey && keyNode) return keyNode;
  return node ?? undefined;
}

/** Parses YAML text into data and a locator. */
export function parseYaml(text: string): ParsedYaml {
  const tooDeep = nestingProblem(text);
  if (tooDeep) return { data: undefined, problems: [tooDeep], locate: () => ({ line: tooDeep.line, column: tooDeep.column }) };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate: Locator = (path, onKey = false) => {
    const node = nodeAt(doc, path, onKey);
    return position(node?.range?.[0] ?? 0);
  };
  const problems: SyntaxProblem[] = doc.errors.map((e) => ({ ...position(e.pos[0]), message: yamlMessage(e.code, e.message, text.slice(e.pos[0], e.pos[0] + 200)) }));
  if (problems.length > 0) return { data: undefined, problems, locate };
  if (doc.contents === null) {
    problems.push({ line: 1, column: 1, message: 'the file is empty; a profile starts with "format: clausecheck/v1"' });
    return { data: undefined, problems, locate };
  }
  if (!isMap(doc.contents)) {
    const kind = isSeq(doc.contents) ? 'a list' : 'a single value';
    problems.push({ ...position(doc.contents.range?.[0] ?? 0), message: `the top level is ${kind}; a profile is a mapping that starts with "format: clausecheck/v1"` });
    return { data: undefined, problems, locate };
  }
  try {
    const data = toData(doc, doc.contents, problems, position);
    return { data: problems.length ? undefined : data, problems, locate };
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    problems.push({ line: 1, column: 1, message: `aliases expand too far (at most ${MAX_ALIASES} aliases, expanding to at most ${MAX_NODES} nodes); is this a "billion laughs" file?` });
    return { data: undefined, problems, locate };
  }
}

function yamlMessage(code: string, message: string, source: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*["']?([^"':\n]+)/.exec(source)?.[1]?.trim();
    return `duplicate key${key ? ` "${key}"` : ''}: each key may appear once in a mapping`;
  }
  if (code === 'TAB_AS_INDENT') return 'tab used for indentation; indent YAML with spaces';
  return `YAML syntax: ${first}`;
}
