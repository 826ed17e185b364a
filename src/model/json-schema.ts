/** The JSON Schema of the profile format, generated from the zod model (for editors and `clausecheck schema`). */
import { z } from '../util/zod.js';
import { profileSchema } from './profile.js';
import { rawUrl } from '../contract/version.js';

type JsonObject = { [key: string]: unknown };

/** Lets every optional property also be null, as the model treats null as absent. */
function allowNullWhereOptional(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(allowNullWhereOptional);
  if (typeof node !== 'object' || node === null) return;
  const object = node as JsonObject;
  Object.values(object).forEach(allowNullWhereOptional);
  const properties = object.properties as JsonObject | undefined;
  if (!properties) return;
  const required = new Set((object.required as string[] | undefined) ?? []);
  for (const [key, schema] of Object.entries(properties)) {
    if (!required.has(key)) properties[key] = { anyOf: [schema, { type: 'null' }] };
  }
}

/** The profile JSON Schema (draft 2020-12), for the input side of the model. */
export function profileJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(profileSchema(), { io: 'input', unrepresentable: 'any' }) as JsonObject;
  allowNullWhereOptional(schema);
  return {
    $schema: schema.$schema,
    $id: rawUrl('schema/profile.schema.json'),
    title: 'clausecheck account profile, format v1',
    description:
      'An Alibaba Cloud account profile checked against the service agreement effective 2020-09-24. Generated from the zod model; cross-references between sections and impossible calendar dates are checked by clausecheck itself.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
