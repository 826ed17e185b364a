/**
 * SARIF messageStrings with arguments: every result of the example run, in both languages, names a
 * message string of its rule whose placeholders, filled with the result's arguments, give exactly
 * the result's text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/contract/report.js';
import { MessageStrings, fillTemplate, splitMessage } from '../../src/report/formatters/sarif-messages.js';
import { runCli } from '../helpers/cli.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const LANGS: Lang[] = ['en', 'zh-CN'];
const runs = new Map<Lang, Json>();

beforeAll(async () => {
  for (const lang of LANGS) {
    const out = await runCli(['check', 'examples', '--as-of', '2026-11-26', '--format', 'sarif', '--lang', lang]);
    runs.set(lang, JSON.parse(out.stdout).runs[0]);
  }
});

describe('sarif messageStrings: the example run', () => {
  it.each(LANGS)('%s: every finding result names a message string of its rule that reproduces its text', (lang) => {
    const run = runs.get(lang);
    const findings = run.results.filter((r: Json) => r.ruleId !== 'invalid-input');
    expect(findings.length).toBeGreaterThan(40);
    for (const result of findings) {
      const rule = run.tool.driver.rules[result.ruleIndex];
      expect(rule.id).toBe(result.ruleId);
      const template = rule.messageStrings?.[result.message.id]?.text;
      expect(template, `${result.ruleId} ${result.message.id}`).toBeTypeOf('string');
      expect(fillTemplate(template, result.message.arguments), result.message.text).toBe(result.message.text);
      for (let i = 0; i < result.message.arguments.length; i++) expect(template).toContain(`{${i}}`);
      expect(result.message.id.replace(/~\d+$/, '')).toMatch(/^[A-Za-z]+(\+[A-Za-z]+)*$/);
    }
  });

  it('uses the same ids and arguments in both languages (the facts, in the order each language states them)', () => {
    const en = runs.get('en').results;
    const zh = runs.get('zh-CN').results;
    expect(zh.map((r: Json) => r.message.id?.replace(/~\d+$/, ''))).toEqual(en.map((r: Json) => r.message.id?.replace(/~\d+$/, '')));
    en.forEach((r: Json, i: number) => expect([...(zh[i].message.arguments ?? [])].sort(), r.message.text).toEqual([...(r.message.arguments ?? [])].sort()));
  });

  it('keeps one message string per wording: a multi-part finding under its composed id, a differently worded one under id~2', () => {
    const rules = runs.get('en').tool.driver.rules;
    const byId = (id: string) => rules.find((r: Json) => r.id === id).messageStrings;
    expect(byId('arrears').overdue.text).toBe('Bill {0}: {1} overdue since {2}; late-fee exposure {3} ({4}% a day, {5} days).');
    expect(byId('auto-renew-funding')['failed+short'].text).toMatch(/^Order \{0\}: the last auto-renew deduction failed; it expires at \{1\} \(\{2\} days left\) unless the renewal is paid\. Order \{0\} auto-renews/);
    expect(byId('renewal-deadline')['renewSoon~2'].text).toBe('Renew order {0} by {1}, {2} days left.');
    expect(byId('renewal-deadline').renewSoon.text).toMatch(/^Renew order \{0\} by \{1\}, \{2\} days left\. Auto-renew is on/);
    const zh = runs.get('zh-CN').tool.driver.rules.find((r: Json) => r.id === 'arrears').messageStrings;
    expect(zh.overdue.text).toBe('账单 {0}：{1} 自 {2} 起逾期；违约金敞口 {3}（按日万分之五即 {4}%，{5} 天）。');
  });

  it('describes the invalid-input rule in the run\'s language', () => {
    const invalidRule = (lang: Lang) => runs.get(lang).tool.driver.rules.find((r: Json) => r.id === 'invalid-input');
    expect(invalidRule('en').shortDescription.text).toBe('Profiles are valid input.');
    expect(invalidRule('zh-CN').shortDescription.text).toBe('档案是有效的输入。');
    expect(invalidRule('zh-CN').fullDescription.text).toBe('该文件未能检查：它不是可读取、格式正确的 clausecheck 档案。每个问题都在发现之处报告。');
  });

  it('leaves invalid-input results (no message id in the report) as text only', () => {
    const invalid = runs.get('zh-CN').results.filter((r: Json) => r.ruleId === 'invalid-input');
    expect(invalid.length).toBeGreaterThan(0);
    for (const r of invalid) expect(Object.keys(r.message)).toEqual(['text']);
  });
});

describe('splitMessage and fillTemplate', () => {
  const finding = { subject: 'B-2026-10', data: { region: 'cn-beijing', dueKind: 'expires' } };

  it('turns the subject, identifiers, quoted values, amounts, instants and numbers into arguments, the same value into the same placeholder', () => {
    const text = 'Bill B-2026-10 owes ¥1,234.56 since 2026-11-10 00:00 +08:00 in cn-beijing on i-uf6web; "x y" 17 days, 0.05% (§3.4); bill B-2026-10 expires.';
    const split = splitMessage(text, finding);
    expect(split).toEqual({
      template: 'Bill {0} owes {1} since {2} in {3} on {4}; {5} {6} days, {7}% (§3.4); bill {0} expires.',
      arguments: ['B-2026-10', '¥1,234.56', '2026-11-10 00:00 +08:00', 'cn-beijing', 'i-uf6web', '"x y"', '17', '0.05'],
    });
    expect(fillTemplate(split.template, split.arguments)).toBe(text);
  });

  it('doubles literal braces (SARIF §3.11.5) and restores them when filled', () => {
    const split = splitMessage('Key {a} is 3, not {}.', { subject: 'account', data: {} });
    expect(split).toEqual({ template: 'Key {{a}} is {0}, not {{}}.', arguments: ['3'] });
    expect(fillTemplate(split.template, split.arguments)).toBe('Key {a} is 3, not {}.');
  });

  it('keeps a plain lower-case subject as a word of the template', () => {
    expect(splitMessage('The account is in arrears by ¥1.00.', { subject: 'account', data: {} }).template).toBe('The account is in arrears by {0}.');
  });

  it('numbers a second wording of one id, and reuses an id for the same wording', () => {
    const strings = new MessageStrings();
    const a = strings.message('r', 'm', 'Order 1 is late.', { subject: '1', data: {} });
    const b = strings.message('r', 'm', 'Order 2 is late.', { subject: '2', data: {} });
    const c = strings.message('r', 'm', 'Order 3 is late again.', { subject: '3', data: {} });
    expect([a.id, b.id, c.id]).toEqual(['m', 'm', 'm~2']);
    expect(strings.of('r')).toEqual({ m: { text: 'Order {0} is late.' }, 'm~2': { text: 'Order {0} is late again.' } });
    expect(strings.of('other')).toBeUndefined();
  });
});
