/**
 * Writes the compiled validator (src/model/validate-compiled.ts) by walking the zod model: one
 * function per mapping and list, scalars read by src/model/validate-readers.ts. Run at build time
 * (scripts/gen-validator.mjs); any schema form it does not know stops the build rather than guess.
 */
import { z } from 'zod';
import { profileSchema } from './profile.js';
import { scalars } from './scalars.js';

const { identifier, money, quantity, signedMoney, when } = scalars();

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  transform?: unknown;
  defaultValue?: unknown;
  values?: unknown[];
  entries?: Record<string, unknown>;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The transform function of a `z.unknown().transform(…)` scalar; clones (`.describe`) share it. */
function transformOf(schema: z.ZodType): unknown {
  const def = defOf(schema);
  return def.type === 'pipe' && def.in && defOf(def.in).type === 'unknown' && def.out ? defOf(def.out).transform : undefined;
}

const DECIMALS = [money, signedMoney, quantity];
const SAFE_KEY = /^[A-Za-z_$][\w$]*$/;

function fail(path: string, what: string): never {
  throw new Error(`validate-codegen: ${what} at "${path || '(root)'}" is not supported; extend src/model/validate-codegen.ts`);
}

function literalOf(value: unknown, path: string): string {
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return JSON.stringify(value);
  return fail(path, `the value ${String(value)}`);
}

class Generator {
  readonly functions: string[] = [];
  readonly patterns: string[] = [];
  private readonly byBody = new Map<string, string>();

  /** A regular expression hoisted to a module constant; returns its name. */
  private pattern(re: RegExp, path: string): string {
    if (re.global || re.sticky) fail(path, `the stateful pattern ${re}`);
    const source = `${re}`;
    let at = this.patterns.indexOf(source);
    if (at < 0) at = this.patterns.push(source) - 1;
    return `P${at}`;
  }

  /** Declares a function once per distinct body; returns its name. */
  private declare(prefix: string, path: string, signature: string, body: string): string {
    const known = this.byBody.get(signature + body);
    if (known) return known;
    const name = `${prefix}${this.byBody.size}`;
    this.byBody.set(signature + body, name);
    this.functions.push(`/** ${path || '(the profile)'} */\nfunction ${name}${signature} {\n${body}}\n`);
    return name;
  }

  /** An expression that is the output for input variable `v`, or undefined. */
  expr(schema: z.ZodType, v: string, path: string): string {
    const def = defOf(schema);
    switch (def.type) {
      case 'object':
        return `${this.object(schema, path)}(${v})`;
      case 'array':
        if (def.checks?.length) fail(path, 'a list with checks');
        return `${this.array(def.element!, path)}(${v})`;
      case 'boolean':
        return `(typeof ${v} === 'boolean' ? ${v} : undefined)`;
      case 'literal':
        return `(${def.values!.map((x) => `${v} === ${literalOf(x, path)}`).join(' || ')} ? ${v} : undefined)`;
      case 'enum':
        return `(${Object.values(def.entries!).map((x) => `${v} === ${typeof x === 'string' ? JSON.stringify(x) : fail(path, 'a non-string enum')}`).join(' || ')} ? ${v} : undefined)`;
      case 'string': {
        const tests = (def.checks ?? []).map(({ _zod: { def: check } }) =>
          check.check === 'string_format' && check.format === 'regex' && check.pattern ? `${this.pattern(check.pattern, path)}.test(${v})` : fail(path, `the string check ${check.check}`),
        );
        return `(typeof ${v} === 'string'${tests.map((t) => ` && ${t}`).join('')} ? ${v} : undefined)`;
      }
      case 'pipe':
        return this.scalar(schema, v, path);
      default:
        return fail(path, `a ${def.type} schema`);
    }
  }

  /** The model's transforming scalars (src/model/scalars.ts), recognised by their transform. */
  private scalar(schema: z.ZodType, v: string, path: string): string {
    const transform = transformOf(schema);
    if (transform === undefined) return fail(path, 'a pipe other than unknown → transform');
    if (transform === transformOf(identifier)) return `readText(${v})`;
    if (transform === transformOf(when)) return `readWhen(${v})`;
    const decimal = DECIMALS.find((d) => transformOf(d) === transform);
    if (decimal) {
      const meta = z.globalRegistry.get(decimal) as { anyOf?: { pattern?: string }[] } | undefined;
      const source = meta?.anyOf?.[0]?.pattern ?? fail(path, 'a decimal without its pattern');
      return `readDecimal(${v}, ${this.pattern(new RegExp(source), path)})`;
    }
    const meta = z.globalRegistry.get(schema) as { type?: string; minimum?: number; maximum?: number } | undefined;
    if (meta?.type === 'integer' && typeof meta.minimum === 'number') {
      return `readInteger(${v}, ${meta.minimum}, ${meta.maximum ?? 'Number.MAX_SAFE_INTEGER'})`;
    }
    return fail(path, 'an unknown transform');
  }

  private array(element: z.ZodType, path: string): string {
    const item = this.expr(element, 'v', `${path}[]`);
    const body = [
      '  if (!Array.isArray(x)) return undefined;',
      '  const out: unknown[] = new Array(x.length);',
      `  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = ${item}) === undefined) return undefined; }`,
      '  return out;',
      '',
    ].join('\n');
    return this.declare('list', path, '(x: unknown): unknown[] | undefined', body);
  }

  /**
   * A strict mapping: nulls count as absent (as `dropNulls` makes them), unknown keys reject. The
   * value is one object literal with every key of the schema, in its order, undefined where absent
   * (zod leaves such keys out; code reads them the same): so all mappings of one kind share one
   * hidden class, and the rules' property reads stay monomorphic instead of one shape per set of
   * keys present. On 2,000 profiles: 2.4% fewer instructions (16.49 G against 16.90 G), `--jobs 1`
   * and `--jobs 2` about 2% faster (eight interleaved pairs each).
   */
  private object(schema: z.ZodType, path: string): string {
    const def = defOf(schema);
    if (!def.catchall || defOf(def.catchall).type !== 'never') fail(path, 'a mapping that is not strict');
    const cases: string[] = [];
    const required: string[] = [];
    const build: string[] = [];
    Object.entries(def.shape!).forEach(([key, field], i) => {
      if (key === '__proto__') fail(path, 'the key __proto__');
      let inner = field;
      let optional = false;
      let fallback: string | undefined;
      for (;;) {
        const d = defOf(inner);
        if (d.type === 'optional') optional = true;
        else if (d.type === 'default') fallback = literalOf(d.defaultValue, `${path}.${key}`);
        else break;
        if (optional && fallback !== undefined) fail(`${path}.${key}`, 'optional and default together');
        inner = d.innerType!;
      }
      cases.push(`      case ${JSON.stringify(key)}: if ((f${i} = ${this.expr(inner, 'v', path ? `${path}.${key}` : key)}) === undefined) return undefined; break;`);
      const target = SAFE_KEY.test(key) ? key : JSON.stringify(key);
      if (fallback !== undefined) build.push(`    ${target}: f${i} === undefined ? ${fallback} : f${i},`);
      else if (optional) build.push(`    ${target}: f${i},`);
      else {
        required.push(`f${i} === undefined`);
        build.push(`    ${target}: f${i},`);
      }
    });
    const fields = cases.map((_, i) => `f${i}`);
    const body = [
      '  if (!isMapping(x)) return undefined;',
      ...(fields.length ? [`  let ${fields.map((f) => `${f}: unknown`).join(', ')};`] : []),
      '  for (const k in x) {',
      '    const v = x[k];',
      '    if (v === null) continue;',
      '    switch (k) {',
      ...cases,
      '      default: return undefined;',
      '    }',
      '  }',
      ...(required.length ? [`  if (${required.join(' || ')}) return undefined;`] : []),
      '  const o: Record<string, unknown> = {',
      ...build,
      '  };',
      '  return o;',
      '',
    ].join('\n');
    return this.declare('mapping', path, '(x: unknown): Record<string, unknown> | undefined', body);
  }
}

/** The source of src/model/validate-compiled.ts for the current model. */
export function generateValidator(): string {
  const generator = new Generator();
  const root = generator.expr(profileSchema(), 'raw', '');
  return [
    '// Generated from the zod model (src/model/profile.ts) by src/model/validate-codegen.ts, run by `npm run build`. Do not edit.',
    '/** The compiled profile validator: the hot path of validation; zod words the errors (src/model/validate.ts). */',
    "import type { Profile } from './profile.js';",
    "import { isMapping, readDecimal, readInteger, readText, readWhen } from './validate-readers.js';",
    '',
    ...generator.patterns.map((source, i) => `const P${i} = ${source};`),
    '',
    ...generator.functions,
    '/** The profile zod produces from `raw` (nulls dropped), or undefined where zod may report an issue. */',
    'export function compiledProfile(raw: unknown): Profile | undefined {',
    `  return ${root} as Profile | undefined;`,
    '}',
    '',
  ].join('\n');
}
