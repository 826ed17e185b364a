/**
 * The seeded fuzzer: mutated profiles and configs (hostile strings, secrets, odd keys, deep and wide
 * structures) never crash the loader, the checker or a formatter, never echo a planted secret, never
 * put a raw control character in a human format or a GitHub annotation, and give the same report twice.
 * `npm test` runs a short seeded round; `npm run fuzz` a long one (CLAUSECHECK_FUZZ_RUNS, CLAUSECHECK_FUZZ_SEED).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/engine/check-file.js';
import { formatConfigError, parseConfig } from '../../src/config/load-config.js';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { RULES } from '../../rules/index.js';
import type { Report } from '../../src/contract/report.js';
import { ROOT } from '../cli/run-cli.js';
import { HOSTILE, leaks, plant, scalarPaths, SECRETS } from './harness.js';
import { defaultOptions } from '../../src/engine/rule-options.js';

const RUNS = Number(process.env.CLAUSECHECK_FUZZ_RUNS ?? 12);
const SEED = Number(process.env.CLAUSECHECK_FUZZ_SEED ?? 11);
const BASES = ['overdue', 'compliant', 'expiring'].map((n) => readFileSync(path.join(ROOT, 'examples', `${n}.yaml`), 'utf8'));
const PATHS = BASES.map(scalarPaths);
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const settings = {
  asOf: Date.parse('2026-11-26T00:00:00+08:00'),
  rules: RULES.map((rule) => ({ rule, options: defaultOptions(rule) })),
  bufferDays: DEFAULT_BUFFER_DAYS,
};
const context = { failOn: 'fail' as const, verbose: true, color: false, cwd: '/', rules: [] };

const value = fc.oneof(
  fc.constantFrom(...HOSTILE, ...SECRETS.map((s) => s.value), '0026-11-09', '9999-12-31', '0000-01-01', '-1', '1e309', '', ' ', '__proto__', '\ud800', 'x'.repeat(3000)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer().map(String),
);

/** A structural mutation on YAML text: inserted keys, brackets, anchors, tabs, deep nesting. */
const mutation = fc.oneof(
  fc.constant((t: string) => t.replace('account:\n', 'account:\n  __proto__: {x: 1}\n')),
  fc.constant((t: string) => t.replace('account:\n', `account:\n  ${'['.repeat(200)}\n`)),
  fc.constant((t: string) => t.replace('account:\n', 'account: &a\n').concat('copy: *a\nmore: *a\n')),
  fc.constant((t: string) => t.replace(/\n {2}/, '\n\t')),
  fc.constant((t: string) => t.slice(0, Math.floor(t.length / 2))),
  fc.constant((t: string) => `${t}\n${Array.from({ length: 90 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')}\n`),
  fc.constant((t: string) => t),
);

const profile = fc.record({ base: fc.nat(BASES.length - 1), plants: fc.array(fc.tuple(fc.nat(), value), { maxLength: 4 }), mutate: mutation }).map(({ base, plants, mutate }) => {
  let text = BASES[base]!;
  for (const [at, v] of plants) text = plant(text, PATHS[base]![at % PATHS[base]!.length]!, v);
  return mutate(text);
});

describe('seeded fuzzer', () => {
  it(`profiles: no crash, no secret, no raw control character, deterministic (${RUNS} runs, seed ${SEED})`, () => {
    fc.assert(
      fc.property(profile, (text) => {
        const bytes = Buffer.from(text, 'utf8');
        const report = checkBytes('fuzz.yaml', bytes, settings);
        expect(report.internalErrors).toBeUndefined();
        expect(checkBytes('fuzz.yaml', bytes, settings)).toEqual(report);
        const whole: Report = { version: 1, tool: { name: 'clausecheck', version: '0' }, agreement: 'a', asOf: 'x', files: [report], summary: { files: 1, invalid: 0, pass: 0, warn: 0, fail: 0, skip: 0, waived: 0 } };
        for (const [name, format] of Object.entries(FORMATTERS)) {
          const out = format(whole, context);
          for (const secret of SECRETS) expect({ name, secret: secret.kind, leaks: leaks(out, secret) }).toEqual({ name, secret: secret.kind, leaks: [] });
          // json and sarif hold the exact value, JSON-escaped; every other format (github included) shows it through visible().
          if (!['json', 'sarif'].includes(name)) expect({ name, raw: RAW.exec(out)?.[0] }).toEqual({ name, raw: undefined });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`configs: never throw, every error located, no secret echoed (${RUNS} runs, seed ${SEED})`, () => {
    const config = fc
      .tuple(fc.constantFrom('fail_on', 'rules', 'products', 'waivers', '__proto__', 'x'), value, fc.constantFrom('arrears', 'waiver', 'nope'), value)
      .map(([top, v, rule, w]) => `${top}: ${JSON.stringify(v)}\nrules:\n  ${rule}: ${JSON.stringify(w)}\nwaivers:\n  - rule: ${rule}\n    subject: ${JSON.stringify(v)}\n    reason: ${JSON.stringify(w)}\n    owner: o\n    expires: ${JSON.stringify(w)}\n`);
    fc.assert(
      fc.property(config, (text) => {
        const { errors } = parseConfig(Buffer.from(text), { absolute: '/p/.clausecheck.yaml', cwd: '/p', rules: RULES });
        for (const e of errors) {
          expect(e.line).toBeGreaterThan(0);
          for (const secret of SECRETS) expect(leaks(formatConfigError(e), secret)).toEqual([]);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
