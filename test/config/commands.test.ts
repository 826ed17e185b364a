import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import orderPaymentWindow from '../../rules/order-payment-window.js';
import { addConfigOptions, configCommand, configFlags } from '../../src/cli/config-command.js';
import { UsageError } from '../../src/util/usage-error.js';
import { waiversCommand } from '../../src/cli/waivers-command.js';
import { ConfigErrors } from '../../src/config/load-config.js';
import { Command } from 'commander';
import { project, TEST_RULES } from './fixtures.js';

afterEach(() => vi.restoreAllMocks());

/** Runs a command builder with arguments; returns stdout and the exit code given to done. */
async function run(build: (done: (code: number) => void) => Command, args: string[]): Promise<{ out: string; code: number | undefined }> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  let code: number | undefined;
  const command = build((c) => (code = c));
  command.exitOverride();
  await command.parseAsync(args, { from: 'user' });
  return { out, code };
}

const PROFILE = 'format: clausecheck/v1\naccount:\n  id: "1000000000000001"\norders:\n  - id: o1\n    amount: "100.00"\n    placed_at: 2026-11-20T10:00:00\n';
const WAIVER = (rule: string, expires: string) => `  - rule: ${rule}\n    files: "profiles/*.yaml"\n    reason: Disputed.\n    owner: finance@example.com\n    expires: ${expires}\n`;

describe('clausecheck config', () => {
  it('prints the effective configuration with sources, text and JSON', async () => {
    const root = project({ '.clausecheck.yaml': 'fail_on: warn\npretty: true\nrules:\n  backup-offsite: off\n' });
    const text = await run((done) => configCommand(done, { cwd: root, rules: TEST_RULES }), ['--skip-rule', 'backup-h*']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^fail_on {2}warn {2}\.clausecheck\.yaml$/m);
    expect(text.out).toMatch(/^pretty {3}true {2}\.clausecheck\.yaml$/m);
    expect(text.out).toMatch(/^ {2}backup-health +off +command line \(--skip-rule backup-h\*\)$/m);
    const json = await run((done) => configCommand(done, { cwd: root, rules: TEST_RULES }), ['--format', 'json', '--fail-on', 'never']);
    expect(JSON.parse(json.out).failOn).toEqual({ value: 'never', source: { kind: 'cli', flag: '--fail-on never' } });
    expect(JSON.parse(json.out).pretty).toEqual({ value: true, source: { kind: 'config', file: '.clausecheck.yaml' } });
  });

  it('pretty must be true or false', async () => {
    const root = project({ '.clausecheck.yaml': 'pretty: yes\n' });
    const error = await run((done) => configCommand(done, { cwd: root, rules: TEST_RULES }), []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigErrors);
    expect((error as ConfigErrors).message).toContain('.clausecheck.yaml:1:9: expected true or false, got "yes"');
  });

  it('an invalid config is a ConfigErrors usage error; an unknown --rule a usage error with a suggestion', async () => {
    const root = project({ '.clausecheck.yaml': 'rules:\n  backup-helth: off\n' });
    await expect(run((done) => configCommand(done, { cwd: root, rules: TEST_RULES }), [])).rejects.toBeInstanceOf(ConfigErrors);
    const clean = project({});
    const error = await run((done) => configCommand(done, { cwd: clean, rules: TEST_RULES }), ['--rule', 'acess-key-age']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain('did you mean "access-key-age"?');
  });

  it('addConfigOptions and configFlags give the lead the check flags', async () => {
    const command = addConfigOptions(new Command('x')).exitOverride();
    command.parse(['--rule', 'a', '--rule', 'b*', '--skip-rule', 'c', '--no-waivers', '--config', 'cc.yaml'], { from: 'user' });
    expect(configFlags(command.opts())).toEqual({ rule: ['a', 'b*'], skipRule: ['c'], waivers: false, config: 'cc.yaml' });
    const plain = addConfigOptions(new Command('y')).exitOverride();
    plain.parse(['--waivers', 'w.yaml'], { from: 'user' });
    expect(configFlags(plain.opts())).toEqual({ rule: [], skipRule: [], waivers: 'w.yaml' });
  });
});

describe('clausecheck waivers', () => {
  const rules = [orderPaymentWindow];

  it('list shows each waiver and its standing', async () => {
    const root = project({ '.clausecheck.yaml': `waivers:\n${WAIVER('order-payment-window', '2026-12-31')}` });
    const { out, code } = await run((done) => waiversCommand(done, { cwd: root, rules }), ['list', '--as-of', '2026-12-31T23:59:59']);
    expect(code).toBe(0);
    expect(out).toContain('.clausecheck.yaml:2:5  order-payment-window  files profiles/*.yaml\n  expires 2026-12-31 (expiring, 1 day left)');
    const next = await run((done) => waiversCommand(done, { cwd: root, rules }), ['list', '--as-of', '2027-01-01']);
    expect(next.out).toContain('(EXPIRED at 2027-01-01 00:00 +08:00)');
  });

  it('lint without profiles: expired and invalid entries, exit 1, with a note about unused', async () => {
    const root = project({ '.clausecheck.yaml': `waivers:\n${WAIVER('order-payment-window', '2026-12-31')}  - rule: order-paymnt-window\n    reason: r\n    owner: o\n    expires: 2027-12-31\n` });
    const { out, code } = await run((done) => waiversCommand(done, { cwd: root, rules }), ['lint', '--as-of', '2027-01-01']);
    expect(code).toBe(1);
    expect(out).toContain('.clausecheck.yaml:2:5  fail  expired  waiver for order-payment-window expired at 2027-01-01 00:00 +08:00');
    expect(out).toContain('.clausecheck.yaml:7:11  fail  invalid  unknown rule "order-paymnt-window" (did you mean "order-payment-window"?)');
    expect(out).toContain('note: unused waivers are found only by a run');
  });

  it('lint with profiles finds unused waivers; a used one is not reported', async () => {
    const root = project({
      '.clausecheck.yaml': `waivers:\n${WAIVER('order-payment-window', '2027-12-31')}`,
      'profiles/a.yaml': PROFILE,
      'w.yaml': `waivers:\n  - rule: order-payment-window\n    files: "elsewhere/*.yaml"\n    reason: r\n    owner: o\n    expires: 2027-12-31\n`,
    });
    const used = await run((done) => waiversCommand(done, { cwd: root, rules }), ['lint', '--as-of', '2026-12-10', path.join(root, 'profiles')]);
    expect(used.out).toBe('waivers: no problems\n');
    expect(used.code).toBe(0);
    const unused = await run((done) => waiversCommand(done, { cwd: root, rules }), ['lint', '--as-of', '2026-12-10', '--waivers', 'w.yaml', '--format', 'json', '--fail-on', 'warn', path.join(root, 'profiles')]);
    expect(JSON.parse(unused.out).problems).toEqual([expect.objectContaining({ file: 'w.yaml', line: 2, column: 5, level: 'warn', kind: 'unused' })]);
    expect(unused.code).toBe(1);
  });
});
