/**
 * A RuleTester in the spirit of ESLint's: each case is a partial profile merged over a valid
 * baseline, an as-of, options, and the exact findings expected. A case that fails validation or
 * expects nothing is malformed and fails. Every case runs under three machine time zones and must
 * give the same findings in each.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkFile } from '../../src/engine/check-file.js';
import type { Rule } from '../../src/engine/types.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { DEFAULT_BUFFER_DAYS, type BufferTable } from '../../src/model/buffer-days.js';
import { parseWhen } from '../../src/model/time.js';
import type { Lang, ReportFinding, Status, YamlPath } from '../../src/contract/report.js';
import { ruleText } from '../../rules/i18n/index.js';
import { factsOf } from './facts.js';

/** The smallest valid profile; cases add to it. */
export const BASELINE = { format: 'clausecheck/v1', account: { id: '1000000000000001' } };

/** One expected finding: exact status and subject; the message must contain every fact. */
export interface ExpectedFinding {
  status: Status;
  subject: string;
  /** Substrings the message must contain (dates with +08:00, amounts, day counts). */
  facts?: string[];
  path?: YamlPath;
  /** A subset the finding's data must match. */
  data?: Record<string, unknown>;
  line?: number;
}

/** One case. */
export interface RuleCase {
  name: string;
  /** Merged over the baseline: objects deeply, lists replaced. */
  profile: Record<string, unknown>;
  /** `--as-of`, a date or date-time (Beijing time). */
  asOf: string;
  options?: Record<string, unknown>;
  bufferDays?: BufferTable;
  expect: ExpectedFinding[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges objects; lists and scalars in `over` replace those in `base`. */
export function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? merge(current, value) : value;
  }
  return result;
}

/** Runs one case and returns the rule's findings (throws on a malformed case). */
export function runCase(rule: Rule, c: RuleCase, lang: Lang = 'en'): ReportFinding[] {
  if (c.expect.length === 0) throw new Error(`malformed case "${c.name}": it expects no finding (every rule reports at least a skip)`);
  const text = stringify(merge(BASELINE, c.profile));
  const loaded = loadProfile(`${rule.id}.yaml`, Buffer.from(text));
  if (rule.kind === 'model' && !loaded.profile) {
    const errors = loaded.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ');
    throw new Error(`malformed case "${c.name}": the profile is invalid: ${errors}`);
  }
  const asOf = parseWhen(c.asOf);
  if (typeof asOf === 'string') throw new Error(`malformed case "${c.name}": asOf ${asOf}`);
  const options = rule.options.parse(c.options ?? {});
  const active = lang === 'en' ? { rule, options } : { rule, options, messages: ruleText(rule, lang).messages };
  const report = checkFile(loaded, { asOf: asOf.at, rules: [active], bufferDays: c.bufferDays ?? DEFAULT_BUFFER_DAYS, lang });
  if (report.internalErrors?.length) throw new Error(`rule threw: ${report.internalErrors[0]!.message}`);
  return report.findings;
}

function checkFinding(actual: ReportFinding, wanted: ExpectedFinding, rule: Rule): void {
  expect({ status: actual.status, subject: actual.subject }).toEqual({ status: wanted.status, subject: wanted.subject });
  expect(actual.clauses).toEqual([...rule.clauses]);
  for (const fact of wanted.facts ?? []) expect(actual.message).toContain(fact);
  if (wanted.path) expect(actual.path).toEqual(wanted.path);
  if (wanted.data) expect(actual.data).toMatchObject(wanted.data);
  if (wanted.line !== undefined) expect(actual.line).toBe(wanted.line);
  expect(actual.line).toBeGreaterThan(0);
}

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata'];

/** Declares one vitest test per case for a rule. */
export function testRule(rule: Rule, cases: RuleCase[]): void {
  describe(`rule ${rule.id}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const saved = process.env.TZ;
        try {
          const results = ZONES.map((zone) => {
            process.env.TZ = zone;
            return runCase(rule, c);
          });
          for (const other of results.slice(1)) expect(other).toEqual(results[0]);
          const findings = results[0]!;
          expect(findings.map((f) => `${f.status} ${f.subject}`)).toEqual(c.expect.map((e) => `${e.status} ${e.subject}`));
          c.expect.forEach((wanted, i) => checkFinding(findings[i]!, wanted, rule));
        } finally {
          process.env.TZ = saved;
        }
      });
    }
    it('zh-CN: each finding has the same message id and states the same facts (numbers, dates, amounts) as in English; the cases use every message id', () => {
      const seen = new Set<string>();
      const mismatches: string[] = [];
      for (const c of cases) {
        const en = runCase(rule, c);
        const zh = runCase(rule, c, 'zh-CN');
        expect(zh.map((f) => f.messageId)).toEqual(en.map((f) => f.messageId));
        en.forEach((finding, i) => {
          finding.messageId.split('+').forEach((id) => seen.add(id));
          const [a, b] = [factsOf(finding.message), factsOf(zh[i]!.message)];
          if (a.join(' | ') !== b.join(' | ')) mismatches.push(`${c.name} / ${finding.messageId}:\n  en ${a.join(' | ')}: ${finding.message}\n  zh ${b.join(' | ')}: ${zh[i]!.message}`);
        });
      }
      expect(mismatches.join('\n')).toBe('');
      const unused = Object.keys(rule.messages).filter((id) => !seen.has(id));
      expect(unused, `message ids of ${rule.id} no case produces (add a case for each)`).toEqual([]);
    });
  });
}
