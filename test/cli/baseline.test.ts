/** Baselines end to end: write, check green, worsen to red, fixed entries, prune, config, shards and merge, bad files. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/contract/report.js';
import { ROOT, runCli } from '../helpers/cli.js';

const AS_OF = '2026-11-26';
/** Later: in expiring.yaml four warn findings turn fail, one subject is new, two findings are gone. */
const LATER = '2026-12-20';

let repo = '';

beforeAll(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'clausecheck-baseline-'));
  mkdirSync(path.join(repo, 'profiles'));
  for (const name of ['compliant.yaml', 'expiring.yaml', 'overdue.yaml']) copyFileSync(path.join(ROOT, 'examples', name), path.join(repo, 'profiles', name));
  mkdirSync(path.join(repo, 'ci'));
  const write = await runCli(['baseline', 'write', 'profiles', '--as-of', AS_OF, '-o', 'ci/baseline.json'], { cwd: repo });
  expect(write).toEqual({ stdout: 'wrote ci/baseline.json: 50 entries (19 fail, 31 warn) in 2 files\n', stderr: '', code: 0 });
});

const json = (stdout: string) => JSON.parse(stdout) as Report;

describe('baselines', () => {
  it('records paths relative to the baseline file', () => {
    const baseline = JSON.parse(readFileSync(path.join(repo, 'ci/baseline.json'), 'utf8')) as { entries: { file: string }[] };
    expect(new Set(baseline.entries.map((e) => e.file))).toEqual(new Set(['../profiles/expiring.yaml', '../profiles/overdue.yaml']));
  });

  it('turns the existing repository green, and shows what it covers', async () => {
    expect((await runCli(['check', 'profiles', '--as-of', AS_OF], { cwd: repo })).code).toBe(1);
    const green = await runCli(['check', 'profiles', '--as-of', AS_OF, '--baseline', 'ci/baseline.json'], { cwd: repo });
    expect(green.code).toBe(0);
    expect(green.stderr).toBe('');
    expect(green.stdout).toMatch(/\n {2}profiles\/overdue\.yaml:45:14 +fail {2}arrears {2}§3\.4 {2}The account is in arrears by ¥420\.00 since [^\n]*\[baselined\]\n/);
    expect(green.stdout.endsWith('baseline ci/baseline.json: 50 baselined, 0 new, 0 fixed\n')).toBe(true);
  });

  it('works from another working directory (paths are relative to the baseline file)', async () => {
    const sub = await runCli(['check', '.', '--as-of', AS_OF, '--baseline', '../ci/baseline.json', '--format', 'json'], { cwd: path.join(repo, 'profiles') });
    expect(sub.code).toBe(0);
    expect(json(sub.stdout).baseline).toEqual({ file: '../ci/baseline.json', baselined: 50, new: 0, fixed: 0 });
  });

  it('a worse status counts again (warn → fail), an improvement stays baselined, a gone finding is fixed', async () => {
    const later = await runCli(['check', 'profiles', '--as-of', LATER, '--baseline', 'ci/baseline.json', '--format', 'json'], { cwd: repo });
    expect(later.code).toBe(1);
    const report = json(later.stdout);
    const expiring = report.files.find((f) => f.file === 'profiles/expiring.yaml')!;
    const renewal = expiring.findings.find((f) => f.rule === 'renewal-deadline' && f.subject === '212110000000201')!;
    expect([renewal.status, renewal.baseline]).toEqual(['fail', { state: 'new', recorded: 'warn' }]);
    const newOnes = expiring.findings.filter((f) => f.baseline?.state === 'new').map((f) => `${f.rule} ${f.subject} ${f.status}`);
    expect(newOnes.sort()).toEqual([
      'backup-health rm-uf6garden-db fail',
      'data-deletion-risk 212110000000201 fail',
      'data-deletion-risk 212110000000202 fail',
      'package-overage 212110000000203 warn',
      'renewal-deadline 212110000000201 fail',
    ]);
    expect(expiring.baselineFixed).toEqual([
      { rule: 'auto-renew-funding', subject: '212110000000201', status: 'warn' },
      { rule: 'scheduled-release', subject: '212110000000202', status: 'fail' },
    ]);
    // 50 recorded: 4 got worse, 2 are fixed; 7 new in all (5 in expiring.yaml, 2 in the other files by then).
    expect(report.baseline).toEqual({ file: 'ci/baseline.json', baselined: 44, new: 7, fixed: 2 });
    // Worker threads compare the same way.
    const threads = await runCli(['check', 'profiles', '--as-of', LATER, '--baseline', 'ci/baseline.json', '--format', 'json', '--jobs', '2'], { cwd: repo, env: { CLAUSECHECK_PARALLEL_MIN: '0' } });
    expect(threads.stdout === later.stdout).toBe(true);
    // SARIF says the same with baselineState.
    const sarif = await runCli(['check', 'profiles', '--as-of', LATER, '--baseline', 'ci/baseline.json', '--format', 'sarif'], { cwd: repo });
    const results = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; baselineState?: string; properties: { subject: string } }[] }[] }).runs[0]!.results;
    expect(results.find((r) => r.ruleId === 'renewal-deadline' && r.properties.subject === '212110000000201')!.baselineState).toBe('new');
    expect(results.filter((r) => r.baselineState === 'unchanged')).toHaveLength(44);
    expect(results.every((r) => r.baselineState !== undefined)).toBe(true);
  });

  it('baseline: in the config applies (relative to the config file), and --no-baseline ignores it', async () => {
    writeFileSync(path.join(repo, '.clausecheck.yaml'), 'baseline: ci/baseline.json\n');
    try {
      expect((await runCli(['check', 'profiles', '--as-of', AS_OF], { cwd: repo })).code).toBe(0);
      expect((await runCli(['check', 'profiles', '--as-of', AS_OF, '--no-baseline'], { cwd: repo })).code).toBe(1);
      expect((await runCli(['config', '--format', 'json'], { cwd: repo })).stdout).toContain(`"value": ${JSON.stringify(path.join(repo, 'ci/baseline.json'))}`);
    } finally {
      writeFileSync(path.join(repo, '.clausecheck.yaml'), '');
    }
  });

  it('shards checked against the baseline merge into what one run gives, and merge --baseline gives the same', async () => {
    const whole = await runCli(['check', 'profiles', '--as-of', LATER, '--baseline', 'ci/baseline.json', '--format', 'json'], { cwd: repo });
    for (const k of [1, 2]) await runCli(['check', 'profiles', '--as-of', LATER, '--baseline', 'ci/baseline.json', '--shard', `${k}/2`, '--format', `json=s${k}.json`], { cwd: repo });
    const merged = await runCli(['merge', 's1.json', 's2.json', '--format', 'json'], { cwd: repo });
    expect(merged.code).toBe(whole.code);
    expect(merged.stdout === whole.stdout).toBe(true);
    for (const k of [1, 2]) await runCli(['check', 'profiles', '--as-of', LATER, '--shard', `${k}/2`, '--format', `json=p${k}.json`], { cwd: repo });
    const late = await runCli(['merge', 'p1.json', 'p2.json', '--format', 'json', '--baseline', 'ci/baseline.json'], { cwd: repo });
    expect(late.code).toBe(whole.code);
    expect(late.stdout === whole.stdout).toBe(true);
  });

  it('prune drops fixed entries and lowers improved ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-prune-'));
    copyFileSync(path.join(repo, 'profiles/expiring.yaml'), path.join(dir, 'expiring.yaml'));
    const original = JSON.parse(readFileSync(path.join(repo, 'ci/baseline.json'), 'utf8')) as { entries: { file: string; rule: string; subject: string; status: string }[] };
    const entries = original.entries.filter((e) => e.file === '../profiles/expiring.yaml').map((e) => ({ ...e, file: 'expiring.yaml' }));
    entries.push({ file: 'gone.yaml', rule: 'arrears', subject: 'B-1', status: 'fail' });
    entries.find((e) => e.rule === 'agreement-version')!.status = 'fail';
    writeFileSync(path.join(dir, '.clausecheck-baseline.json'), JSON.stringify({ ...original, entries }));
    const pruned = await runCli(['baseline', 'prune', '--as-of', LATER], { cwd: dir });
    expect(pruned).toEqual({ stdout: 'pruned .clausecheck-baseline.json: dropped 3 fixed entries, lowered 1 to the current status, kept 25\n', stderr: '', code: 0 });
    const after = JSON.parse(readFileSync(path.join(dir, '.clausecheck-baseline.json'), 'utf8')) as typeof original;
    expect(after.entries.find((e) => e.rule === 'agreement-version')!.status).toBe('warn');
    expect(after.entries.some((e) => e.file === 'gone.yaml' || e.rule === 'auto-renew-funding' || e.rule === 'scheduled-release')).toBe(false);
    expect(after.entries).toHaveLength(25);
  });

  it('one rule finding one subject twice gives one entry with the worse status; prune lowers it only when both improved', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-twice-'));
    const expiring = readFileSync(path.join(ROOT, 'examples/expiring.yaml'), 'utf8');
    // A second backup of rm-uf6garden-db, stale for 24 days: backup-health fails on it and warns on the first.
    const second = '  - resource: rm-uf6garden-db\n    interval_hours: 24\n    retention_days: 30\n    last_success_at: 2026-11-01T01:00:00\n    last_restore_test_at: 2026-11-01\n    copies:\n      - { region: cn-beijing, account: other }\n';
    writeFileSync(path.join(dir, 'twice.yaml'), expiring.replace('log_retention:\n', `${second}log_retention:\n`));
    const write = await runCli(['baseline', 'write', 'twice.yaml', '--as-of', AS_OF], { cwd: dir });
    expect(write).toEqual({ stdout: 'wrote .clausecheck-baseline.json: 28 entries (6 fail, 22 warn) in 1 file\n', stderr: '', code: 0 });
    type Entries = { entries: { rule: string; subject: string; status: string }[] };
    const entriesOf = () => (JSON.parse(readFileSync(path.join(dir, '.clausecheck-baseline.json'), 'utf8')) as Entries).entries.filter((e) => e.rule === 'backup-health' && e.subject === 'rm-uf6garden-db');
    expect(entriesOf().map((e) => e.status)).toEqual(['fail']);
    const check = await runCli(['check', 'twice.yaml', '--as-of', AS_OF, '--baseline', '.clausecheck-baseline.json'], { cwd: dir });
    expect([check.code, check.stderr, check.stdout.split('\n').at(-2)]).toEqual([0, '', 'baseline .clausecheck-baseline.json: 29 baselined, 0 new, 0 fixed']);
    const same = await runCli(['baseline', 'prune', '--as-of', AS_OF], { cwd: dir });
    expect(same.stdout).toBe('pruned .clausecheck-baseline.json: dropped 0 fixed entries, lowered 0 to the current status, kept 28\n');
    expect(entriesOf().map((e) => e.status)).toEqual(['fail']);
    writeFileSync(path.join(dir, 'twice.yaml'), expiring);
    const fixed = await runCli(['baseline', 'prune', '--as-of', AS_OF], { cwd: dir });
    expect(fixed.stdout).toBe('pruned .clausecheck-baseline.json: dropped 1 fixed entry, lowered 1 to the current status, kept 27\n');
    expect(entriesOf().map((e) => e.status)).toEqual(['warn']);
  });

  it('a foreign or malformed baseline is a located error, exit 2', async () => {
    const text = readFileSync(path.join(repo, 'ci/baseline.json'), 'utf8');
    writeFileSync(path.join(repo, 'ci/old.json'), text.replace(/"agreement": "[^"]+"/, '"agreement": "aliyun-service-agreement@2019-01-01"'));
    const old = await runCli(['check', 'profiles', '--as-of', AS_OF, '--baseline', 'ci/old.json'], { cwd: repo });
    expect(old.code).toBe(2);
    expect(old.stdout).toBe('');
    expect(old.stderr).toMatch(/^clausecheck: invalid baseline:\n {2}ci\/old\.json:7:16: recorded against agreement aliyun-service-agreement@2019-01-01; /);
    writeFileSync(path.join(repo, 'ci/cut.json'), text.slice(0, 300));
    const cut = await runCli(['check', 'profiles', '--baseline', 'ci/cut.json'], { cwd: repo });
    expect([cut.code, cut.stderr.split('\n')[1]]).toEqual([2, expect.stringMatching(/^ {2}ci\/cut\.json:\d+:\d+: not a JSON baseline: /)]);
    const missing = await runCli(['check', 'profiles', '--baseline', 'ci/none.json'], { cwd: repo });
    expect([missing.code, missing.stderr]).toEqual([2, 'clausecheck: cannot read baseline ci/none.json: no such file\n  record one with: clausecheck baseline write PATHS... (or name it with --baseline FILE)\n']);
  });
});
