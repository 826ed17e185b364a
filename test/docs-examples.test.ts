import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Status } from '../src/contract/report.js';
import { RULES } from '../rules/index.js';
import { RULE_EXAMPLES } from '../rules/examples/index.js';
import { EXAMPLE_FILE, exampleStatuses, runExample } from '../src/report/rule-examples.js';
import { runCli } from './helpers/cli.js';
import { factsOf } from './helpers/facts.js';

const root = new URL('..', import.meta.url);
const runsOf = (rule: (typeof RULES)[number]) => (RULE_EXAMPLES[rule.id] ?? []).map((example) => runExample(rule, example));

/** The statuses a rule's source gives: those it passes to single() and Verdict.add(), and skip when it reports a missing section. */
function statusesInSource(id: string): string[] {
  const source = readFileSync(new URL(`rules/${id}.ts`, root), 'utf8');
  const given = [...source.matchAll(/single\(\s*messages,\s*([^,]+),/g), ...source.matchAll(/\.add\(\s*('\w+')/g)].map((m) => m[1]!);
  const found = new Set(given.flatMap((arg) => [...arg.matchAll(/'(fail|warn|pass|skip)'/g)].map((m) => m[1]!)));
  if (/\bskip(For|Account)\(/.test(source)) found.add('skip');
  return [...found].sort();
}

describe('the generated examples of the rule pages', () => {
  it('rules/examples/ has the examples of every rule and of no other', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("each rule's examples use every message id and show every status its source names", () => {
    for (const rule of RULES) {
      const runs = runsOf(rule);
      const used = new Set(runs.flatMap((r) => r.findings.flatMap((f) => f.messages.map((m) => m.id))));
      expect(Object.keys(rule.messages).filter((id) => !used.has(id)), `${rule.id}: message ids no example produces`).toEqual([]);
      const shown = exampleStatuses(runs);
      expect(statusesInSource(rule.id).filter((s) => !shown.has(s as Status)), `${rule.id}: statuses its source gives and no example shows`).toEqual([]);
    }
  });

  it("every figure in an example's name stands in its profile, as-of, options or output", () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      for (const run of runsOf(rule)) {
        const stated = new Set(factsOf(`${run.yaml} ${run.example.asOf} ${run.config ?? ''} ${run.output}`));
        for (const fact of factsOf(run.example.name)) if (!stated.has(fact)) missing.push(`${rule.id} "${run.example.name}": ${fact}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the CLI prints exactly the output the pages show for the same profile, config and command', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-docs-'));
    for (const rule of RULES) {
      for (const run of runsOf(rule)) {
        writeFileSync(path.join(dir, EXAMPLE_FILE), run.yaml);
        writeFileSync(path.join(dir, '.clausecheck.yaml'), run.config ?? '');
        const args = run.command.split(' ').slice(1);
        const result = await runCli(args, { cwd: dir });
        expect(result.stdout, `${rule.id} "${run.example.name}"`).toBe(run.output);
      }
    }
  });
});
