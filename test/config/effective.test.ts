import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEffectiveConfig, mergeBufferDays, renderEffectiveJson, renderEffectiveText, resolveEffectiveConfig } from '../../src/config/effective.js';
import { describeSource } from '../../src/config/source.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { project, TEST_RULES } from './fixtures.js';

const CONFIG = `fail_on: warn
rules:
  backup-offsite: off
  access-key-age:
    severity: warn
    options:
      warn_age_days: 60
products:
  ecs: { subscription: 20, payg: 10 }
  polardb: { subscription: 15, payg: 7 }
waivers:
  - rule: backup-health
    reason: r
    owner: o
    expires: 2026-12-31
`;

describe('the effective configuration', () => {
  it('with no config: every value is the default', async () => {
    const effective = await resolveEffectiveConfig({ cwd: project({}), rules: TEST_RULES });
    expect(effective.configFile).toBeUndefined();
    expect(effective.failOn).toEqual({ value: 'fail', source: { kind: 'default' } });
    expect(effective.rules.every((r) => r.state.value === 'fail' && r.state.source.kind === 'default')).toBe(true);
    expect(effective.rules[0]!.options).toEqual({
      warn_age_days: { value: 90, source: { kind: 'default' } },
      fail_age_days: { value: 180, source: { kind: 'default' } },
      unused_days: { value: 90, source: { kind: 'default' } },
    });
    expect(effective.bufferDays).toEqual(DEFAULT_BUFFER_DAYS);
    expect(effective.waivers).toMatchObject({ waivers: [], enabled: true, source: { kind: 'default' } });
    expect(effective.active).toHaveLength(TEST_RULES.length);
  });

  it('records the config file as the source of what it sets, the default for the rest', async () => {
    const root = project({ '.clausecheck.yaml': CONFIG, 'sub/x': '' });
    const effective = await resolveEffectiveConfig({ cwd: path.join(root, 'sub'), rules: TEST_RULES });
    const file = { kind: 'config', file: '../.clausecheck.yaml' };
    expect(effective.configFile).toBe('../.clausecheck.yaml');
    expect(effective.failOn).toEqual({ value: 'warn', source: file });
    const aka = effective.rules.find((r) => r.id === 'access-key-age')!;
    expect(aka.state).toEqual({ value: 'warn', source: file });
    expect(aka.options.warn_age_days).toEqual({ value: 60, source: file });
    expect(aka.options.fail_age_days).toEqual({ value: 180, source: { kind: 'default' } });
    expect(effective.rules.find((r) => r.id === 'backup-offsite')!.state).toEqual({ value: 'off', source: file });
    expect(effective.rules.find((r) => r.id === 'backup-health')!.state).toEqual({ value: 'fail', source: { kind: 'default' } });
    expect(effective.products.ecs).toEqual({ subscription: 20, payg: 10, source: file });
    expect(effective.products.rds).toEqual({ subscription: 15, payg: 7, source: { kind: 'default' } });
    expect(effective.bufferDays.polardb).toMatchObject({ subscription: 15, payg: 7, source: 'project configuration ../.clausecheck.yaml' });
    expect(effective.bufferDays.oss).toEqual(DEFAULT_BUFFER_DAYS.oss);
    expect(effective.active.map((a) => [a.rule.id, a.cap])).toEqual([
      ['access-key-age', 'warn'],
      ['backup-health', undefined],
      ['website-log-retention', undefined],
    ]);
    expect(effective.waivers.source).toEqual(file);
  });

  it('command-line flags override the config and say so', async () => {
    const root = project({ '.clausecheck.yaml': CONFIG, 'w.yaml': 'waivers: []\n' });
    const effective = await resolveEffectiveConfig({ cwd: root, rules: TEST_RULES, flags: { failOn: 'never', rule: ['backup-*', 'access-key-age'], skipRule: ['backup-health'], waivers: 'w.yaml' } });
    expect(effective.failOn).toEqual({ value: 'never', source: { kind: 'cli', flag: '--fail-on never' } });
    const states = Object.fromEntries(effective.rules.map((r) => [r.id, [r.state.value, describeSource(r.state.source)]]));
    expect(states).toEqual({
      'access-key-age': ['warn', '.clausecheck.yaml'],
      'backup-health': ['off', 'command line (--skip-rule backup-health)'],
      'backup-offsite': ['fail', 'command line (--rule backup-*)'],
      'website-log-retention': ['off', 'command line (--rule backup-* --rule access-key-age)'],
    });
    expect(effective.waivers).toMatchObject({ file: 'w.yaml', waivers: [], source: { kind: 'cli', flag: '--waivers w.yaml' } });
  });

  it('--config FILE is used instead of discovery', async () => {
    const root = project({ '.clausecheck.yaml': 'fail_on: warn\n', 'ci/strict.yaml': 'fail_on: never\n' });
    const effective = await resolveEffectiveConfig({ cwd: root, rules: TEST_RULES, flags: { config: 'ci/strict.yaml' } });
    expect(effective.failOn).toEqual({ value: 'never', source: { kind: 'config', file: 'ci/strict.yaml' } });
  });

  it('renders text with each value and its source', async () => {
    const root = project({ '.clausecheck.yaml': CONFIG });
    const text = renderEffectiveText(await resolveEffectiveConfig({ cwd: root, rules: TEST_RULES, flags: { failOn: 'never' } }));
    expect(text).toContain('config file: .clausecheck.yaml');
    expect(text).toMatch(/^fail_on {2}never {2}command line \(--fail-on never\)$/m);
    expect(text).toMatch(/^ {2}access-key-age +warn +\.clausecheck\.yaml$/m);
    expect(text).toMatch(/^ {4}warn_age_days +60 +\.clausecheck\.yaml$/m);
    expect(text).toMatch(/^ {4}fail_age_days +180 +default$/m);
    expect(text).toMatch(/^ {2}backup-offsite +off +\.clausecheck\.yaml$/m);
    expect(text).toMatch(/^ {2}ecs +20 \/ 10 +\.clausecheck\.yaml$/m);
    expect(text).toMatch(/^ {2}oss +30 \/ 30 +default$/m);
    expect(text).toContain('waivers: 1 from .clausecheck.yaml');
    expect(text).toMatch(/\.clausecheck\.yaml:12:5 +backup-health +all files +expires 2026-12-31/);
  });

  it('renders JSON with { value, source } for each value', async () => {
    const root = project({ '.clausecheck.yaml': CONFIG });
    const json = JSON.parse(renderEffectiveJson(await resolveEffectiveConfig({ cwd: root, rules: TEST_RULES, flags: { waivers: false } })));
    expect(json.configFile).toBe('.clausecheck.yaml');
    expect(json.failOn).toEqual({ value: 'warn', source: { kind: 'config', file: '.clausecheck.yaml' } });
    expect(json.rules[0]).toEqual({
      id: 'access-key-age',
      state: 'warn',
      source: { kind: 'config', file: '.clausecheck.yaml' },
      options: {
        warn_age_days: { value: 60, source: { kind: 'config', file: '.clausecheck.yaml' } },
        fail_age_days: { value: 180, source: { kind: 'default' } },
        unused_days: { value: 90, source: { kind: 'default' } },
      },
    });
    expect(json.products.polardb).toEqual({ subscription: 15, payg: 7, source: { kind: 'config', file: '.clausecheck.yaml' } });
    expect(json.waivers).toEqual({ enabled: false, file: null, source: { kind: 'cli', flag: '--no-waivers' }, entries: [] });
  });

  it('buildEffectiveConfig and mergeBufferDays are pure', () => {
    expect(buildEffectiveConfig({ rules: TEST_RULES }).failOn.value).toBe('fail');
    expect(mergeBufferDays(undefined)).toEqual(DEFAULT_BUFFER_DAYS);
  });
});
