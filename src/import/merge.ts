/**
 * `--merge`: applies an import to a maintained profile by editing its text. Only what the import
 * owns (merge-spec.ts) changes; an item or key that changes is re-rendered in place, and every other
 * byte of the file, comments included, stays as it was. Returns the new text and what changed.
 */
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { parseMoney } from '../model/money.js';
import { parseWhen } from '../model/time.js';
import { UsageError } from '../util/usage-error.js';
import { OWNED, type Field, type Spec } from './merge-spec.js';
import { localized, say, sectionName } from './messages.js';
import { toNode, YAML_OPTIONS } from './render.js';

type Data = Record<string, unknown>;
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** True when a node's value and an imported value mean the same (amounts and instants compared by value). */
function same(node: unknown, value: unknown): boolean {
  if (isScalar(node)) {
    const a = String(node.value);
    const b = String(value);
    if (a === b) return true;
    const [ma, mb] = [parseMoney(a), parseMoney(b)];
    if (ma !== undefined && mb !== undefined && typeof value === 'string') return ma === mb;
    const [wa, wb] = [parseWhen(a), parseWhen(b)];
    return typeof wa === 'object' && typeof wb === 'object' && !wa.isDate && !wb.isDate && wa.at === wb.at;
  }
  const json = (n: unknown) => (isMap(n) || isSeq(n) ? (n.toJSON() as unknown) : n);
  return stable(json(node)) === stable(value);
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${k}:${stable((value as Data)[k])}`).join(',')}}`;
  return JSON.stringify(String(value));
}

/** A line compared without the spacing before a trailing comment, which rendering normalises. */
function loose(line: string): string {
  return line.replace(/\s+#/, ' #').trimEnd();
}

/** Puts back the original bytes of every rendered line that only differs in spacing from an original one. */
function restoreLines(rendered: string, original: string): string {
  const byLoose = new Map(original.split('\n').map((line) => [loose(line), line]));
  return rendered.split('\n').map((line) => byLoose.get(loose(line)) ?? line).join('\n');
}

function keyOf(item: unknown, key: string): string | undefined {
  if (!isMap(item)) return undefined;
  const v = item.get(key, true);
  return isScalar(v) ? String(v.value) : undefined;
}

class Merger {
  readonly edits: Edit[] = [];
  readonly changes: string[] = [];
  private readonly doc: Document;

  constructor(
    private readonly text: string,
    file: string,
  ) {
    this.doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: true });
    const problem = this.doc.errors[0];
    if (problem) {
      const [line, column] = [problem.linePos?.[0].line ?? 1, problem.linePos?.[0].col ?? 1];
      const sentence = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new UsageError(say('profileNotYaml', { file, line, column, message: localized(`YAML syntax: ${sentence}`) }));
    }
    if (!isMap(this.doc.contents)) throw new UsageError(say('profileNotMapping', { file }));
  }

  get root(): YAMLMap {
    return this.doc.contents as YAMLMap;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', Math.max(offset, 0));
    return nl === -1 ? this.text.length : nl + 1;
  }

  private span(first: { range?: [number, number, number] | null }, last: { range?: [number, number, number] | null }): [number, number] {
    const end = Math.max(last.range![1], last.range![2]);
    return [this.lineStart(first.range![0]), this.lineEnd(end - 1)];
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  private render(contents: Node, indent: number): string {
    const doc = new Document();
    doc.contents = contents;
    const text = doc.toString(YAML_OPTIONS);
    return text.split('\n').map((line) => (line ? ' '.repeat(indent) + line : line)).join('\n');
  }

  private renderPair(key: string, value: Node, indent: number): string {
    const map = new YAMLMap();
    map.items.push(new Pair(new Scalar(key), value));
    return this.render(map, indent);
  }

  private renderItem(item: Node, indent: number): string {
    const seq = new YAMLSeq();
    item.commentBefore = undefined;
    item.spaceBefore = false;
    seq.items.push(item);
    return this.render(seq, indent);
  }

  /** Inserts text after the last item of a block collection (at the start of the next line). */
  private append(collection: YAMLMap | YAMLSeq, text: string): void {
    const last = collection.items.at(-1) as Pair | Node;
    const node = (last instanceof Pair ? (last.value ?? last.key) : last) as Node;
    const at = this.lineEnd(Math.max(node.range![1], node.range![2]) - 1);
    const glue = at > 0 && this.text[at - 1] !== '\n' ? '\n' : '';
    this.edits.push({ start: at, end: at, text: glue + text });
  }

  /** Applies owned data to a node in the document model; returns the changed key paths. */
  private apply(node: YAMLMap, data: Data, spec: Spec, prefix: string): string[] {
    const changed: string[] = [];
    for (const [key, field] of Object.entries(spec)) {
      const value = data[key];
      if (value === undefined) continue;
      const current = node.get(key, true) as Node | undefined;
      if (value === null) {
        if (node.has(key)) (node.delete(key), changed.push(prefix + key));
        continue;
      }
      if (typeof field === 'object' && 'map' in field && isMap(current)) changed.push(...this.apply(current, value as Data, field.map, `${prefix}${key}.`));
      else if (typeof field === 'object' && 'list' in field && isSeq(current)) {
        if (this.applyList(current, value as Data[], field.list)) changed.push(prefix + key);
      } else if (current === undefined || !same(current, value)) {
        node.set(key, toNode(this.doc, value));
        changed.push(prefix + key);
      }
    }
    return changed;
  }

  private applyList(seq: YAMLSeq, items: Data[], list: Extract<Field, { list: unknown }>['list']): boolean {
    let changed = false;
    const wanted = new Map(items.map((i) => [String(i[list.key]), i]));
    const kept: unknown[] = [];
    for (const item of seq.items) {
      const id = keyOf(item, list.key);
      const data = id === undefined ? undefined : wanted.get(id);
      if (data && isMap(item)) {
        if (this.apply(item, data, list.item, '').length > 0) changed = true;
        wanted.delete(id!);
        kept.push(item);
      } else if (list.removeAbsent) changed = true;
      else kept.push(item);
    }
    for (const data of wanted.values()) (kept.push(toNode(this.doc, data)), (changed = true));
    seq.items = kept;
    return changed;
  }

  /** Merges owned data into a block mapping by editing text, key by key. */
  mergeMap(map: YAMLMap, data: Data, spec: Spec, path: string): void {
    for (const [key, field] of Object.entries(spec)) {
      const value = data[key];
      if (value === undefined) continue;
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar, Node> | undefined;
      const current = pair?.value ?? undefined;
      if (!pair || current === undefined || current === null) {
        if (value === null) continue;
        if (pair) this.replacePair(map, pair, key, value, path);
        else if (map.items.length === 0 || map.flow) this.replaceWhole(map, key, value, path);
        else {
          this.append(map, this.renderPair(key, toNode(this.doc, value), this.column(map.range![0])));
          this.changes.push(say('changeAddedKey', { path: path + key }));
        }
        continue;
      }
      if (value === null) {
        this.edits.push({ start: this.span(pair.key, current)[0], end: this.span(pair.key, current)[1], text: '' });
        this.changes.push(say('changeUnset', { path: path + key }));
      } else if (typeof field === 'object' && 'map' in field && isMap(current) && !current.flow && current.items.length > 0) {
        this.mergeMap(current, value as Data, field.map, `${path}${key}.`);
      } else if (typeof field === 'object' && 'list' in field && isSeq(current) && !current.flow && current.items.length > 0) {
        this.mergeList(current, value as Data[], field.list, path + key);
      } else if (isScalar(current) && (field === 'scalar')) {
        if (!same(current, value)) {
          const rendered = this.render(toNode(this.doc, value), 0).trimEnd();
          this.edits.push({ start: current.range![0], end: current.range![1], text: rendered });
          this.changes.push(say('changeSet', { path: path + key }));
        }
      } else this.replacePair(map, pair, key, value, path);
    }
  }

  private replacePair(map: YAMLMap, pair: Pair<Scalar, Node>, key: string, value: unknown, path: string): void {
    const field = pair.value;
    let next: Node;
    if (isMap(field) && typeof value === 'object' && !Array.isArray(value)) {
      const spec = specAt(path + key);
      if (spec && this.apply(field, value as Data, spec, '').length === 0) return;
      next = field;
    } else {
      if (field && same(field, value)) return;
      next = toNode(this.doc, value);
    }
    next.commentBefore = undefined;
    const [start, end] = this.span(pair.key, field ?? pair.key);
    this.edits.push({ start, end, text: restoreLines(this.renderPair(key, next, this.column(map.range![0])), this.text.slice(start, end)) });
    this.changes.push(say('changeSet', { path: path + key }));
  }

  private replaceWhole(map: YAMLMap, key: string, value: unknown, path: string): void {
    map.set(key, toNode(this.doc, value));
    this.changes.push(say('changeSet', { path: path + key }));
    this.rerender = true;
  }

  rerender = false;

  /** Merges a keyed list item by item: changed items re-rendered, new ones appended, gone ones removed or kept. */
  mergeList(seq: YAMLSeq, items: Data[], list: Extract<Field, { list: unknown }>['list'], section: string): void {
    const wanted = new Map(items.map((i) => [String(i[list.key]), i]));
    for (const item of seq.items) {
      const id = keyOf(item, list.key);
      const data = id === undefined ? undefined : wanted.get(id);
      if (!isMap(item) || id === undefined) continue;
      const [start, end] = this.span(item, item);
      if (!data) {
        if (list.removeAbsent) {
          this.edits.push({ start, end, text: '' });
          this.changes.push(say('changeRemoved', { section: sectionName(list.label), id }));
        } else this.changes.push(say('keptNotImported', { section: sectionName(list.label), id }));
        continue;
      }
      wanted.delete(id);
      const changed = this.apply(item, data, list.item, '');
      if (changed.length === 0) continue;
      const rendered = this.renderItem(item, this.column(start + this.text.slice(start).search(/-/)));
      this.edits.push({ start, end, text: restoreLines(rendered, this.text.slice(start, end)) });
      this.changes.push(say('changeUpdated', { section: sectionName(list.label), id, fields: changed.join(', ') }));
    }
    const indent = this.column(this.lineStart(seq.range![0]) + this.text.slice(this.lineStart(seq.range![0])).search(/-/));
    const added = [...wanted.values()].map((data) => this.renderItem(toNode(this.doc, data), indent));
    if (added.length > 0) this.append(seq, added.join(''));
    for (const id of wanted.keys()) this.changes.push(say('changeAdded', { section: sectionName(list.label), id }));
    void section;
  }

  /** The merged text. */
  result(): string {
    if (this.rerender) return this.doc.toString(YAML_OPTIONS);
    let text = this.text;
    for (const edit of [...this.edits].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    return text;
  }
}

/** The owned spec of a mapping at a dotted path (`account.password_policy`), if any. */
function specAt(path: string): Spec | undefined {
  let spec: Spec | undefined = OWNED;
  for (const part of path.split('.')) {
    const field: Field | undefined = spec?.[part];
    spec = typeof field === 'object' && 'map' in field ? field.map : undefined;
  }
  return spec;
}

/** Merges imported data into a profile's text; the account ids must agree. */
export function mergeIntoProfile(file: string, text: string, data: Data): { text: string; changes: string[] } {
  const merger = new Merger(text, file);
  const account = merger.root.get('account', true);
  const existingId = isMap(account) ? keyOf(account, 'id') : undefined;
  const importedId = String((data.account as Data).id);
  if (existingId !== undefined && existingId !== importedId) {
    throw new UsageError(say('otherAccount', { file, was: existingId, now: importedId }), say('otherAccountHint'));
  }
  merger.mergeMap(merger.root, data, OWNED, '');
  return { text: merger.result(), changes: merger.changes };
}
