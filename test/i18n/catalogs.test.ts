/**
 * The zh-CN catalog has every rule and every message id of the English catalog (the rules' own
 * `messages`). The compiler checks each translation's parameters (translateRule); this test catches a
 * rule with no translation file at all (e.g. a new rule merged without one) and lists what is missing.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { ZH_CN } from '../../rules/zh-CN/index.js';
import { ruleText } from '../../rules/i18n/index.js';

describe('the zh-CN rule catalog', () => {
  it('has every rule and every message id, and nothing else (missing entries are listed as rule: id)', () => {
    const missing: string[] = [];
    const extra: string[] = [];
    for (const rule of RULES) {
      const zh = ZH_CN[rule.id];
      if (!zh) {
        missing.push(`${rule.id}: (no rules/zh-CN/${rule.id}.ts; add it and a line in rules/zh-CN/index.ts) ${Object.keys(rule.messages).join(', ')}`);
        continue;
      }
      for (const id of Object.keys(rule.messages)) if (!(id in zh.messages)) missing.push(`${rule.id}: ${id}`);
      for (const id of Object.keys(zh.messages)) if (!(id in rule.messages)) extra.push(`${rule.id}: ${id}`);
    }
    for (const id of Object.keys(ZH_CN)) if (!RULES.some((r) => r.id === id)) extra.push(`${id}: (no such rule)`);
    expect(missing, 'zh-CN translations missing').toEqual([]);
    expect(extra, 'zh-CN translations of ids the English catalog does not have').toEqual([]);
  });

  it('gives every rule a Chinese title, description and (where English has one) fix', () => {
    const han = /[\u4e00-\u9fff]/;
    for (const rule of RULES) {
      const zh = ruleText(rule, 'zh-CN');
      expect(zh.title, rule.id).toMatch(han);
      expect(zh.description, rule.id).toMatch(han);
      if (rule.fix !== undefined) expect(zh.fix, rule.id).toMatch(han);
    }
  });

  it('keeps rule ids, clause numbers and option names as written in English', () => {
    for (const rule of RULES) {
      const zh = ruleText(rule, 'zh-CN');
      const options = [...`${rule.description} ${rule.fix ?? ''}`.matchAll(/`([a-z_.]+(?::[^`]*)?)`/g)].map((m) => m[1]);
      for (const option of options) expect(`${zh.description} ${zh.fix ?? ''}`, `${rule.id} keeps \`${option}\``).toContain(`\`${option}\``);
      for (const clause of [...rule.description.matchAll(/§[\d.]+\d/g)].map((m) => m[0])) expect(zh.description, rule.id).toContain(clause);
    }
  });

  it('falls back to English for a rule that has no translation', () => {
    const rule = { ...RULES[0]!, id: 'not-translated' };
    expect(ruleText(rule, 'zh-CN').title).toBe(rule.title);
    expect(ruleText(rule, 'en').messages).toBe(rule.messages);
  });
});
