/**
 * Under --lang zh-CN a person reads Chinese: every command's --help and a representative output of
 * each (results, listings, errors) has no English sentence left. What may stay English is stripped
 * first: example command lines, flags, placeholders, quoted and code values, paths, identifiers,
 * rule ids, status words, keys, format names and the profiles' own data (account names). Three or
 * more English words in a row that remain are an untranslated sentence.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { englishRuns } from '../helpers/english-runs.js';

const COMMANDS = [
  [], ['check'], ['merge'], ['config'], ['waivers'], ['waivers', 'list'], ['waivers', 'lint'], ['baseline'], ['baseline', 'write'], ['baseline', 'prune'],
  ['agenda'], ['import'], ['init'], ['rules'], ['explain'], ['coverage'], ['schema'], ['github-comment'],
];

describe('zh-CN: no English sentence left', () => {
  it('spots an untranslated sentence and keeps what stays English (a real check)', () => {
    expect(englishRuns('豁免：no problems found here')).toEqual(['no problems found here   ⟵ 豁免：no problems found here']);
    expect(englishRuns('  $ clausecheck check profiles/ --only fail --sort due')).toEqual([]);
    expect(englishRuns('应为 fail, warn, never 之一，实际为 "warnn"（clausecheck baseline write）')).toEqual([]);
    expect(englishRuns('账号 Ningbo Harbour Logistics Co., Ltd.', ['Ningbo Harbour Logistics Co., Ltd.'])).toEqual([]);
  });

  it.each(COMMANDS.map((c) => [c.join(' ') || '(program)', c]))('%s --help', async (_name, command) => {
    const out = await runCli([...(command as string[]), '--help', '--lang', 'zh-CN']);
    expect(out.code).toBe(0);
    expect(englishRuns(out.stdout)).toEqual([]);
    expect(out.stdout).toMatch(/[\u4e00-\u9fff]/);
  });

  it('check, rules, explain, coverage, config, agenda and baseline write: their output', async () => {
    const json = JSON.parse((await runCli(['check', 'examples', '--as-of', '2026-11-26', '--format', 'json'])).stdout);
    const names: string[] = json.files.map((f: { account?: { name?: string } }) => f.account?.name).filter(Boolean);
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-zh-'));
    const runs = [
      ['check', 'examples', '--as-of', '2026-11-26', '--verbose'],
      ['check', 'examples', '--as-of', '2026-11-26', '--summary-only'],
      ['rules'],
      ['explain', 'arrears'],
      ['explain', '6.4'],
      ['explain', '13.1'],
      ['coverage'],
      ['config'],
      ['agenda', 'examples', '--as-of', '2026-11-26', '--days', '30'],
      ['agenda', 'examples', '--as-of', '2026-11-26', '--days', '30', '--format', 'markdown'],
      ['baseline', 'write', 'examples', '--as-of', '2026-11-26', '-o', join(dir, 'b.json')],
      ['check', 'examples/overdue.yaml', '--as-of', '2026-11-26', '--baseline', join(dir, 'b.json')],
    ];
    for (const args of runs) {
      const out = await runCli([...args, '--lang', 'zh-CN']);
      expect(englishRuns(`${out.stdout}\n${out.stderr}`, names), args.join(' ')).toEqual([]);
    }
  });

  it('waivers list and lint, and bad input: errors a person reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-zh-'));
    writeFileSync(join(dir, '.clausecheck.yaml'), 'waivers:\n  - rule: arrears\n    reason: 线下转账\n    owner: zhang\n    expires: 2026-12-10\n  - rule: renewal-deadline\n    reason: test\n    owner: li\n    expires: 2026-11-01\n');
    writeFileSync(join(dir, 'bad.yaml'), 'fail_on: warnn\ncolour: true\nrules:\n  arreas: off\n  arrears: { options: { x: 1 } }\n  backup-health: 3\nwaivers: [5]\n');
    const runs = [
      ['waivers', 'list', '--as-of', '2026-11-26'],
      ['waivers', 'lint', '--as-of', '2026-11-26'],
      ['waivers', 'lint', join(ROOT, 'examples'), '--as-of', '2026-11-26'],
      ['config', '-c', 'bad.yaml'],
      ['check', join(ROOT, 'examples'), '-c', 'bad.yaml'],
      ['waivers', 'lint', '-c', 'bad.yaml'],
      ['check'],
      ['merge'],
      ['merge', 'nothing.json'],
      ['explain', 'nothing'],
      ['waivers', 'lint', '--within-days', 'x'],
      ['check', join(ROOT, 'examples'), '--as-of', 'soon'],
      ['check', join(ROOT, 'examples'), '--bogus'],
      ['check', join(ROOT, 'examples'), '--fail-on', 'loud'],
      ['bogus'],
      ['explain'],
      ['github-comment'],
      ['agenda', join(ROOT, 'examples'), '--days', 'x'],
      ['agenda', join(ROOT, 'examples'), '--until', 'soon'],
      ['agenda', join(ROOT, 'examples'), '--notify', 'slack'],
    ];
    for (const args of runs) {
      const out = await runCli([...args, '--lang', 'zh-CN'], { cwd: dir });
      expect(englishRuns(`${out.stdout}\n${out.stderr}`), args.join(' ')).toEqual([]);
      expect(`${out.stdout}${out.stderr}`, args.join(' ')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

});
