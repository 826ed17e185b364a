/** Writes imported profile data as a new YAML profile: deterministic key and item order, nulls (known absent) left out. */
import { Document, isMap, isSeq, type Node } from 'yaml';

/** Header comment of a freshly imported profile. */
const IMPORT_HEADER =
  ' Imported by `clausecheck import` from the account\'s OpenAPI answers. Sections no API returns\n (contacts, notices, claims, bills, data_regions, owners, ...) are kept by hand: `clausecheck import\n --merge` replaces only what the import owns and keeps the rest, comments included.';

/** Removes null values (known absent: nothing to write in a new file). */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

/** Options for every YAML the importer renders. */
export const YAML_OPTIONS = { lineWidth: 0, indentSeq: true } as const;

/** A YAML node for a value, block style throughout. */
export function toNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(withoutNulls(value)) as Node;
  const block = (n: unknown) => {
    if (isMap(n) || isSeq(n)) {
      n.flow = n.items.length === 0;
      for (const item of n.items) block(isMap(n) ? (item as { value: unknown }).value : item);
    }
  };
  block(node);
  return node;
}

/** The YAML text of a new profile. */
export function renderProfile(data: Record<string, unknown>): string {
  const doc = new Document();
  doc.contents = toNode(doc, data);
  doc.commentBefore = IMPORT_HEADER;
  return doc.toString(YAML_OPTIONS);
}
