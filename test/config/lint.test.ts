import { describe, expect, it } from 'vitest';
import { invalidProblems, lintExitCode, lintWaivers, renderLintJson, renderLintText, renderWaiverListJson, renderWaiverListText, unusedProblems, waiverStanding } from '../../src/config/lint.js';
import { parseConfig } from '../../src/config/load-config.js';
import { applyWaivers } from '../../src/config/waivers.js';
import { EXIT } from '../../src/engine/exit-codes.js';
import { parseWhen, type When } from '../../src/model/time.js';
import { fileReport, finding, TEST_RULES } from './fixtures.js';

const at = (text: string) => (parseWhen(text) as When).at;

const YAML = `waivers:
  - rule: backup-health
    reason: Restore test booked.
    owner: dba@example.com
    expires: 2026-12-31
    reference: CHG-1
  - rule: access-key-age
    subject: k1
    reason: Rotation blocked by a vendor.
    owner: sec@example.com
    expires: 2026-11-30
  - rule: website-log-retention
    files: "profiles/*.yaml"
    reason: Far away.
    owner: web@example.com
    expires: 2027-06-30
  - rule: backup-offsite
    owner: x@example.com
    expires: 2027-01-01
`;
const parsed = parseConfig(Buffer.from(YAML), { absolute: '/repo/.clausecheck.yaml', cwd: '/repo', rules: TEST_RULES });
const waivers = parsed.config.waivers;

describe('waiver standing', () => {
  it('active, expiring within 30 days, expired', () => {
    const w = waivers[0]!;
    expect(waiverStanding(w, at('2026-12-01'))).toMatchObject({ state: 'active', daysLeft: 31 });
    expect(waiverStanding(w, at('2026-12-02'))).toMatchObject({ state: 'expiring', daysLeft: 30 });
    expect(waiverStanding(w, at('2026-11-15')).state).toBe('active');
    expect(waiverStanding(w, at('2026-12-31T23:59:59')).state).toBe('expiring');
    expect(waiverStanding(w, at('2027-01-01')).state).toBe('expired');
  });
});

describe('waivers lint', () => {
  const asOf = at('2026-12-10');

  it('without a run: invalid entries (missing fields), expired, and expiring within 30 days', () => {
    const problems = [...invalidProblems(parsed.errors), ...lintWaivers(waivers, { asOf })];
    expect(problems.map((p) => [p.line, p.level, p.kind])).toEqual([
      [17, 'fail', 'invalid'],
      [2, 'warn', 'expiring'],
      [7, 'fail', 'expired'],
    ]);
    expect(problems[0]!.message).toBe('missing required key "reason"');
    expect(problems[1]!.message).toBe('waiver for backup-health expires in 22 days, at 2027-01-01 00:00 +08:00; renew it or fix the findings. Owner: dba@example.com.');
    expect(problems[2]!.message).toContain('expired at 2026-12-01 00:00 +08:00 (expires: 2026-11-30)');
  });

  it('--within-days changes the horizon', () => {
    expect(lintWaivers(waivers, { asOf, withinDays: 10 }).map((p) => p.kind)).toEqual(['expired']);
    expect(lintWaivers(waivers, { asOf, withinDays: 365 }).map((p) => p.kind)).toEqual(['expiring', 'expired', 'expiring']);
  });

  it('with a run: unused waivers', () => {
    const reports = [fileReport('profiles/a.yaml', [finding('backup-health', 'fail', 'db1')])];
    const { outcomes } = applyWaivers(reports, waivers, { asOf, cwd: '/repo' });
    expect(unusedProblems(outcomes).map((p) => [p.rule, p.level, p.kind, p.line])).toEqual([['website-log-retention', 'warn', 'unused', 12]]);
  });

  it('exit code: 1 for fail-level problems, warn-level too with --fail-on warn', () => {
    const expiring = lintWaivers([waivers[0]!], { asOf });
    expect(lintExitCode(expiring, 'fail')).toBe(EXIT.clean);
    expect(lintExitCode(expiring, 'warn')).toBe(EXIT.findings);
    expect(lintExitCode(lintWaivers(waivers, { asOf }), 'fail')).toBe(EXIT.findings);
    expect(lintExitCode(lintWaivers(waivers, { asOf }), 'never')).toBe(EXIT.clean);
    expect(lintExitCode([], 'warn')).toBe(EXIT.clean);
  });

  it('renders text sorted by position, and JSON', () => {
    const problems = [...lintWaivers(waivers, { asOf }), ...invalidProblems(parsed.errors)];
    const text = renderLintText(problems, ['a note']);
    expect(text.split('\n')[0]).toMatch(/^\.clausecheck\.yaml:2:5 {2}warn {2}expiring {2}/);
    expect(text).toContain('note: a note');
    expect(text).toContain('waivers: 2 failing, 1 warning');
    const json = JSON.parse(renderLintJson(problems));
    expect(json.summary).toEqual({ fail: 2, warn: 1 });
    expect(json.problems[0]).toMatchObject({ file: '.clausecheck.yaml', line: 2, column: 5, kind: 'expiring', rule: 'backup-health' });
    expect(renderLintText([])).toBe('waivers: no problems\n');
  });
});

describe('waivers list', () => {
  const set = { waivers, file: '.clausecheck.yaml', source: { kind: 'config' as const, file: '.clausecheck.yaml' }, enabled: true };

  it('text: each waiver with scope, standing, owner, reference and reason', () => {
    const text = renderWaiverListText(set, at('2026-12-10'));
    expect(text).toContain('waivers: 3 from .clausecheck.yaml');
    expect(text).toContain('.clausecheck.yaml:2:5  backup-health  all files\n  expires 2026-12-31 (expiring, 22 days left)\n  owner dba@example.com, reference CHG-1\n  reason: Restore test booked.');
    expect(text).toContain('.clausecheck.yaml:7:5  access-key-age  all files, subject k1\n  expires 2026-11-30 (EXPIRED at 2026-12-01 00:00 +08:00)');
    expect(text).toContain('website-log-retention  files profiles/*.yaml\n  expires 2027-06-30 (active, 203 days left)');
  });

  it('JSON: each waiver with state, endsAt and daysLeft', () => {
    const json = JSON.parse(renderWaiverListJson(set, at('2026-12-10')));
    expect(json.waivers[1]).toEqual({ rule: 'access-key-age', subject: 'k1', reason: 'Rotation blocked by a vendor.', owner: 'sec@example.com', expires: '2026-11-30', file: '.clausecheck.yaml', line: 7, column: 5, state: 'expired', endsAt: '2026-12-01T00:00:00+08:00', daysLeft: 0 });
  });

  it('ignored and empty sets', () => {
    expect(renderWaiverListText({ waivers: [], source: { kind: 'cli', flag: '--no-waivers' }, enabled: false }, 0)).toBe('waivers: ignored (command line (--no-waivers))\n');
    expect(renderWaiverListText({ waivers: [], source: { kind: 'default' }, enabled: true }, 0)).toBe('waivers: none\n');
  });
});
