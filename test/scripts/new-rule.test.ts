import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const script = join(repo, 'scripts/new-rule.mjs');
const dir = mkdtempSync(join(tmpdir(), 'new-rule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new-rule', () => {
  it('scaffolds the rule, its test, its docs examples and page, and lists it in rules/index.ts and rules/examples/index.ts', () => {
    cpSync(join(repo, 'rules/index.ts'), join(dir, 'rules/index.ts'), { recursive: true });
    cpSync(join(repo, 'rules/examples/index.ts'), join(dir, 'rules/examples/index.ts'), { recursive: true });
    const out = execFileSync(process.execPath, [script, 'demo-check', '--clause', '4.7', '--title', 'Demo things are checked', '--root', dir], { encoding: 'utf8' });
    expect(out).toContain('npm run docs');
    expect(readFileSync(join(dir, 'rules/demo-check.ts'), 'utf8')).toContain("clauses: ['4.7'],");
    expect(readFileSync(join(dir, 'rules/demo-check.ts'), 'utf8')).toContain("from '../src/rule-kit.js'");
    expect(readFileSync(join(dir, 'test/rules/demo-check.test.ts'), 'utf8')).toContain("messages: [{ id: 'ok'");
    expect(existsSync(join(dir, 'docs/rules/demo-check.md'))).toBe(true);
    const index = readFileSync(join(dir, 'rules/index.ts'), 'utf8');
    expect(index).toContain("import demoCheck from './demo-check.js';");
    expect(index.trimEnd().endsWith('demoCheck,\n];')).toBe(true);
    expect(readFileSync(join(dir, 'rules/examples/demo-check.ts'), 'utf8')).toContain("name: 'an order: pass'");
    const examples = readFileSync(join(dir, 'rules/examples/index.ts'), 'utf8');
    expect(examples).toContain("import demoCheck from './demo-check.js';");
    expect(examples).toContain("  'demo-check': demoCheck,\n};");
  });

  it('refuses a bad id, a missing clause, or a rule that exists', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args, '--root', dir], { encoding: 'utf8' });
    expect(run('Demo', '--clause', '4.7').status).toBe(2);
    expect(run('demo-other').stderr).toContain('--clause');
    expect(run('demo-check', '--clause', '4.7').stderr).toContain('already exists');
  });
});
