import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { isClauseNumber } from '../src/model/clauses/index.js';
import { ruleDocHeader, updateDecisions, updateReadme, DOC_END } from '../src/report/rule-docs.js';
import { defaultOptions, optionInfo, optionsTableSource } from '../src/engine/rule-options.js';
import { defineRule } from '../src/engine/types.js';
import { ruleDefaults, ruleOptionInfo } from '../rules/options/index.js';

const root = new URL('..', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

describe('docs and rule list cannot drift from the code', () => {
  it('rules/index.ts lists every file in rules/, each named by its id, in catalog order without repeats', () => {
    const files = readdirSync(new URL('rules/', root)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect([...RULES.map((r) => r.id)].sort()).toEqual(files.sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('every rule cites clauses of the index, has a title, a description and options with defaults', () => {
    for (const rule of RULES) {
      expect(rule.clauses.length, rule.id).toBeGreaterThan(0);
      for (const clause of rule.clauses) expect(isClauseNumber(clause), `${rule.id} cites §${clause}`).toBe(true);
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.description.length, rule.id).toBeGreaterThan(40);
      expect(() => defaultOptions(rule), rule.id).not.toThrow();
    }
  });

  it('rules/options/table.ts is generated from the options schemas as they are (npm run build regenerates it)', () => {
    expect(read('rules/options/table.ts'), 'rules/options/table.ts is stale: run npm run build').toBe(optionsTableSource(RULES));
    for (const rule of RULES) {
      expect(ruleDefaults(rule), rule.id).toEqual(defaultOptions(rule));
      expect(ruleOptionInfo(rule), rule.id).toEqual(optionInfo(rule));
    }
  });

  it('a rule outside the catalog gets its options from its own schema, even under a catalog id', () => {
    const rule = defineRule({ id: 'arrears', title: 'not the catalog rule', clauses: ['3.4'], description: 'x', options: (z) => z.strictObject({ days: z.number().default(3) }), messages: {}, check: () => [] });
    expect(ruleDefaults(rule)).toEqual({ days: 3 });
    expect(ruleOptionInfo(rule)).toEqual([{ name: 'days', type: 'number', default: 3 }]);
    expect(ruleDefaults(RULES.find((r) => r.id === 'arrears')!)).toEqual({});
  });

  it('each rule has a docs page whose generated header matches the metadata', () => {
    for (const rule of RULES) {
      const file = `docs/rules/${rule.id}.md`;
      expect(existsSync(new URL(file, root)), `${file} is missing: run npm run docs`).toBe(true);
      const page = read(file);
      expect(page.slice(0, page.indexOf(DOC_END) + DOC_END.length + 1), `${file} drifted: run npm run docs`).toBe(ruleDocHeader(rule));
    }
  });

  it('no docs page for a rule that does not exist', () => {
    const pages = readdirSync(new URL('docs/rules/', root)).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("docs/decisions.md's rule index matches the catalog", () => {
    const doc = read('docs/decisions.md');
    expect(updateDecisions(doc, RULES), 'docs/decisions.md rule index drifted: run npm run docs').toBe(doc);
    expect(doc).toContain('| [arrears](rules/arrears.md) | §3.4 |');
  });

  it("the README's rule table matches the catalog", () => {
    const readme = read('README.md');
    expect(updateReadme(readme, RULES), 'README.md rule table drifted: run npm run docs').toBe(readme);
  });
});
