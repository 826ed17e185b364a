/**
 * The project configuration schema, version 1 (docs/config.md): validates parsed
 * YAML data into a typed configuration and collects every issue with its YAML path. Rule options
 * are validated by each rule's own zod schema; locating issues is load-config.ts's job.
 */
import { keysAt } from '../model/zod-keys.js';
import { z } from '../util/zod.js';
import type { Rule } from '../engine/types.js';
import { optionsSchema } from '../engine/rule-options.js';
import type { FailOn, Lang, YamlPath } from '../contract/report.js';
import { LANGS } from '../util/lang.js';
import { scalars } from '../model/scalars.js';
import { NumberToken } from '../model/tokens.js';
import { didYouMean } from '../model/suggest.js';
import type { When } from '../model/time.js';
import { dropNulls } from '../model/validate.js';
import { FAIL_ON_LEVELS, WAIVER_RULE } from '../contract/report.js';
import { setOwn } from '../util/own.js';
import { parseByteSize } from '../load/inputs.js';

/** Per-rule severity in the config: `off` removes the rule, `warn` caps it, `fail` leaves it as is. */
export type Severity = 'off' | 'warn' | 'fail';

/** The severities a rule entry may name. */
const SEVERITIES = ['off', 'warn', 'fail'] as const;
/** The top-level keys of a config file. */
export const CONFIG_KEYS = ['fail_on', 'lang', 'pretty', 'rules', 'products', 'waivers', 'baseline', 'max_file_size'] as const;
/** The keys of one waiver entry. */
export const WAIVER_KEYS = ['rule', 'files', 'subject', 'reason', 'owner', 'expires', 'reference'] as const;

/** A validation problem at a YAML path; `onKey` locates it at the key rather than the value. */
export interface SchemaIssue {
  path: YamlPath;
  message: string;
  onKey?: boolean;
}

/** One rule's entry in the config. */
export interface RuleSetting {
  /** Absent when only options were given (the rule then runs at full severity). */
  severity?: Severity;
  /** The options as parsed by the rule's schema (defaults applied); absent when none were written. */
  options?: unknown;
  /** The option names written in the config, for reporting where each value came from. */
  optionKeys: string[];
}

/** Buffer days for one product as configured. */
export interface ProductDays {
  subscription: number;
  payg: number;
}

/** One waiver as written (without the file that holds it; see load-config.ts). */
export interface WaiverEntry {
  rule: string;
  files?: string;
  subject?: string;
  reason: string;
  owner: string;
  expires: When;
  reference?: string;
  /** Its index in the `waivers:` list. */
  index: number;
  /** `['waivers', index]`. */
  path: YamlPath;
}

/** The validated content of a config file; invalid parts are left out and reported as issues. */
interface ConfigBody {
  failOn?: FailOn;
  /** The language of what people read (`lang:`), below `--lang` and above CLAUSECHECK_LANG and the locale. */
  lang?: Lang;
  /** `pretty: true`: the JSON report indented by two spaces (compact by default), below `--pretty`. */
  pretty?: boolean;
  rules: Record<string, RuleSetting>;
  products: Record<string, ProductDays>;
  waivers: WaiverEntry[];
  /** True when the file has a `waivers:` key (even an empty list). */
  hasWaivers: boolean;
  /** The `baseline:` file, as written (relative to the config file's folder). */
  baseline?: string;
  /** `max_file_size:` in bytes (the largest profile read; `--max-file-size` overrides it). */
  maxFileBytes?: number;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof NumberToken);
}

/** A short description of a value for messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (value instanceof NumberToken) return `the number ${value.source}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

/** Plain YAML numbers (NumberToken) become JS numbers, so rule option schemas (z.number()) accept them. */
function plainNumbers(value: unknown): unknown {
  if (value instanceof NumberToken) {
    const n = Number(value.source);
    return Number.isFinite(n) ? n : value;
  }
  if (Array.isArray(value)) return value.map(plainNumbers);
  if (!isMapping(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) setOwn(result, k, plainNumbers(v));
  return result;
}

/** The object keys a zod schema allows at a path (re-exported for config tests). */
export { keysAt };

/** How unknown keys are named in messages: `unknown option "x" for rule y`. */
interface KeyWording {
  noun: string;
  owner?: string;
}

/** Maps zod issues to schema issues under `base`, with "did you mean" for unknown keys. */
function mapZodIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, base: YamlPath, wording: KeyWording = { noun: 'key' }): SchemaIssue[] {
  const { noun, owner } = wording;
  return issues.flatMap((issue): SchemaIssue[] => {
    const local = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const path = [...base, ...local];
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, local);
      const allowed = known.length ? `; allowed: ${known.join(', ')}` : `; ${owner ?? 'this mapping'} takes no ${noun}s`;
      return issue.keys.map((k) => {
        const hint = didYouMean(k, known);
        return { path: [...path, k], onKey: true, message: `unknown ${noun} "${k}"${owner ? ` for ${owner}` : ''}${hint || allowed}` };
      });
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      const field = path[path.length - 1];
      return [{ path: path.slice(0, -1), message: `missing required key "${String(field)}"` }];
    }
    if (issue.code === 'invalid_type') {
      const expected = issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`;
      return [{ path, message: `expected ${expected}, got ${describeValue(issue.input)}` }];
    }
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      return [{ path, message: `expected ${bound}${issue.input === undefined ? '' : `, got ${describeValue(issue.input)}`}` }];
    }
    return [{ path, message: issue.message }];
  });
}

/** Checks a word against a fixed set; an issue with a suggestion when it is not one. */
function word<T extends string>(values: readonly T[], value: unknown, path: YamlPath, issues: SchemaIssue[]): T | undefined {
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  const prefix = typeof value === 'string' ? values.find((v) => value.toLowerCase().startsWith(v) || v.startsWith(value.toLowerCase())) : undefined;
  const hint = typeof value === 'string' ? didYouMean(value, values) || (prefix && value !== '' ? ` (did you mean "${prefix}"?)` : '') : '';
  issues.push({ path, message: `expected one of ${values.join(', ')}, got ${describeValue(value)}${hint}` });
  return undefined;
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], path: YamlPath, issues: SchemaIssue[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) issues.push({ path: [...path, key], onKey: true, message: `unknown key "${key}"${didYouMean(key, known) || `; allowed: ${known.join(', ')}`}` });
  }
}

function ruleOptions(rule: Rule, value: unknown, path: YamlPath, issues: SchemaIssue[]): unknown {
  if (!isMapping(value)) {
    issues.push({ path, message: `expected a mapping of ${rule.id}'s options, got ${describeValue(value)}` });
    return undefined;
  }
  const schema = optionsSchema(rule);
  const result = schema.safeParse(plainNumbers(value), { reportInput: true });
  if (result.success) return result.data;
  issues.push(...mapZodIssues(result.error.issues, schema, path, { noun: 'option', owner: `rule ${rule.id}` }));
  return undefined;
}

function ruleSetting(rule: Rule, value: unknown, path: YamlPath, issues: SchemaIssue[]): RuleSetting | undefined {
  if (typeof value === 'string') {
    const severity = word(SEVERITIES, value, path, issues);
    return severity && { severity, optionKeys: [] };
  }
  if (!isMapping(value)) {
    issues.push({ path, message: `expected off, warn, fail or a mapping with severity and options, got ${describeValue(value)}` });
    return undefined;
  }
  const before = issues.length;
  unknownKeys(value, ['severity', 'options'], path, issues);
  const severity = value.severity === undefined ? undefined : word(SEVERITIES, value.severity, [...path, 'severity'], issues);
  const options = value.options === undefined ? undefined : ruleOptions(rule, value.options, [...path, 'options'], issues);
  if (issues.length > before) return undefined;
  const setting: RuleSetting = { optionKeys: isMapping(value.options) ? Object.keys(value.options) : [] };
  if (severity) setting.severity = severity;
  if (options !== undefined) setting.options = options;
  return setting;
}

function validateRules(value: unknown, rules: readonly Rule[], issues: SchemaIssue[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (value === undefined) return out;
  if (!isMapping(value)) {
    issues.push({ path: ['rules'], message: `expected a mapping of rule ids, got ${describeValue(value)}` });
    return out;
  }
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const [id, entry] of Object.entries(value)) {
    const rule = byId.get(id);
    if (!rule) {
      const why = id === WAIVER_RULE ? ` ("${WAIVER_RULE}" is the pseudo-rule for waiver findings and cannot be configured)` : didYouMean(id, byId.keys());
      issues.push({ path: ['rules', id], onKey: true, message: `unknown rule "${id}"${why}` });
      continue;
    }
    const setting = ruleSetting(rule, entry, ['rules', id], issues);
    if (setting) out[id] = setting;
  }
  return out;
}

/** The zod schemas of product buffer days and of a waiver, built on first use (most runs have no config). */
function buildSchemas() {
  const { identifier, integer, when } = scalars();
  const productSchema = z.strictObject({ subscription: integer(0, 3650), payg: integer(0, 3650) });
  /** Required text: a string (or a YAML number as written), not blank. */
  const nonBlank = z.unknown().transform((value, ctx) => {
    if (value === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined });
      return z.NEVER;
    }
    const source = typeof value === 'string' ? value : value instanceof NumberToken ? value.source : undefined;
    if (source === undefined || source.trim() === '') {
      ctx.addIssue({ code: 'custom', message: source === undefined ? `expected text, got ${describeValue(value)}` : 'expected text, got an empty string' });
      return z.NEVER;
    }
    return source;
  });

  const waiverSchema = z.strictObject({
    rule: identifier,
    files: nonBlank.optional(),
    subject: identifier.optional(),
    reason: nonBlank,
    owner: nonBlank,
    expires: when,
    reference: nonBlank.optional(),
  });
  return { productSchema, waiverSchema };
}

let built: ReturnType<typeof buildSchemas> | undefined;
const schemas = () => (built ??= buildSchemas());

function validateProducts(value: unknown, issues: SchemaIssue[]): Record<string, ProductDays> {
  const out: Record<string, ProductDays> = {};
  if (value === undefined) return out;
  if (!isMapping(value)) {
    issues.push({ path: ['products'], message: `expected a mapping of product codes, got ${describeValue(value)}` });
    return out;
  }
  for (const [product, entry] of Object.entries(value)) {
    const { productSchema } = schemas();
    const result = productSchema.safeParse(entry, { reportInput: true });
    if (result.success) out[product] = result.data;
    else issues.push(...mapZodIssues(result.error.issues, productSchema, ['products', product]));
  }
  return out;
}

/** Validates a `waivers:` list; entries with problems are left out. Only real rule ids may be waived. */
function validateWaivers(value: unknown, rules: readonly Rule[], issues: SchemaIssue[]): WaiverEntry[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push({ path: ['waivers'], message: `expected a list of waivers, got ${describeValue(value)}` });
    return [];
  }
  const ids = rules.map((r) => r.id);
  const out: WaiverEntry[] = [];
  value.forEach((entry, index) => {
    const path: YamlPath = ['waivers', index];
    if (!isMapping(entry)) {
      issues.push({ path, message: `expected a waiver (a mapping with rule, reason, owner, expires), got ${describeValue(entry)}` });
      return;
    }
    const { waiverSchema } = schemas();
    const result = waiverSchema.safeParse(entry, { reportInput: true });
    let ok = result.success;
    if (!result.success) issues.push(...mapZodIssues(result.error.issues, waiverSchema, path));
    const rule = result.success ? result.data.rule : typeof entry.rule === 'string' ? entry.rule : undefined;
    if (rule !== undefined && !ids.includes(rule)) {
      ok = false;
      const why = rule === WAIVER_RULE ? ` ("${WAIVER_RULE}" is the pseudo-rule for waiver findings and cannot be waived)` : didYouMean(rule, ids);
      issues.push({ path: [...path, 'rule'], message: `unknown rule "${rule}"${why}` });
    }
    if (!ok || !result.success) return;
    const { data } = result;
    const waiver: WaiverEntry = { rule: data.rule, reason: data.reason, owner: data.owner, expires: data.expires, index, path };
    if (data.files !== undefined) waiver.files = data.files;
    if (data.subject !== undefined) waiver.subject = data.subject;
    if (data.reference !== undefined) waiver.reference = data.reference;
    out.push(waiver);
  });
  return out;
}

/** Validates a whole config document (the data parseYaml returned). */
export function validateConfig(raw: unknown, rules: readonly Rule[]): { body: ConfigBody; issues: SchemaIssue[] } {
  const issues: SchemaIssue[] = [];
  const data = dropNulls(raw);
  const body: ConfigBody = { rules: {}, products: {}, waivers: [], hasWaivers: false };
  if (!isMapping(data)) {
    issues.push({ path: [], message: `expected a mapping with ${CONFIG_KEYS.join(', ')}, got ${describeValue(data)}` });
    return { body, issues };
  }
  unknownKeys(data, CONFIG_KEYS, [], issues);
  if (data.fail_on !== undefined) {
    const failOn = word(FAIL_ON_LEVELS, data.fail_on, ['fail_on'], issues);
    if (failOn) body.failOn = failOn;
  }
  if (data.lang !== undefined) {
    const lang = word(LANGS, data.lang, ['lang'], issues);
    if (lang) body.lang = lang;
  }
  if (data.pretty !== undefined) {
    if (typeof data.pretty === 'boolean') body.pretty = data.pretty;
    else issues.push({ path: ['pretty'], message: `expected true or false, got ${describeValue(data.pretty)}` });
  }
  body.rules = validateRules(data.rules, rules, issues);
  body.products = validateProducts(data.products, issues);
  body.hasWaivers = 'waivers' in data;
  body.waivers = validateWaivers(data.waivers, rules, issues);
  if (data.baseline !== undefined) {
    if (typeof data.baseline === 'string' && data.baseline.trim() !== '') body.baseline = data.baseline;
    else issues.push({ path: ['baseline'], message: `expected the path of a baseline file (relative to this file), got ${describeValue(data.baseline)}` });
  }
  if (data.max_file_size !== undefined) {
    const bytes = byteSize(data.max_file_size);
    if (bytes === undefined) issues.push({ path: ['max_file_size'], message: `expected a size such as 64MiB or 200MiB (bytes, or a number with KiB, MiB or GiB), got ${describeValue(data.max_file_size)}` });
    else body.maxFileBytes = bytes;
  }
  return { body, issues };
}

/** A size as `--max-file-size` reads it, written as text (`200MiB`) or as a plain number of bytes. */
function byteSize(value: unknown): number | undefined {
  const source = typeof value === 'string' ? value : value instanceof NumberToken ? value.source : undefined;
  return source === undefined ? undefined : parseByteSize(source);
}

/** Validates a `--waivers FILE` document: a mapping with only `waivers:`. */
export function validateWaiversDocument(raw: unknown, rules: readonly Rule[]): { waivers: WaiverEntry[]; issues: SchemaIssue[] } {
  const issues: SchemaIssue[] = [];
  const data = dropNulls(raw);
  if (!isMapping(data)) {
    issues.push({ path: [], message: `expected a mapping with a waivers: list, got ${describeValue(data)}` });
    return { waivers: [], issues };
  }
  unknownKeys(data, ['waivers'], [], issues);
  if (data.waivers === undefined) issues.push({ path: [], message: 'missing required key "waivers"' });
  return { waivers: validateWaivers(data.waivers, rules, issues), issues };
}
