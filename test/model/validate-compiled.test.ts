/**
 * The compiled validator against zod (differential): on real profiles and seeded mutations of them
 * (wrong types, missing and extra keys, nulls, impossible dates, bad money, integer bounds, duplicate
 * ids), both accept the same documents and, when they accept, produce the same value (key order
 * included). `CLAUSECHECK_DIFF_RUNS` runs more mutations (default 300).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { parseProfileYaml } from '../../src/load/fast-yaml.js';
import { profileSchema } from '../../src/model/profile.js';
import { keysAt } from '../../src/model/zod-keys.js';
import { NumberToken } from '../../src/model/tokens.js';
import { dropNulls, validateProfile, validateWithZod } from '../../src/model/validate.js';
import { generateValidator } from '../../src/model/validate-codegen.js';
import { compiledProfile } from '../../src/model/validate-compiled.js';
import { ROOT } from '../cli/run-cli.js';

const RUNS = Number(process.env.CLAUSECHECK_DIFF_RUNS ?? 300);
const SEED = 16;

function yamlFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8'));
}

const BASES: unknown[] = [
  ...yamlFiles('examples'),
  ...yamlFiles('test/fixtures/invalid'),
  ...generateCorpus(12, 20260924, 6).map((f) => f.text),
].map((text) => parseProfileYaml(text).data);

/** A canonical text of a value: key order, bigints and class instances all show. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v instanceof NumberToken ? { NumberToken: v.source } : v));
}

/** `value` without the keys whose value is undefined (the compiled validator writes every key of a mapping's schema; zod leaves absent ones out). */
function present(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(present);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, present(v)]));
}

/** The compiled validator and zod agree on `doc`; returns whether zod accepted it. */
function agree(doc: unknown): boolean {
  const reference = profileSchema().safeParse(dropNulls(doc));
  const compiled = compiledProfile(doc);
  expect(compiled !== undefined, canonical(doc)).toBe(reference.success);
  if (reference.success) {
    expect(present(compiled)).toStrictEqual(reference.data);
    expect(canonical(compiled)).toBe(canonical(reference.data));
  }
  expect(present(validateProfile(doc))).toStrictEqual(validateWithZod(doc));
  return reference.success;
}

/** A copy of parsed YAML data (number tokens are immutable and shared). */
function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (typeof value === 'object' && value !== null && !(value instanceof NumberToken)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  }
  return value;
}

type Container = Record<string, unknown> | unknown[];

/** Every mapping and list in `value`, the root first. */
function containers(value: unknown, into: Container[] = []): Container[] {
  if (Array.isArray(value)) {
    into.push(value);
    value.forEach((v) => containers(v, into));
  } else if (typeof value === 'object' && value !== null && !(value instanceof NumberToken)) {
    into.push(value as Record<string, unknown>);
    Object.values(value).forEach((v) => containers(v, into));
  }
  return into;
}

const n = (source: string) => new NumberToken(source);
const DATES = ['2026-02-29', '2024-02-29', '2026-02-30', '2026-13-01', '0000-01-01', '0001-01-01', '9999-12-31', '2026-11-09T24:00', '2026-11-09T10:00:60', '2026-11-09T10:00+24:00', '2026-11-09 10:00:00.123456789Z', '2026-1-9'];
const MONEY = ['1.1234567', '1.123456', '-5', '-5.5', '1e3', '00012', '0', '.5', '5.', '1_000', ' 5'];
const NUMBERS = ['0', '-1', '1', '4', '5', '24', '-2', '1.5', '1e3', '0x10', '9007199254740991', '9007199254740992', '00123', '-0'];
const WORDS = ['', 'x', 'active', 'renew', 'let-expire', 'payg', 'postpaid', 'prepaid', 'resource-package', 'cn', 'CNY', 'USD', 'cn-hangzhou', 'CN-Hangzhou', 'clausecheck/v1', 'AbCdEfGhIjKlMnOpQrStUvWxYz0123', 'i-1', 'o1'];
const KEYS = ['id', 'kind', 'status', 'amount', 'enabled', 'resource', 'billing', 'orders', 'unknown_key', '__proto__', 'constructor', 'toString', 'paid_at', 'sold_out', 'successor', 'incident'];

/** A replacement value: every scalar shape the loader produces, plus small mappings and lists. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...DATES, ...MONEY, ...WORDS),
  fc.constantFrom(...NUMBERS, ...MONEY.filter((m) => /^[-\d.]+$/.test(m))).map(n),
  fc.constantFrom(true, false, null),
  fc.string({ maxLength: 6 }),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.constantFrom<unknown>('o1', n('1'), null, {}), { maxLength: 2 }),
  fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom<unknown>('o1', n('1'), null, true), { maxKeys: 2 }),
);

/** One mutation, given as an index into the containers, a key choice and a value. */
const mutation = fc.record({ at: fc.nat(), pick: fc.nat(), op: fc.nat(5), value: anyValue, key: fc.constantFrom(...KEYS) });

function mutate(doc: unknown, m: { at: number; pick: number; op: number; value: unknown; key: string }): void {
  const value = clone(m.value); // never share a generated mapping between places (no cycles)
  const all = containers(doc);
  if (all.length === 0) return;
  const target = all[m.at % all.length]!;
  if (Array.isArray(target)) {
    const i = m.pick % Math.max(target.length, 1);
    if (m.op === 0) target.splice(i, 1);
    else if (m.op === 1 && target.length) target.push(clone(target[i])); // duplicate ids
    else target[i] = value;
    return;
  }
  const keys = Object.keys(target);
  const key = keys.length ? keys[m.pick % keys.length]! : m.key;
  if (m.op === 0) delete target[key];
  else if (m.op === 1) Object.defineProperty(target, m.key, { value, enumerable: true, writable: true, configurable: true });
  else if (m.op === 2) target[key] = null;
  else target[key] = value;
}

describe('compiled validator', () => {
  it('is the one the model generates today (npm run build regenerates it)', () => {
    expect(readFileSync(path.join(ROOT, 'src/model/validate-compiled.ts'), 'utf8')).toBe(generateValidator());
  });

  it('agrees with zod on the examples, the invalid fixtures and generated profiles', () => {
    const accepted = BASES.filter((doc) => agree(doc)).length;
    expect(accepted).toBeGreaterThanOrEqual(16);
    expect(accepted).toBeLessThan(BASES.length);
  });

  it(`agrees with zod on mutated profiles (${RUNS} runs, seed ${SEED})`, () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (base, mutations) => {
        const doc = clone(BASES[base]);
        for (const m of mutations) mutate(doc, m);
        outcomes[agree(doc) ? 'accepted' : 'rejected']++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Both sides of the boundary are exercised, not only rejections.
    expect(outcomes.accepted).toBeGreaterThan(RUNS / 10);
    expect(outcomes.rejected).toBeGreaterThan(RUNS / 10);
  });

  it("gives every mapping of a kind one shape: each key of its schema in the schema's order, undefined where absent", () => {
    const doc = { format: 'clausecheck/v1', account: { id: n('1') }, orders: [{ id: 'o1', amount: n('12.50') }, { status: 'expired', id: 'o2', paid_at: '2026-01-02T00:00:00+08:00', amount: n('1') }] };
    const profile = compiledProfile(doc) as unknown as { account: object; orders: [Record<string, unknown>, Record<string, unknown>] };
    const orderKeys = keysAt(profileSchema(), ['orders', 0]);
    expect(orderKeys.length).toBeGreaterThan(10);
    expect(Object.keys(profile.orders[0])).toEqual(orderKeys);
    expect(Object.keys(profile.orders[1])).toEqual(orderKeys);
    expect(Object.keys(profile.account)).toEqual(keysAt(profileSchema(), ['account']));
    expect([profile.orders[0].paid_at, profile.orders[1].status, profile.orders[0].status]).toEqual([undefined, 'expired', undefined]);
  });

  it('takes a null as absent, and an unknown key only when its value is null', () => {
    const doc = { format: 'clausecheck/v1', account: { id: n('00123'), name: null, extra: null }, orders: [{ id: 'o1', amount: n('12.50') }] };
    expect(present(compiledProfile(doc))).toStrictEqual({ format: 'clausecheck/v1', account: { id: '00123' }, orders: [{ id: 'o1', kind: 'subscription', amount: 12_500_000n }] });
    expect(compiledProfile({ ...doc, extra: 1 })).toBeUndefined();
    expect(validateProfile({ ...doc, extra: 1 })).toEqual({ ok: false, issues: [{ path: ['extra'], onKey: true, message: 'unknown key "extra"' }] });
  });
});
