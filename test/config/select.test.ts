import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/util/usage-error.js';
import { parseConfig, type ProjectConfig } from '../../src/config/load-config.js';
import { decideRules, isPattern, matchRuleIds, selectRules } from '../../src/config/select.js';
import { TEST_RULES } from './fixtures.js';

const IDS = TEST_RULES.map((r) => r.id);

function config(text: string): ProjectConfig {
  const { config, errors } = parseConfig(Buffer.from(text), { absolute: '/repo/.clausecheck.yaml', cwd: '/repo', rules: TEST_RULES });
  expect(errors).toEqual([]);
  return config;
}

function thrown(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('matching --rule / --skip-rule values', () => {
  it('an exact id matches itself', () => expect(matchRuleIds('backup-health', IDS, '--rule')).toEqual(['backup-health']));

  it('* wildcards', () => {
    expect(matchRuleIds('backup-*', IDS, '--rule')).toEqual(['backup-health', 'backup-offsite']);
    expect(matchRuleIds('*-retention', IDS, '--rule')).toEqual(['website-log-retention']);
    expect(matchRuleIds('*', IDS, '--rule')).toEqual(IDS);
    expect(isPattern('backup-*')).toBe(true);
    expect(isPattern('backup-health')).toBe(false);
  });

  it('an unknown id is a usage error with a suggestion', () => {
    const error = thrown(() => matchRuleIds('backup-helth', IDS, '--rule'));
    expect(error.message).toBe('--rule backup-helth: unknown rule "backup-helth" (did you mean "backup-health"?)');
    expect(thrown(() => matchRuleIds('zzz', IDS, '--skip-rule')).message).toBe('--skip-rule zzz: unknown rule "zzz"');
  });

  it('a pattern that matches nothing is a usage error with a corrected pattern', () => {
    expect(thrown(() => matchRuleIds('bakup-*', IDS, '--skip-rule')).message).toBe('--skip-rule bakup-*: the pattern matches no rule (did you mean "backup-*"?)');
    expect(thrown(() => matchRuleIds('zzzz*', IDS, '--rule')).message).toBe('--rule zzzz*: the pattern matches no rule');
  });
});

describe('deciding which rules run', () => {
  it('by default every rule runs as is, with default options', () => {
    const active = selectRules(TEST_RULES, undefined);
    expect(active.map((a) => a.rule.id)).toEqual(IDS);
    expect(active.every((a) => a.cap === undefined)).toBe(true);
    expect(active[0]!.options).toEqual({ warn_age_days: 90, fail_age_days: 180, unused_days: 90 });
  });

  it('config: off removes, warn caps, options are parsed with defaults', () => {
    const active = selectRules(TEST_RULES, config('rules:\n  backup-offsite: off\n  website-log-retention: warn\n  access-key-age:\n    severity: warn\n    options: { fail_age_days: 365 }\n'));
    expect(active.map((a) => [a.rule.id, a.cap ?? 'none'])).toEqual([
      ['access-key-age', 'warn'],
      ['backup-health', 'none'],
      ['website-log-retention', 'warn'],
    ]);
    expect(active[0]!.options).toEqual({ warn_age_days: 90, fail_age_days: 365, unused_days: 90 });
  });

  it('--rule runs only the matching rules', () => {
    expect(selectRules(TEST_RULES, undefined, { only: ['backup-*'] }).map((a) => a.rule.id)).toEqual(['backup-health', 'backup-offsite']);
    expect(selectRules(TEST_RULES, undefined, { only: ['backup-health', 'access-key-age'] }).map((a) => a.rule.id)).toEqual(['access-key-age', 'backup-health']);
  });

  it('--skip-rule removes rules, after --rule', () => {
    expect(selectRules(TEST_RULES, undefined, { skip: ['backup-*'] }).map((a) => a.rule.id)).toEqual(['access-key-age', 'website-log-retention']);
    expect(selectRules(TEST_RULES, undefined, { only: ['backup-*'], skip: ['backup-offsite'] }).map((a) => a.rule.id)).toEqual(['backup-health']);
  });

  it('--rule overrides a rule the config turns off; a config cap stays', () => {
    const cfg = config('rules:\n  backup-offsite: off\n  backup-health: warn\n');
    const decisions = decideRules(TEST_RULES, cfg, { only: ['backup-*'] });
    expect(decisions.map((d) => [d.rule.id, d.state])).toEqual([
      ['access-key-age', 'off'],
      ['backup-health', 'warn'],
      ['backup-offsite', 'fail'],
      ['website-log-retention', 'off'],
    ]);
    expect(decisions[2]!.stateSource).toEqual({ kind: 'cli', flag: '--rule backup-*' });
    expect(decisions[1]!.stateSource).toEqual({ kind: 'config', file: '.clausecheck.yaml' });
    expect(decisions[0]!.stateSource).toEqual({ kind: 'cli', flag: '--rule backup-*' });
  });

  it('a selection that leaves nothing to run is a usage error', () => {
    expect(thrown(() => selectRules(TEST_RULES, undefined, { skip: ['*'] })).message).toBe('no rules left to run');
  });

  it('an unknown --skip-rule id stops the run before anything is checked', () => {
    expect(thrown(() => selectRules(TEST_RULES, undefined, { skip: ['acess-key-age'] })).message).toContain('(did you mean "access-key-age"?)');
  });
});
