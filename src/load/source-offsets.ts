/**
 * Offsets in YAML source text, shared by both ways the fast path finds positions (the recorded
 * node tree and the on-demand scanner): separation skipping, a YAML path to an offset, an offset
 * to a line and column as the `yaml` package's LineCounter counts them.
 */
import type { YamlPath } from '../contract/report.js';
import type { Position } from './yaml-document.js';

export const SPACE = 0x20;
export const LF = 0x0a;
export const CR = 0x0d;
export const HASH = 0x23;

/** Skips spaces, line breaks and comments: what js-yaml's skipSeparationSpace consumed. */
export function skipSeparation(input: string, at: number): number {
  let i = at;
  for (;;) {
    const c = input.charCodeAt(i);
    if (c === SPACE || c === LF || c === CR) i++;
    else if (c === HASH) {
      do i++;
      while (i < input.length && input.charCodeAt(i) !== LF && input.charCodeAt(i) !== CR);
    } else return i;
  }
}

/** Whether `c` (a char code, NaN past the end) ends a line: LF, CR or the end of the text. */
export function isEnd(c: number): boolean {
  return c === LF || c === CR || Number.isNaN(c);
}

/** Skips spaces only. */
export function skipSpaces(input: string, at: number): number {
  let i = at;
  while (input.charCodeAt(i) === SPACE) i++;
  return i;
}

/** A node as `offsetAt` walks it: a mapping's keys, key starts and values, or a sequence's items. */
export interface PathNode {
  readonly start: number;
  readonly kind: string | null;
  readonly children?: PathNode[] | undefined;
  readonly keys?: string[] | undefined;
  readonly keyStarts?: number[] | undefined;
  readonly values?: PathNode[] | undefined;
}

/** Same as the `yaml` path's nodeAt: the node at a path, the deepest existing ancestor, or the key. */
export function offsetAt(root: PathNode, path: YamlPath, onKey: boolean): number {
  let node = root;
  let keyStart: number | undefined;
  for (const step of path) {
    let next: PathNode | undefined;
    if (node.kind === 'sequence' && typeof step === 'number') next = node.children?.[step];
    else if (node.kind === 'mapping') {
      const index = node.keys!.indexOf(String(step));
      keyStart = index < 0 ? undefined : node.keyStarts![index];
      next = index < 0 ? undefined : node.values![index];
    }
    if (!next) return node.start;
    node = next;
  }
  if (onKey && keyStart !== undefined) return keyStart;
  return node.start;
}

/** Line starts as the `yaml` package's LineCounter records them: 0 and after every LF. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** How many lines start at or before `offset`: the 1-based line it is on, or the 0-based index of the next line. */
export function linesUpTo(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The 1-based line and column of an offset, given the line starts. */
export function positionIn(starts: number[], offset: number): Position {
  const line = linesUpTo(starts, offset);
  return { line, column: offset - starts[line - 1]! + 1 };
}
