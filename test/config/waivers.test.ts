import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import orderPaymentWindow from '../../rules/order-payment-window.js';
import { ConfigErrors, loadProjectConfig, parseConfig, type Waiver } from '../../src/config/load-config.js';
import { selectRules } from '../../src/config/select.js';
import { applyWaivers, isExpired, loadWaivers, parseWaiversFile, WAIVER_RULE_SUMMARY } from '../../src/config/waivers.js';
import { checkBytes } from '../../src/engine/check-file.js';
import { exitCodeFor } from '../../src/engine/summary.js';
import { EXIT } from '../../src/engine/exit-codes.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { parseWhen, type When } from '../../src/model/time.js';
import { fileReport, finding, project, TEST_RULES } from './fixtures.js';

const at = (text: string) => (parseWhen(text) as When).at;

function waiversFrom(yaml: string, absolute = '/repo/.clausecheck.yaml', cwd = '/repo'): Waiver[] {
  const { config, errors } = parseConfig(Buffer.from(yaml), { absolute, cwd, rules: TEST_RULES });
  expect(errors).toEqual([]);
  return config.waivers;
}

const W = (extra: string) => `waivers:\n  - rule: backup-health\n    reason: Restore test booked for January.\n    owner: dba@example.com\n    expires: 2026-12-31\n${extra}`;
const OPTS = { asOf: at('2026-12-01'), cwd: '/repo' };

describe('applying waivers', () => {
  it('a waived finding keeps its status and carries waived { reason, owner, expires, reference }', () => {
    const waivers = waiversFrom(W('    reference: CHG-7\n'));
    const { files } = applyWaivers([fileReport('a.yaml', [finding('backup-health', 'fail', 'db1')])], waivers, OPTS);
    expect(files[0]!.findings[0]).toMatchObject({ status: 'fail', waived: { reason: 'Restore test booked for January.', owner: 'dba@example.com', expires: '2026-12-31', reference: 'CHG-7' } });
    expect(files).toHaveLength(1);
    expect(exitCodeFor(files, 'fail')).toBe(EXIT.clean);
    expect(exitCodeFor(files, 'warn')).toBe(EXIT.clean);
  });

  it('does not modify its input', () => {
    const input = [fileReport('a.yaml', [finding('backup-health', 'fail', 'db1')])];
    applyWaivers(input, waiversFrom(W('')), OPTS);
    expect(input[0]!.findings[0]!.waived).toBeUndefined();
  });

  it('matches rule and subject; other findings still count', () => {
    const waivers = waiversFrom(W('    subject: db1\n'));
    const { files } = applyWaivers([fileReport('a.yaml', [finding('backup-health', 'fail', 'db1'), finding('backup-health', 'fail', 'db2'), finding('access-key-age', 'fail', 'db1')])], waivers, OPTS);
    expect(files[0]!.findings.map((f) => Boolean(f.waived))).toEqual([true, false, false]);
    expect(exitCodeFor(files, 'fail')).toBe(EXIT.findings);
  });

  it('waives warn and fail findings only, never pass or skip', () => {
    const { files } = applyWaivers([fileReport('a.yaml', [finding('backup-health', 'pass', 'x'), finding('backup-health', 'skip', 'y'), finding('backup-health', 'warn', 'z')])], waiversFrom(W('')), OPTS);
    expect(files[0]!.findings.map((f) => Boolean(f.waived))).toEqual([false, false, true]);
  });

  it('files is a glob relative to the folder of the file that holds the waiver', () => {
    const waivers = waiversFrom(W('    files: "profiles/**/*.yaml"\n'), '/repo/.clausecheck.yaml', '/repo/profiles');
    const reports = ['prod/a.yaml', 'b.yaml', '../other/c.yaml', '/repo/profiles/d.yml'].map((f) => fileReport(f, [finding('backup-health', 'fail', 'db1')]));
    const { files } = applyWaivers(reports, waivers, { ...OPTS, cwd: '/repo/profiles' });
    expect(files.map((f) => Boolean(f.findings[0]!.waived))).toEqual([true, true, false, false]);
  });

  it('stdin (-) is matched only by waivers without files', () => {
    const scoped = waiversFrom(W('    files: "**"\n'));
    const all = waiversFrom(W(''));
    const stdin = () => [fileReport('-', [finding('backup-health', 'fail', 'db1')])];
    expect(applyWaivers(stdin(), scoped, OPTS).files[0]!.findings[0]!.waived).toBeUndefined();
    expect(applyWaivers(stdin(), all, OPTS).files[0]!.findings[0]!.waived).toBeDefined();
  });

  it('the first matching waiver in document order applies; both count as used', () => {
    const yaml = `${W('')}  - rule: backup-health\n    reason: second\n    owner: b\n    expires: 2027-06-30\n`;
    const { files, outcomes } = applyWaivers([fileReport('a.yaml', [finding('backup-health', 'fail', 'db1')])], waiversFrom(yaml), OPTS);
    expect(files[0]!.findings[0]!.waived?.owner).toBe('dba@example.com');
    expect(outcomes.map((o) => o.state)).toEqual(['applied', 'applied']);
  });

  it('an unused waiver is a warn finding of the pseudo-rule waiver, in an entry for the config file, at its list item', () => {
    const { files, outcomes } = applyWaivers([fileReport('a.yaml', [finding('access-key-age', 'pass', 'k1')])], waiversFrom(W('')), OPTS);
    expect(outcomes[0]!.state).toBe('unused');
    expect(files).toHaveLength(2);
    expect(files[1]).toMatchObject({ file: '.clausecheck.yaml', valid: true, errors: [] });
    expect(files[1]!.findings).toEqual([
      expect.objectContaining({ rule: 'waiver', status: 'warn', subject: 'waivers[0]', path: ['waivers', 0], line: 2, column: 5, data: expect.objectContaining({ kind: 'unused', waivedRule: 'backup-health' }) }),
    ]);
    expect(files[1]!.findings[0]!.message).toContain('matched no warn or fail finding');
    expect(exitCodeFor(files, 'warn')).toBe(EXIT.findings);
    expect(exitCodeFor(files, 'fail')).toBe(EXIT.clean);
  });

  it('a waiver for a rule that did not run is not reported unused', () => {
    const { files, outcomes } = applyWaivers([fileReport('a.yaml', [])], waiversFrom(W('')), { ...OPTS, activeRuleIds: ['access-key-age'] });
    expect(outcomes[0]!.state).toBe('not run');
    expect(files).toHaveLength(1);
  });

  it('the pseudo-rule has a catalog entry for formatters', () => {
    expect(WAIVER_RULE_SUMMARY.id).toBe('waiver');
  });
});

describe('waiver expiry (through the end of the expires day, UTC+8)', () => {
  const waivers = waiversFrom(W(''));
  const reports = () => [fileReport('a.yaml', [finding('backup-health', 'fail', 'db1')])];

  it('applies on the expires day at 23:59:59 +08:00', () => {
    expect(isExpired(waivers[0]!, at('2026-12-31T23:59:59+08:00'))).toBe(false);
    const { files } = applyWaivers(reports(), waivers, { asOf: at('2026-12-31T23:59:59+08:00'), cwd: '/repo' });
    expect(files[0]!.findings[0]!.waived).toBeDefined();
    expect(files).toHaveLength(1);
  });

  it('from the next day 00:00 +08:00 it no longer applies and is reported expired', () => {
    const asOf = at('2027-01-01T00:00:00+08:00');
    expect(isExpired(waivers[0]!, asOf)).toBe(true);
    expect(isExpired(waivers[0]!, at('2026-12-31T16:00:00Z'))).toBe(true);
    const { files, outcomes } = applyWaivers(reports(), waivers, { asOf, cwd: '/repo' });
    expect(files[0]!.findings[0]!.waived).toBeUndefined();
    expect(outcomes[0]).toMatchObject({ state: 'expired', matched: 1 });
    expect(files[1]!.findings[0]).toMatchObject({ rule: 'waiver', status: 'warn', line: 2, column: 5, data: { kind: 'expired', expires: '2026-12-31', expiredAt: '2027-01-01T00:00:00+08:00', covers: 1 } });
    expect(files[1]!.findings[0]!.message).toContain('expired at 2027-01-01 00:00 +08:00; the finding it covered counts again');
  });
});

describe('a check run between two --as-of dates', () => {
  const root = project({
    '.clausecheck.yaml': `fail_on: fail
waivers:
  - rule: order-payment-window
    files: "profiles/*.yaml"
    reason: The invoice is disputed with the provider.
    owner: finance@example.com
    expires: 2026-12-31
`,
    'profiles/a.yaml': 'format: clausecheck/v1\naccount:\n  id: "1000000000000001"\norders:\n  - id: o1\n    amount: "100.00"\n    placed_at: 2026-11-20T10:00:00\n',
  });
  const rules = [orderPaymentWindow];

  async function run(asOfText: string) {
    const config = await loadProjectConfig({ cwd: root, rules });
    const asOf = at(asOfText);
    const active = selectRules(rules, config);
    const report = checkBytes('profiles/a.yaml', readFileSync(path.join(root, 'profiles/a.yaml')), { asOf, rules: active, bufferDays: DEFAULT_BUFFER_DAYS });
    const set = await loadWaivers({ config, flag: undefined, cwd: root, rules });
    return applyWaivers([report], set.waivers, { asOf, cwd: root, activeRuleIds: active.map((a) => a.rule.id) }).files;
  }

  it('2026-12-31 23:59:59 +08:00: the lapsed order is waived, exit 0', async () => {
    const files = await run('2026-12-31T23:59:59+08:00');
    expect(files[0]!.findings[0]).toMatchObject({ rule: 'order-payment-window', status: 'fail', waived: { owner: 'finance@example.com', expires: '2026-12-31' } });
    expect(files).toHaveLength(1);
    expect(exitCodeFor(files, 'fail')).toBe(EXIT.clean);
  });

  it('2027-01-01 00:00 +08:00: the finding counts again (exit 1) and the expired waiver is reported at line 3', async () => {
    const files = await run('2027-01-01T00:00:00+08:00');
    expect(files[0]!.findings[0]).toMatchObject({ status: 'fail' });
    expect(files[0]!.findings[0]!.waived).toBeUndefined();
    expect(files[1]).toMatchObject({ file: '.clausecheck.yaml', findings: [{ rule: 'waiver', status: 'warn', line: 3, column: 5 }] });
    expect(exitCodeFor(files, 'fail')).toBe(EXIT.findings);
  });
});

describe('loading waivers', () => {
  it('--waivers FILE replaces the config waivers; --no-waivers ignores them; errors are located', async () => {
    const root = project({
      '.clausecheck.yaml': W(''),
      'ci/waivers.yaml': 'waivers:\n  - rule: access-key-age\n    reason: r\n    owner: o\n    expires: 2027-01-31\n',
      'ci/bad.yaml': 'waivers:\n  - rule: acces-key-age\n    owner: o\n    expires: 2027-01-31\n',
    });
    const config = await loadProjectConfig({ cwd: root, rules: TEST_RULES });
    const fromConfig = await loadWaivers({ config, flag: undefined, cwd: root, rules: TEST_RULES });
    expect(fromConfig).toMatchObject({ file: '.clausecheck.yaml', source: { kind: 'config', file: '.clausecheck.yaml' }, enabled: true });
    expect(fromConfig.waivers.map((w) => w.rule)).toEqual(['backup-health']);
    const fromFile = await loadWaivers({ config, flag: 'ci/waivers.yaml', cwd: root, rules: TEST_RULES });
    expect(fromFile).toMatchObject({ file: 'ci/waivers.yaml', source: { kind: 'cli', flag: '--waivers ci/waivers.yaml' } });
    expect(fromFile.waivers.map((w) => [w.rule, w.source.dir, w.line])).toEqual([['access-key-age', path.join(root, 'ci'), 2]]);
    const none = await loadWaivers({ config, flag: false, cwd: root, rules: TEST_RULES });
    expect(none).toMatchObject({ waivers: [], enabled: false, source: { kind: 'cli', flag: '--no-waivers' } });
    const error = await loadWaivers({ config, flag: 'ci/bad.yaml', cwd: root, rules: TEST_RULES }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigErrors);
    expect((error as ConfigErrors).errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'ci/bad.yaml:2:5 missing required key "reason"',
      'ci/bad.yaml:2:11 unknown rule "acces-key-age" (did you mean "access-key-age"?)',
    ]);
  });

  it('a waivers file holds only a waivers: list', () => {
    const result = parseWaiversFile(Buffer.from('fail_on: warn\n'), { absolute: '/r/w.yaml', cwd: '/r', rules: TEST_RULES });
    expect(result.errors.map((e) => e.message)).toEqual(['unknown key "fail_on"; allowed: waivers', 'missing required key "waivers"']);
  });
});
