/** The field reference of docs/profile-format.md, generated from the zod model's descriptions (a test fails on drift). */
import { z } from '../util/zod.js';
import { profileSchema } from './profile.js';
import { scalars } from './scalars.js';

/** The start of the generated field reference in docs/profile-format.md. */
const FIELDS_START = '<!-- fields:start (generated from src/model/profile.ts by `npm run docs`) -->';
/** The end of the generated field reference. */
const FIELDS_END = '<!-- fields:end -->';

type Schema = z.core.$ZodType;

interface Field {
  key: string;
  type: string;
  /** `required`, `default X` or empty. */
  presence: string;
  meaning: string;
}

interface Section {
  path: string;
  fields: Field[];
}

const def = (schema: Schema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

/** A field's schema without optional/default wrappers, with its default (if any) and whether it may be left out. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean; defaultValue?: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional') optional = true;
    else if (d.type === 'default') [optional, defaultValue] = [true, d.defaultValue];
    else return { inner, optional, defaultValue };
    inner = d.innerType as Schema;
  }
}

const code = (value: unknown) => `\`${String(value)}\``;

/** The type column: a scalar's name, the words of an enum, or a pointer to the section below. */
function typeOf(schema: Schema, path: string, sections: Section[]): string {
  const named = scalars().docTypes.get(schema)?.type;
  if (named) return named;
  const d = def(schema);
  if (d.type === 'enum') return Object.values(d.entries as Record<string, string>).map(code).join(' \\| ');
  if (d.type === 'literal') return (d.values as unknown[]).map(code).join(' \\| ');
  if (d.type === 'object') {
    collect(schema, path, sections);
    return `mapping (\`${path}\` below)`;
  }
  if (d.type === 'array') {
    const element = unwrap(d.element as Schema).inner;
    if (def(element).type === 'object') {
      collect(element, `${path}[]`, sections);
      return `list (\`${path}[]\` below)`;
    }
    return `list of ${typeOf(element, `${path}[]`, sections)}`;
  }
  throw new Error(`profile-docs: no type name for ${path} (${d.type}): register it in docTypes`);
}

/** Adds the section of one mapping (and, after it, those of the mappings it holds). */
function collect(schema: Schema, path: string, sections: Section[]): void {
  const section: Section = { path, fields: [] };
  sections.push(section);
  const shape = def(schema).shape as Record<string, Schema>;
  for (const [key, field] of Object.entries(shape)) {
    const meaning = z.globalRegistry.get(field)?.description;
    if (!meaning) throw new Error(`profile-docs: ${path ? `${path}.` : ''}${key} has no .describe() text`);
    const { inner, optional, defaultValue } = unwrap(field);
    const presence = !optional ? 'required' : defaultValue === undefined ? '' : `default ${code(defaultValue)}`;
    section.fields.push({ key, type: typeOf(inner, path ? `${path}.${key}` : key, sections), presence, meaning });
  }
}

/** Every mapping of the profile, top level first, each followed by the mappings it holds. */
export function profileSections(): Section[] {
  const sections: Section[] = [];
  collect(profileSchema(), '', sections);
  return sections;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The field reference as Markdown: one table per mapping. */
function profileFieldsMarkdown(): string {
  const out: string[] = [];
  for (const { path, fields } of profileSections()) {
    out.push(`### ${path ? `\`${path}\`` : 'Top level'}`, '', '| key | type | required / default | meaning |', '|---|---|---|---|');
    for (const f of fields) out.push(`| \`${f.key}\` | ${f.type} | ${f.presence} | ${cell(f.meaning)} |`);
    out.push('');
  }
  return out.join('\n');
}

/** docs/profile-format.md with its field reference replaced by the generated one. */
export function updateProfileDoc(doc: string): string {
  const start = doc.indexOf(FIELDS_START);
  const end = doc.indexOf(FIELDS_END);
  if (start < 0 || end < 0) throw new Error(`docs/profile-format.md needs the markers ${FIELDS_START} and ${FIELDS_END}`);
  return `${doc.slice(0, start + FIELDS_START.length)}\n\n${profileFieldsMarkdown()}\n${doc.slice(end)}`;
}
