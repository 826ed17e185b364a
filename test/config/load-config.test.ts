import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigErrors, loadProjectConfig, parseConfig, type ConfigResult } from '../../src/config/load-config.js';
import { UsageError } from '../../src/util/usage-error.js';
import { project, TEST_RULES } from './fixtures.js';

const CWD = '/repo';
function parse(text: string): ConfigResult {
  return parseConfig(Buffer.from(text), { absolute: '/repo/.clausecheck.yaml', cwd: CWD, rules: TEST_RULES });
}
function errorsOf(text: string) {
  return parse(text).errors.map((e) => `${e.line}:${e.column} ${e.message}`);
}

const VALID = `# project config
fail_on: warn
rules:
  website-log-retention: warn
  backup-offsite: off
  access-key-age:
    severity: fail
    options:
      warn_age_days: 60
products:
  ecs: { subscription: 15, payg: 10 }
  polardb: { subscription: 15, payg: 7 }
waivers:
  - rule: website-log-retention
    files: "profiles/**/*.yaml"
    subject: w3
    reason: Migration to the new log store completes in December.
    owner: ops@example.com
    expires: 2026-12-31
    reference: AMEND-2026-14
`;

describe('loading a valid config', () => {
  const { config, errors } = parse(VALID);

  it('has no errors', () => expect(errors).toEqual([]));

  it('reads fail_on, severities and options (plain YAML numbers become numbers, defaults applied)', () => {
    expect(config.failOn).toBe('warn');
    expect(config.rules['website-log-retention']).toEqual({ severity: 'warn', optionKeys: [] });
    expect(config.rules['backup-offsite']?.severity).toBe('off');
    expect(config.rules['access-key-age']).toEqual({ severity: 'fail', options: { warn_age_days: 60, fail_age_days: 180, unused_days: 90 }, optionKeys: ['warn_age_days'] });
  });

  it('reads products', () => {
    expect(config.products).toEqual({ ecs: { subscription: 15, payg: 10 }, polardb: { subscription: 15, payg: 7 } });
  });

  it('reads waivers located at their list item, with the file that holds them', () => {
    expect(config.waivers).toHaveLength(1);
    const w = config.waivers[0]!;
    expect(w).toMatchObject({ rule: 'website-log-retention', files: 'profiles/**/*.yaml', subject: 'w3', owner: 'ops@example.com', reference: 'AMEND-2026-14', index: 0, line: 14, column: 5 });
    expect(w.expires.text).toBe('2026-12-31');
    expect(w.source).toMatchObject({ file: '.clausecheck.yaml', dir: '/repo' });
    expect(w.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an empty file or one with only comments is an empty config', () => {
    for (const text of ['', '# nothing yet\n\n', '---\n']) {
      const result = parse(text);
      expect(result.errors).toEqual([]);
      expect(result.config).toMatchObject({ rules: {}, products: {}, waivers: [], hasWaivers: false });
    }
  });

  it('empty sections (null) mean absent', () => {
    expect(parse('rules:\nwaivers:\n').errors).toEqual([]);
  });
});

describe('config errors are located, with suggestions', () => {
  it('a misspelt option name: at the key, exact line and column, with "did you mean"', () => {
    const text = 'fail_on: fail\nrules:\n  access-key-age:\n    severity: warn\n    options:\n      warn_age_day: 60\n';
    const { errors } = parse(text);
    expect(errors).toEqual([
      { file: '.clausecheck.yaml', line: 6, column: 7, path: ['rules', 'access-key-age', 'options', 'warn_age_day'], message: 'unknown option "warn_age_day" for rule access-key-age (did you mean "warn_age_days"?)' },
    ]);
  });

  it('a wrong option type: at the value', () => {
    expect(errorsOf('rules:\n  access-key-age:\n    options:\n      warn_age_days: sixty\n')).toEqual(['4:22 expected a number, got "sixty"']);
    expect(errorsOf('rules:\n  access-key-age:\n    options:\n      warn_age_days: 0\n')).toEqual(['4:22 expected at least 1, got 0']);
    expect(errorsOf('rules:\n  access-key-age:\n    options:\n      warn_age_days: 1.5\n')[0]).toMatch(/^4:22 /);
  });

  it('an option for a rule that has none', () => {
    expect(errorsOf('rules:\n  backup-offsite:\n    options:\n      days: 3\n')).toEqual(['4:7 unknown option "days" for rule backup-offsite; rule backup-offsite takes no options']);
  });

  it('an unknown rule id: at the key, with a suggestion', () => {
    expect(errorsOf('rules:\n  acess-key-age: off\n')).toEqual(['2:3 unknown rule "acess-key-age" (did you mean "access-key-age"?)']);
  });

  it('a wrong severity, short and long form', () => {
    expect(errorsOf('rules:\n  backup-health: of\n')).toEqual(['2:18 expected one of off, warn, fail, got "of" (did you mean "off"?)']);
    expect(errorsOf('rules:\n  backup-health:\n    severity: warning\n')).toEqual(['3:15 expected one of off, warn, fail, got "warning" (did you mean "warn"?)']);
    expect(errorsOf('rules:\n  backup-health:\n    severty: warn\n')).toEqual(['3:5 unknown key "severty" (did you mean "severity"?)']);
  });

  it('unknown top-level keys and a wrong fail_on', () => {
    expect(errorsOf('fail-on: warn\n')).toEqual(['1:1 unknown key "fail-on" (did you mean "fail_on"?)']);
    expect(errorsOf('fail_on: error\n')).toEqual(['1:10 expected one of fail, warn, never, got "error"']);
  });

  it('products: whole numbers, both figures required, no other keys', () => {
    expect(errorsOf('products:\n  ecs: { subscription: 15 }\n')).toEqual(['2:8 missing required key "payg"']);
    expect(errorsOf('products:\n  ecs: { subscription: 15, payg: -1 }\n')).toEqual(['2:34 expected a whole number from 0 to 3650, got -1']);
    expect(errorsOf('products:\n  ecs: { subscription: 15, payg: 7, paygo: 1 }\n')).toEqual(['2:37 unknown key "paygo" (did you mean "payg"?)']);
  });

  it('waivers: missing fields, unknown rule, the pseudo-rule, a bad date', () => {
    const text = `waivers:
  - rule: backup-healt
    reason: r
    owner: o
    expires: 2026-12-31
  - rule: waiver
    reason: r
    owner: o
    expires: 2026-12-31
  - rule: backup-health
    reason: ""
    expires: 2026-02-30
    expiry: 2026-01-01
`;
    expect(errorsOf(text)).toEqual([
      '2:11 unknown rule "backup-healt" (did you mean "backup-health"?)',
      '6:11 unknown rule "waiver" ("waiver" is the pseudo-rule for waiver findings and cannot be waived)',
      '10:5 missing required key "owner"',
      '11:13 expected text, got an empty string',
      '12:14 impossible date "2026-02-30"',
      '13:5 unknown key "expiry" (did you mean "expires"?)',
    ]);
  });

  it('returns every error at once, in document order', () => {
    const text = 'waivers:\n  - rule: x\nrules:\n  nope: off\nfail_on: sometimes\n';
    const lines = parse(text).errors.map((e) => e.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines.length).toBeGreaterThanOrEqual(4);
  });

  it('YAML syntax errors and a non-mapping top level are located too', () => {
    expect(errorsOf('rules:\n  a: [1, 2\n')[0]).toMatch(/^\d+:\d+ YAML syntax/);
    expect(errorsOf('- a\n- b\n')).toEqual(['1:1 the top level is a list; a config file is a mapping']);
    expect(errorsOf('rules: {}\nrules: {}\n')[0]).toMatch(/duplicate key/);
  });
});

describe('loadProjectConfig', () => {
  it('finds the config upward and shows it relative to the working directory', async () => {
    const root = project({ '.clausecheck.yaml': 'fail_on: never\n', 'sub/a.yaml': '' });
    const config = await loadProjectConfig({ cwd: path.join(root, 'sub'), rules: TEST_RULES });
    expect(config?.failOn).toBe('never');
    expect(config?.source.file).toBe('../.clausecheck.yaml');
  });

  it('is undefined when there is no config', async () => {
    expect(await loadProjectConfig({ cwd: project({}), rules: TEST_RULES })).toBeUndefined();
  });

  it('throws ConfigErrors (a UsageError, exit 2) listing every error as file:line:col', async () => {
    const root = project({ 'ci/cc.yaml': 'rules:\n  acess-key-age: off\nfail_on: nope\n' });
    const error = await loadProjectConfig({ cwd: root, explicit: 'ci/cc.yaml', rules: TEST_RULES }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigErrors);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as ConfigErrors).errors).toHaveLength(2);
    expect((error as Error).message).toContain('ci/cc.yaml:2:3: unknown rule "acess-key-age" (did you mean "access-key-age"?)');
    expect((error as Error).message).toContain('ci/cc.yaml:3:10: expected one of fail, warn, never');
  });

  it('a missing --config file is a usage error', async () => {
    const error = await loadProjectConfig({ cwd: project({}), explicit: 'nope.yaml', rules: TEST_RULES }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe('--config: cannot read nope.yaml: no such file');
  });
});
