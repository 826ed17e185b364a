/** Validates raw profile data against the schema and the cross-section checks. */
import type { z } from 'zod';
import type { YamlPath } from '../contract/report.js';
import { crossRefIssues } from './cross-refs.js';
import { profileSchema, type Profile } from './profile.js';
import { describeValue, NumberToken } from './tokens.js';
import { didYouMean } from './suggest.js';
import { compiledProfile } from './validate-compiled.js';
import { keysAt } from './zod-keys.js';
import { setOwn } from '../util/own.js';

/** A validation problem at a YAML path; `onKey` locates it at the key rather than the value. */
interface ValidationIssue {
  path: YamlPath;
  message: string;
  onKey?: boolean;
}

/** The outcome of validation: a profile, or every issue found. */
export type Validation = { ok: true; profile: Profile } | { ok: false; issues: ValidationIssue[] };

/** Removes mapping entries whose value is null: in a profile `null` means absent. */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (typeof value !== 'object' || value === null || value instanceof NumberToken) return value;
  const result: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) setOwn(result, k, dropNulls(v));
  return result;
}

function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): ValidationIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(profileSchema(), path);
    return issue.keys.map((k) => ({
      path: [...path, k],
      onKey: true,
      message: `unknown key "${k}"${didYouMean(k, known)}`,
    }));
  }
  if ('input' in issue && issue.input === undefined && issue.code !== 'custom') {
    const field = path[path.length - 1];
    return [{ path: path.slice(0, -1), message: `missing required key "${String(field)}"` }];
  }
  if (issue.code === 'invalid_type') {
    const expected = issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : issue.expected;
    return [{ path, message: `expected ${expected}, got ${describeValue(issue.input)}` }];
  }
  void input;
  return [{ path, message: issue.message }];
}

/**
 * Validates raw data (as loaded from YAML) into a profile: the compiled validator, generated from
 * the zod model at build time, takes a valid file; a file it refuses goes to zod, which words the errors.
 * An absent optional field is undefined either way: zod leaves its key out, the compiled validator
 * writes it with undefined (one hidden class per kind of mapping), so code reads fields, never keys.
 */
export function validateProfile(raw: unknown): Validation {
  const profile = compiledProfile(raw);
  if (profile !== undefined && crossRefIssues(profile).length === 0) return { ok: true, profile };
  return validateWithZod(raw);
}

/** Validates with zod alone: the reference the compiled validator is tested against, and the wording of every error. */
export function validateWithZod(raw: unknown): Validation {
  const data = dropNulls(raw);
  const result = profileSchema().safeParse(data, { reportInput: true });
  const issues: ValidationIssue[] = crossRefIssues(data).map((i) => ({ ...i }));
  if (!result.success) issues.unshift(...result.error.issues.flatMap((i) => fromZodIssue(i, data)));
  if (issues.length > 0 || !result.success) return { ok: false, issues };
  return { ok: true, profile: result.data };
}
