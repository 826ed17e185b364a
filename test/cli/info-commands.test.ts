import { RULES } from '../../rules/index.js';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/load/load-profile.js';
import { PROFILE_TEMPLATE, PROFILE_TEMPLATE_ZH } from '../../src/cli/profile-template.js';
import { ROOT, runCli } from '../helpers/cli.js';

const examples = readdirSync(`${ROOT}examples`).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`);
const invalidFixtures = readdirSync(`${ROOT}test/fixtures/invalid`).map((f) => `test/fixtures/invalid/${f}`);

describe('clausecheck schema', () => {
  let schema: { $schema?: string; required?: string[]; additionalProperties?: boolean } = {};
  let validate: ValidateFunction | undefined;
  beforeAll(async () => {
    schema = JSON.parse((await runCli(['schema'])).stdout);
    validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  });

  it('is a JSON Schema generated from the model, with strict objects', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['format', 'account']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('agrees with zod on which examples and invalid fixtures pass', () => {
    for (const file of [...examples, ...invalidFixtures]) {
      const text = readFileSync(`${ROOT}${file}`, 'utf8');
      const zodValid = loadProfile(file, Buffer.from(text)).profile !== undefined;
      // examples/invalid.yaml also has cross-reference errors, which JSON Schema cannot express; its per-field errors still fail it.
      expect(validate!(parse(text)), `${file}: ${JSON.stringify(validate!.errors?.slice(0, 2))}`).toBe(zodValid);
    }
    expect(invalidFixtures.length).toBeGreaterThanOrEqual(8);
  });

  it('is what the examples reference for editor completion', () => {
    for (const file of examples) expect(readFileSync(`${ROOT}${file}`, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/schema\/profile\.schema\.json\n/);
    expect(JSON.parse(readFileSync(`${ROOT}schema/profile.schema.json`, 'utf8')), 'schema/profile.schema.json drifted: run npm run docs').toEqual(schema);
  });
});

describe('clausecheck init', () => {
  it('writes a template that validates, and refuses to overwrite it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-init-'));
    const target = path.join(dir, 'acme.yaml');
    const first = await runCli(['init', target]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(PROFILE_TEMPLATE);
    expect(loadProfile(target, readFileSync(target)).errors).toEqual([]);
    const second = await runCli(['init', target]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('already exists; init never overwrites a file');
    expect(readFileSync(target, 'utf8')).toBe(PROFILE_TEMPLATE);
    expect(existsSync(path.join(dir, 'profile.yaml'))).toBe(false);
  });
});

describe('clausecheck init, rules, explain and coverage in Chinese', () => {
  it('init --lang zh-CN writes the template with Chinese comments and the same data', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-init-zh-'));
    const target = path.join(dir, 'acme.yaml');
    const result = await runCli(['init', target, '--lang', 'zh-CN']);
    expect(result.stderr).toBe(`已写出 ${target}。填写后运行：clausecheck check ${target}\n`);
    expect(readFileSync(target, 'utf8')).toBe(PROFILE_TEMPLATE_ZH);
    expect(parse(PROFILE_TEMPLATE_ZH)).toEqual(parse(PROFILE_TEMPLATE));
    expect(loadProfile(target, readFileSync(target)).errors).toEqual([]);
    expect((await runCli(['init', target], { env: { LANG: 'zh_CN.UTF-8' } })).stderr).toContain('已存在；init 从不覆盖文件');
  });

  it('explain quotes the clause in its original and gives the rule in Chinese; rules and coverage too', async () => {
    const rule = (await runCli(['explain', 'arrears', '--lang', 'zh-CN'])).stdout;
    expect(rule).toContain('arrears — 账单在到期日前付清\n条款：§3.4\n');
    expect(rule).toContain('  原文： 阿里云保留在您未按照约定支付全部费用之前');
    expect(rule).not.toContain('Late payment');
    const clause = (await runCli(['explain', '6.4'], { env: { CLAUSECHECK_LANG: 'zh-CN' } })).stdout;
    expect(clause).toMatch(/^§6\.4\n\n原文：\n当服务期届满/);
    expect(clause).toContain('  data-deletion-risk — 数据不因到期或欠费而丢失');
    const rules = (await runCli(['rules', '--lang', 'zh-CN'])).stdout;
    expect(rules).toContain('资源包在到期前用完  [warn_days=30]');
    expect(rules).toContain(`共 ${RULES.length} 条规则。`);
    expect((await runCli(['coverage', '--lang', 'zh-CN'])).stdout).toMatch(/可检查的 \d+ 个条款中已覆盖 \d+ 个/);
    expect((await runCli(['explain', 'arears', '--lang', 'zh-CN'])).stderr).toContain('"arears" 既不是规则 id 也不是条款编号 (did you mean "arrears"?)');
  });
});

describe('clausecheck rules, explain, coverage', () => {
  it('lists every rule of rules/index.ts with clauses and defaults', async () => {
    const { RULES } = await import('../../rules/index.js');
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(json.find((r: { id: string }) => r.id === 'access-key-age')).toMatchObject({ clauses: ['4.5'], options: [{ name: 'warn_age_days', default: 90 }, { name: 'fail_age_days', default: 180 }, { name: 'unused_days', default: 90 }] });
    expect((await runCli(['rules'])).stdout).toMatch(/^order-payment-window\s+§3\.2\.1\s+/);
    expect((await runCli(['rules', '--format', 'markdown'])).stdout).toContain('| [`arrears`](docs/rules/arrears.md) | §3.4 |');
  });

  it('explains a rule with its clause text, and a clause with its rules or why none can show it', async () => {
    const rule = (await runCli(['explain', 'arrears'])).stdout;
    expect(rule).toContain('arrears — ');
    expect(rule).toContain('万分之五的违约金');
    const clause = (await runCli(['explain', '§6.4'])).stdout;
    expect(clause).toContain('data-deletion-risk');
    const uncheckable = (await runCli(['explain', '13.1'])).stdout;
    expect(uncheckable).toContain('No configuration can show this clause:');
    const unknown = await runCli(['explain', 'arrear']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('(did you mean "arrears"?)');
  });

  it('covers a heading only when its checkable sub-clauses are covered', async () => {
    const { coverage } = await import('../../src/report/catalog.js');
    const { defineRule } = await import('../../src/engine/types.js');
    const rule = (id: string, clauses: string[]) => defineRule({ id, title: 'a rule for the test', clauses: clauses as never, description: 'x', options: (z) => z.strictObject({}), messages: {}, check: () => [] });
    const state = (rules: ReturnType<typeof rule>[], number: string) => coverage(rules).clauses.find((c) => c.number === number);
    // Citing the heading alone covers nothing.
    expect(state([rule('a', ['10.3'])], '10.3')).toMatchObject({ state: 'heading' });
    expect(state([rule('a', ['10.3.1'])], '10.3')).toMatchObject({ state: 'heading', reason: expect.stringContaining('§10.3.2') });
    expect(state([rule('a', ['10.3.1']), rule('b', ['10.3.2'])], '10.3')).toMatchObject({ state: 'covered', rules: ['a', 'b'] });
    // Uncheckable sub-clauses do not hold a heading back (9.3.1 and 9.3.2 are uncheckable).
    expect(state([rule('a', ['9.3.4'])], '9.3')).toMatchObject({ state: 'heading', reason: expect.stringContaining('§9.3.3') });
    expect(state([rule('a', ['9.3.4', '9.3.3'])], '9.3')).toMatchObject({ state: 'covered', rules: ['a'] });
  });

  it('accounts for every clause in coverage', async () => {
    const cov = JSON.parse((await runCli(['coverage', '--format', 'json'])).stdout);
    expect(cov.clauses.length).toBeGreaterThan(90);
    for (const c of cov.clauses) expect(['covered', 'uncheckable', 'gap', 'heading']).toContain(c.state);
    expect(cov.clauses.find((c: { number: string }) => c.number === '3.4')).toMatchObject({ state: 'covered', rules: ['arrears'] });
    expect(cov.clauses.find((c: { number: string }) => c.number === '13.1').state).toBe('uncheckable');
    expect(cov.covered + cov.clauses.filter((c: { state: string }) => c.state === 'gap').length).toBe(cov.checkable);
    expect((await runCli(['coverage'])).stdout).toMatch(/\d+ of \d+ checkable clauses covered \([\d.]+%\); \d+ clauses no configuration can show\.\n$/);
  });
});
