/**
 * `coverage` and `explain <clause>` in zh-CN: every clause no profile can show has a Chinese reason
 * (src/model/clauses/uncheckable-zh-CN.ts, keyed by clause number) that keeps the clause numbers and
 * rule ids of the English one; English stays as the clause data says.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { CLAUSES, getClause, uncheckableReason } from '../../src/model/clauses/index.js';
import { UNCHECKABLE_ZH_CN } from '../../src/model/clauses/uncheckable-zh-CN.js';
import { coverage, coverageText, explainClause } from '../../src/report/catalog.js';
import { englishRuns } from '../helpers/english-runs.js';

const han = /[\u4e00-\u9fff]/;

describe('why a clause cannot be checked, in zh-CN', () => {
  it('has a Chinese reason for exactly the clauses with an English one, keeping clause numbers and rule ids', () => {
    const uncheckable = CLAUSES.filter((c) => c.uncheckable !== undefined).map((c) => c.number);
    expect(uncheckable.length).toBe(53);
    expect(Object.keys(UNCHECKABLE_ZH_CN).sort()).toEqual([...uncheckable].sort());
    for (const clause of CLAUSES.filter((c) => c.uncheckable !== undefined)) {
      const zh = uncheckableReason(clause, 'zh-CN')!;
      expect(zh, clause.number).toMatch(han);
      expect(englishRuns(zh), clause.number).toEqual([]);
      for (const number of clause.uncheckable!.match(/\b\d+(?:\.\d+)+\b/g) ?? []) expect(zh, clause.number).toContain(number);
      for (const id of RULES.map((r) => r.id).filter((id) => clause.uncheckable!.includes(id))) expect(zh, clause.number).toContain(id);
    }
  });

  it('gives the exact reason in each language, and none for a checkable clause', () => {
    const clause = getClause('4.3')!;
    expect(uncheckableReason(clause, 'en')).toBe('It restates the general duty to pay; the payment terms a profile can show are judged under the specific clauses 3.2.1, 3.2.2 and 3.4.');
    expect(uncheckableReason(clause, 'zh-CN')).toBe('它重申支付服务费用的一般义务；档案能体现的付款条件按具体条款 3.2.1、3.2.2 和 3.4 判断。');
    expect(uncheckableReason(getClause('3.4')!, 'zh-CN')).toBeUndefined();
    expect(uncheckableReason(getClause('3.4')!, 'en')).toBeUndefined();
  });

  it('puts the Chinese reason into coverage and explain, and leaves English as it was', () => {
    const zh = coverage(RULES, 'zh-CN').clauses.find((c) => c.number === '13.1');
    expect(zh).toEqual({ number: '13.1', title: expect.stringMatching(/^本协议之订立/), state: 'uncheckable', rules: [], reason: '适用的法律由本协议本身确定，与任何账户设置无关。' });
    const en = coverage(RULES, 'en').clauses.find((c) => c.number === '13.1');
    expect(en).toEqual({ number: '13.1', title: 'Law of mainland China', state: 'uncheckable', rules: [], reason: 'The governing law is fixed by the agreement itself, and no account setting bears on it.' });
    expect(explainClause('13.1', RULES, 'zh-CN')).toContain('任何配置都无法体现该条款：适用的法律由本协议本身确定，与任何账户设置无关。\n');
    expect(explainClause('13.1', RULES, 'en')).toContain('No configuration can show this clause: The governing law is fixed by the agreement itself, and no account setting bears on it.\n');
  });

  it('words a heading still open, and the rules so far, in each language', async () => {
    const { defineRule } = await import('../../src/engine/types.js');
    const rule = defineRule({ id: 'a', title: 'a rule for the test', clauses: ['10.3.1'] as never, description: 'x', options: (z) => z.strictObject({}), messages: {}, check: () => [] });
    const line = (lang: 'en' | 'zh-CN') => coverageText(coverage([rule], lang), lang).split('\n').find((l) => l.startsWith('§10.3 '));
    expect(line('en')).toMatch(/ heading {5}.* — a heading: covered only when its sub-clauses are \(§10\.3\.2 not yet\); so far a$/);
    expect(line('zh-CN')).toMatch(/ heading {5}.* — 标题条款：其下各款都覆盖时才算覆盖 \(§10\.3\.2 尚未覆盖\)；目前已由 a 检查$/);
  });
});
