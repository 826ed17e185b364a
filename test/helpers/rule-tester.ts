/**
 * A RuleTester in the spirit of ESLint's: each case is a partial profile merged over a valid
 * baseline, an as-of, options, and the exact findings expected. A case that fails validation or
 * expects nothing is malformed and fails. Every case runs under three machine time zones and must
 * give the same findings in each.
 *
 * Expectations assert what does not change with the wording: status, subject, the message ids with
 * their exact parameters (amounts as `yuan('1.23')`, instants as `at('2026-11-10')`), the line,
 * and optionally the YAML path and the finding's data. Every expectation must give `messages` and
 * `line`; one without them is malformed and fails.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkFile } from '../../src/engine/check-file.js';
import type { Rule } from '../../src/engine/types.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { DEFAULT_BUFFER_DAYS, type BufferTable } from '../../src/model/buffer-days.js';
import { parseWhen } from '../../src/model/time.js';
import { parseMoney, type Money } from '../../src/model/money.js';
import type { Lang, ReportFinding, Status, YamlPath } from '../../src/contract/report.js';
import { ruleText } from '../../rules/i18n/index.js';
import { EXAMPLE_BASELINE, mergeProfile } from '../../rules/examples/example.js';
import { assertDueVocabulary } from './due-invariant.js';
import { factsOf } from './facts.js';
import { optionsSchema } from '../../src/engine/rule-options.js';

/** The smallest valid profile; cases add to it (the same the rule pages' examples start from). */
export const BASELINE = EXAMPLE_BASELINE;

/** One expected message part: its id and its exact parameters (omit `params` for a message that takes none). */
export interface ExpectedMessage {
  id: string;
  params?: unknown;
}

/** One expected finding: exact status and subject, every message id with its exact parameters, and the line. */
export interface ExpectedFinding {
  status: Status;
  subject: string;
  /** Every message part in order, each with its exact parameters; `[]` for a skip without a message. */
  messages: ExpectedMessage[];
  /** The 1-based line the finding points at. */
  line: number;
  path?: YamlPath;
  /** A subset the finding's data must match. */
  data?: Record<string, unknown>;
}

/** Money for expected parameters: `yuan('1234.56')` is the exact micro-yuan amount. */
export function yuan(text: string): Money {
  const amount = parseMoney(text);
  if (amount === undefined) throw new Error(`yuan(): "${text}" is not a decimal amount`);
  return amount;
}

/** An instant for expected parameters: a profile date or date-time (Beijing time without an offset), in epoch ms. */
export function at(text: string): number {
  const when = parseWhen(text);
  if (typeof when === 'string') throw new Error(`at(): ${when}`);
  return when.at;
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

/** Deep-merges objects; lists and scalars in `over` replace those in `base`. */
export const merge = mergeProfile;

/** What one case gave: the reported findings and the rule's own message uses (ids and params), in the same order. */
export interface CaseResult {
  findings: ReportFinding[];
  messages: ExpectedMessage[][];
}

/** Runs one case and returns the rule's findings (throws on a malformed case). */
export function runCase(rule: Rule, c: RuleCase, lang: Lang = 'en'): ReportFinding[] {
  return runCaseWithMessages(rule, c, lang).findings;
}

/** Throws unless every expectation gives its message ids (a list) and a positive whole line, and nothing the tester does not check. */
function assertWellFormed(c: RuleCase): void {
  if (c.expect.length === 0) throw new Error(`malformed case "${c.name}": it expects no finding (every rule reports at least a skip)`);
  const known = new Set(['status', 'subject', 'messages', 'line', 'path', 'data']);
  c.expect.forEach((wanted, i) => {
    const what = `malformed case "${c.name}": expectation ${i + 1} (${wanted.status} ${wanted.subject})`;
    if (!Array.isArray(wanted.messages)) throw new Error(`${what} gives no message ids (\`messages\`)`);
    if (!Number.isInteger(wanted.line) || wanted.line < 1) throw new Error(`${what} gives no line`);
    const unknown = Object.keys(wanted).filter((key) => !known.has(key));
    if (unknown.length > 0) throw new Error(`${what} has keys the tester does not check: ${unknown.join(', ')}`);
  });
}

/** Runs one case and returns the findings with their message ids and params (throws on a malformed case). */
export function runCaseWithMessages(rule: Rule, c: RuleCase, lang: Lang = 'en'): CaseResult {
  assertWellFormed(c);
  const text = stringify(merge(BASELINE, c.profile));
  const loaded = loadProfile(`${rule.id}.yaml`, Buffer.from(text));
  if (rule.kind === 'model' && !loaded.profile) {
    const errors = loaded.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ');
    throw new Error(`malformed case "${c.name}": the profile is invalid: ${errors}`);
  }
  const asOf = parseWhen(c.asOf);
  if (typeof asOf === 'string') throw new Error(`malformed case "${c.name}": asOf ${asOf}`);
  const options = optionsSchema(rule).parse(c.options ?? {});
  const bufferDays = c.bufferDays ?? DEFAULT_BUFFER_DAYS;
  const active = lang === 'en' ? { rule, options } : { rule, options, messages: ruleText(rule, lang).messages };
  const report = checkFile(loaded, { asOf: asOf.at, rules: [active], bufferDays, lang });
  if (report.internalErrors?.length) throw new Error(`rule threw: ${report.internalErrors[0]!.message}`);
  // The rule's own findings carry the message ids and params the report renders; a rule is pure, so running it again gives the same.
  const context = { asOf: asOf.at, options, bufferDays };
  const raw = rule.kind === 'raw' ? rule.check({ text: loaded.text ?? '', data: loaded.data }, context) : rule.check(loaded.profile!, context);
  if (rule.kind === 'model') assertDueVocabulary(rule.id, raw, asOf.at);
  const messages = raw.map((f) => f.messages.map((m) => (m.params === undefined ? { id: m.id } : { id: m.id, params: m.params })));
  return { findings: report.findings, messages };
}

function checkFinding(actual: ReportFinding, used: ExpectedMessage[], wanted: ExpectedFinding, rule: Rule): void {
  expect({ status: actual.status, subject: actual.subject }).toEqual({ status: wanted.status, subject: wanted.subject });
  expect(actual.clauses).toEqual([...rule.clauses]);
  const expected = wanted.messages.map((m) => (m.params === undefined ? { id: m.id } : { id: m.id, params: m.params }));
  expect(used, `message ids and params of ${wanted.subject}`).toEqual(expected);
  for (const m of used) expect(Object.hasOwn(rule.messages, m.id), `message id ${m.id} is in the rule's catalog`).toBe(true);
  expect(actual.message.length).toBeGreaterThan(0);
  expect(actual.line, `line of ${wanted.subject}`).toBe(wanted.line);
  if (wanted.path) expect(actual.path).toEqual(wanted.path);
  if (wanted.data) expect(actual.data).toMatchObject(wanted.data);
}

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata'];

/** Declares one vitest test per case for a rule. */
/** `partial`: these cases test one aspect of a rule whose own test file covers every message id. */
export function testRule(rule: Rule, cases: RuleCase[], settings: { partial?: boolean } = {}): void {
  describe(`rule ${rule.id}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const saved = process.env.TZ;
        try {
          const results = ZONES.map((zone) => {
            process.env.TZ = zone;
            return runCaseWithMessages(rule, c);
          });
          for (const other of results.slice(1)) expect(other).toEqual(results[0]);
          const { findings, messages } = results[0]!;
          expect(findings.map((f) => `${f.status} ${f.subject}`)).toEqual(c.expect.map((e) => `${e.status} ${e.subject}`));
          c.expect.forEach((wanted, i) => checkFinding(findings[i]!, messages[i]!, wanted, rule));
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
      if (settings.partial) return;
      const unused = Object.keys(rule.messages).filter((id) => !seen.has(id));
      expect(unused, `message ids of ${rule.id} no case produces (add a case for each)`).toEqual([]);
    });
  });
}
