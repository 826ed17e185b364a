import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Status } from '../src/contract/report.js';
import { RULES } from '../rules/index.js';
import { RULE_EXAMPLES } from '../rules/examples/index.js';
import { EXAMPLE_FILE, exampleStatuses, runExample } from '../src/report/rule-examples.js';
import { DOC_END } from '../src/report/rule-docs.js';
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

/**
 * Figures the hand-written part of a page may state that no example can show, because they are not
 * results: units and names of standards, by page ('*': every page).
 */
const NOT_RESULTS: Record<string, string[]> = {
  '*': ['3339' /* RFC 3339 */, '24' /* 24 h a day */, '201', '203' /* Civil Code articles */],
  'order-payment-window': ['8' /* the formula (D+8) 00:00 */],
  'auto-renew-funding': ['1500.00' /* the form of a decimal data value */],
  credits: ['12' /* the 12 months of §10.6 */],
  'package-forfeit': ['0.01' /* the rounding unit */, '12.5' /* the form of a decimal data value */],
  'secret-in-profile': ['9' /* the class 0-9 of the pattern */, '29', '31' /* the lengths of the strings of an example */],
  'backup-health': ['84' /* the interval from which the formulas leave no warn band */],
  'outage-termination-right': ['28', '29' /* Feb 29 maps to Feb 28 */, '36' /* the touching intervals of an example */],
  'termination-refund': ['1200', '14', '5.4667' /* the terms of the formula of the ¥653.33 example */],
};

/** The facts of a text, with the date of every instant on its own as well (a page may name the day alone). */
function factsWithDays(text: string): Set<string> {
  return new Set(factsOf(text).flatMap((fact) => (/^\d{4}-\d{2}-\d{2} /.test(fact) ? [fact, fact.slice(0, 10)] : [fact])));
}

describe('the generated examples of the rule pages', () => {
  it('every figure the hand-written part of a rule page quotes stands in its generated examples', () => {
    const unshown: string[] = [];
    for (const rule of RULES) {
      const page = readFileSync(new URL(`docs/rules/${rule.id}.md`, root), 'utf8');
      const end = page.indexOf(DOC_END);
      const shown = factsWithDays(page.slice(0, end));
      for (const fact of [...(NOT_RESULTS['*'] ?? []), ...(NOT_RESULTS[rule.id] ?? [])]) shown.add(fact);
      const quoted = factsOf(page.slice(end)).filter((fact) => !shown.has(fact));
      if (quoted.length > 0) unshown.push(`${rule.id}: ${quoted.join(' ')}`);
    }
    expect(unshown, 'figures a page quotes that no generated example shows: add an example to rules/examples/<id>.ts, or fix the quote').toEqual([]);
  });

  it('the late-fee worked example docs/decisions.md and docs/profile-format.md quote stands in the examples of the arrears page', () => {
    const page = readFileSync(new URL('docs/rules/arrears.md', root), 'utf8');
    const shown = factsWithDays(page.slice(0, page.indexOf(DOC_END)));
    for (const doc of ['docs/decisions.md', 'docs/profile-format.md']) {
      const bullet = /^- [^\n]*worked example(?:[^\n]|\n(?! *-|\n))*/m.exec(readFileSync(new URL(doc, root), 'utf8'))?.[0] ?? '';
      expect(bullet, doc).toContain('¥10.49');
      expect(factsOf(bullet).filter((fact) => !shown.has(fact)), `${doc}: figures of its worked example that the arrears examples do not show`).toEqual([]);
    }
  });

  it("every report line README.md quotes from the shipped examples is a line of the golden output (spacing aside)", () => {
    const squeeze = (line: string) => line.trim().replace(/\s+/g, ' ');
    const golden = new Set(['examples.txt', 'examples-verbose.txt', 'examples.zh-CN.txt'].flatMap((f) => readFileSync(new URL(`test/golden/${f}`, root), 'utf8').split('\n').map(squeeze)));
    const blocks = [...readFileSync(new URL('README.md', root), 'utf8').matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const quoted = blocks.flatMap((b) => b.split('\n')).filter((line) => /^(?: {2}(?:error {2})?)?examples\/[\w-]+\.yaml[: ]/.test(line));
    expect(quoted.length).toBeGreaterThan(3);
    expect(quoted.filter((line) => !golden.has(squeeze(line)))).toEqual([]);
  });

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
        const stated = factsWithDays(`${run.yaml} ${run.example.asOf} ${run.config ?? ''} ${run.output}`);
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
