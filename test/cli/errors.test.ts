import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-errors-'));
function file(name: string, content: string | Buffer): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

const VALID = 'format: clausecheck/v1\naccount:\n  id: "42"\n';

describe('bad input: a located error and exit 2, never a stack trace', () => {
  const cases: [string, string | Buffer, string][] = [
    ['indent.yaml', 'format: clausecheck/v1\naccount:\n  id: "42"\n    name: x\n', ':4:1  YAML syntax: All mapping items must start at the same column'],
    ['quote.yaml', 'format: clausecheck/v1\naccount:\n  id: "42\n', ':4:1  YAML syntax: Missing closing "quote'],
    ['tab.yaml', 'format: clausecheck/v1\naccount:\n\tid: "42"\n', ':3:1  tab used for indentation'],
    ['dup.yaml', 'format: clausecheck/v1\naccount:\n  id: "1"\n  id: "2"\n', ':4:3  duplicate key "id"'],
    ['empty.yaml', '', ':1:1  the file is empty'],
    ['list.yaml', '- a\n', ':1:1  the top level is a list'],
    ['scalar.yaml', '42\n', ':1:1  the top level is a single value'],
    ['utf8.yaml', Buffer.from([0x66, 0x3a, 0x20, 0xc3, 0x28, 0x0a]), ':1:4  invalid UTF-8'],
    ['nul.yaml', 'format: clausecheck/v1\n\0\n', ':2:1  NUL byte'],
    ['bom-crlf.yaml', '\uFEFFformat: clausecheck/v1\r\naccount:\r\n  id: "42"\r\n  nmae: x\r\n', ':4:3  unknown key "nmae" (did you mean "name"?)'],
  ];
  for (const [name, content, expected] of cases) {
    it(name, async () => {
      const target = file(name, content);
      const result = await runCli(['check', target, '--as-of', '2026-11-26']);
      expect(result.code).toBe(2);
      expect(result.stdout).toContain(`${target}${expected}`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('one bad file never stops the others nor hides their results', async () => {
    const good = file('good.yaml', `${VALID}orders:\n  - id: o1\n    placed_at: 2026-11-01\n    amount: "5"\n`);
    const bad = file('bad.yaml', '- nope\n');
    const result = await runCli(['check', bad, '/no/such/file.yaml', good, '--as-of', '2026-11-26', '--format', 'json']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      [bad, false],
      ['/no/such/file.yaml', false],
      [good, true],
    ]);
    expect(report.files[1].errors[0].message).toBe('no such file or directory');
    expect(report.files[2].findings.find((f: { rule: string }) => f.rule === 'order-payment-window')).toMatchObject({ status: 'fail', subject: 'o1', line: 5, column: 5 });
  });

  it('reads stdin as -', async () => {
    const result = await runCli(['check', '-', '--as-of', '2026-11-26', '--format', 'json'], { input: `${VALID}orders:\n  - id: o1\n    placed_at: 2026-11-20\n    amount: "5"\n` });
    const report = JSON.parse(result.stdout);
    expect(report.files[0].file).toBe('-');
    expect(report.files[0].findings.find((f: { rule: string }) => f.rule === 'order-payment-window')).toMatchObject({ status: 'warn', line: 5 });
    expect(result.code).toBe(0);
  });
});

describe('usage errors: exit 2 with a hint', () => {
  it('a bad --as-of', async () => {
    const result = await runCli(['check', 'examples', '--as-of', '2026-13-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--as-of: impossible date "2026-13-01"');
    expect(result.stdout).toBe('');
  });
  it('an unknown format, with a suggestion', async () => {
    const result = await runCli(['check', 'examples', '--format', 'jsno']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown format "jsno" (did you mean "json"?)');
  });
  it('an unknown option or command', async () => {
    expect((await runCli(['check', '--bogus'])).code).toBe(2);
    expect((await runCli(['chekc'])).code).toBe(2);
  });
  it('no paths', async () => {
    const result = await runCli(['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no profiles given');
  });
  it('--help and --version exit 0', async () => {
    const help = await runCli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect((await runCli(['--version'])).stdout.trim()).toBe('0.1.0');
  });
  it('--fail-on decides exit 1 versus 0', async () => {
    const target = file('warn.yaml', `${VALID}orders:\n  - id: o1\n    placed_at: 2026-11-20\n    amount: "5"\n`);
    expect((await runCli(['check', target, '--as-of', '2026-11-26'])).code).toBe(0);
    expect((await runCli(['check', target, '--as-of', '2026-11-26', '--fail-on', 'warn'])).code).toBe(1);
    expect((await runCli(['check', target, '--as-of', '2026-12-26'])).code).toBe(1);
    expect((await runCli(['check', target, '--as-of', '2026-12-26', '--fail-on', 'never'])).code).toBe(0);
  });
});
