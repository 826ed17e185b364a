/** Reading a zod schema's structure, for "did you mean" suggestions on unknown keys. */
import type { z } from 'zod';
import type { YamlPath } from '../contract/report.js';

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The object keys a zod schema allows at a path (through optional, default, pipe and arrays). */
export function keysAt(schema: z.ZodType, path: YamlPath): string[] {
  let def = defOf(schema);
  const unwrap = () => {
    while (['optional', 'nullable', 'default', 'pipe', 'prefault', 'readonly'].includes(def.type)) {
      const inner = def.innerType ?? def.in;
      if (!inner) break;
      def = defOf(inner);
    }
  };
  for (const step of path) {
    unwrap();
    const next = typeof step === 'number' ? def.element : def.shape?.[step];
    if (!next) return [];
    def = defOf(next);
  }
  unwrap();
  return Object.keys(def.shape ?? {});
}
