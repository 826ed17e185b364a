/** Choosing the language end to end: --lang, lang: in the config, CLAUSECHECK_LANG, the locale; JSON keeps ids. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const OVERDUE = `${ROOT}examples/overdue.yaml`;
const ARGS = ['check', OVERDUE, '--as-of', '2026-11-26', '--rule', 'arrears'];
const ZH = '账单 B-2026-10：¥1,234.56 自 2026-11-10 00:00 +08:00 起逾期；违约金敞口 ¥10.49（按日万分之五即 0.05%，17 天）。';
const EN = 'Bill B-2026-10: ¥1,234.56 overdue since 2026-11-10 00:00 +08:00; late-fee exposure ¥10.49 (0.05% a day, 17 days).';

function folder(config: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-lang-'));
  writeFileSync(path.join(dir, '.clausecheck.yaml'), config);
  writeFileSync(path.join(dir, 'overdue.yaml'), readFileSync(OVERDUE));
  return dir;
}

describe('choosing the language', () => {
  it('English by default, with a C locale', async () => {
    const result = await runCli(ARGS);
    expect(result.stdout).toContain(EN);
    expect(result.code).toBe(1);
  });

  it('--lang zh-CN renders rule messages in Chinese, with the same location, rule id, clause and status', async () => {
    const result = await runCli([...ARGS, '--lang', 'zh-CN']);
    expect(result.stdout).toMatch(new RegExp(`\\n {2}${OVERDUE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ +未通过 {2}arrears {2}§3\\.4 {2}${ZH.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
    expect(result.code).toBe(1);
  });

  it('CLAUSECHECK_LANG, then LC_ALL / LC_MESSAGES / LANG (C and POSIX count as unset)', async () => {
    expect((await runCli(ARGS, { env: { CLAUSECHECK_LANG: 'zh-CN' } })).stdout).toContain(ZH);
    expect((await runCli(ARGS, { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain(ZH);
    expect((await runCli(ARGS, { env: { LC_ALL: 'C', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' } })).stdout).toContain(ZH);
    expect((await runCli(ARGS, { env: { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' } })).stdout).toContain(EN);
    expect((await runCli(ARGS, { env: { LANG: 'zh_CN.UTF-8', CLAUSECHECK_LANG: 'en' } })).stdout).toContain(EN);
    expect((await runCli([...ARGS, '--lang', 'en'], { env: { CLAUSECHECK_LANG: 'zh-CN' } })).stdout).toContain(EN);
  });

  it('lang: in .clausecheck.yaml, above CLAUSECHECK_LANG and below --lang; clausecheck config shows where it came from', async () => {
    const dir = folder('lang: zh-CN\n');
    const args = ['check', 'overdue.yaml', '--as-of', '2026-11-26', '--rule', 'arrears'];
    expect((await runCli(args, { cwd: dir, env: { CLAUSECHECK_LANG: 'en' } })).stdout).toContain(ZH);
    expect((await runCli([...args, '--lang', 'en'], { cwd: dir })).stdout).toContain(EN);
    expect((await runCli(['config'], { cwd: dir })).stdout).toMatch(/^lang +zh-CN +\.clausecheck\.yaml$/m);
    expect((await runCli(['config'], { cwd: ROOT, env: { LANG: 'zh_CN.UTF-8' } })).stdout).toMatch(/^lang +zh-CN +环境变量（LANG=zh_CN\.UTF-8）$/m);
    const json = JSON.parse((await runCli(['config', '--format', 'json', '--lang', 'en'], { cwd: dir })).stdout);
    expect(json.lang).toEqual({ value: 'en', source: { kind: 'cli', flag: '--lang en' } });
  });

  it('a config lang that is not a language is a located error (exit 2)', async () => {
    const dir = folder('lang: zh_CN\n');
    const result = await runCli(['check', 'overdue.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.clausecheck.yaml:1:7: expected one of en, zh-CN, got "zh_CN" (did you mean "zh-CN"?)');
  });

  it('--help, usage errors and internal-error hints follow the language, commander\'s own words included', async () => {
    const help = (await runCli(['check', '--help', '--lang', 'zh-CN'])).stdout;
    expect(help).toMatch(/^用法： clausecheck check \[options\] \[paths\.\.\.\]\n\n按服务协议检查账户档案，报告带条款的发现\n/);
    expect(help).toContain('选项：');
    expect(help).toContain('  -h, --help                  显示命令的帮助');
    expect(help).toContain('退出码：0 没有达到 --fail-on 的发现');
    expect((await runCli(['--help'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('命令：');
    const usage = await runCli(['check', '--lang', 'zh-CN']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('clausecheck: 没有给出档案\n  请给出文件或目录，例如 clausecheck check examples/，或用 - 表示标准输入\n');
    const bad = await runCli(['rules'], { env: { CLAUSECHECK_LANG: 'klingon' } });
    expect(bad.stderr).toBe('clausecheck: CLAUSECHECK_LANG=klingon names no language clausecheck speaks (en, zh-CN); it is ignored\n');
    expect(bad.code).toBe(0);
  });

  it('--help shows a default only where there is one: not "(default: [])" for a repeatable option, in either language', async () => {
    for (const command of ['check', 'agenda', 'merge', 'baseline write', 'config']) {
      for (const lang of ['en', 'zh-CN']) {
        const help = (await runCli([...command.split(' '), '--help', '--lang', lang])).stdout;
        expect({ command, lang, emptyDefault: /\(default: \[\]\)|（默认：\[\]）/.test(help) }).toEqual({ command, lang, emptyDefault: false });
      }
    }
    // A real default still shows.
    expect((await runCli(['config', '--help'])).stdout).toContain('(default: "text")');
    expect((await runCli(['config', '--help', '--lang', 'zh-CN'])).stdout).toContain('输出格式（可选："text", "json"）（默认："text"）');
  });

  it('--lang takes only en or zh-CN', async () => {
    const result = await runCli([...ARGS, '--lang', 'fr']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Allowed choices are en, zh-CN");
  });

  it('JSON keeps ids, keys, statuses and data in English, renders message in the language and adds messageId', async () => {
    const en = JSON.parse((await runCli([...ARGS, '--format', 'json'])).stdout);
    const zh = JSON.parse((await runCli([...ARGS, '--format', 'json', '--lang', 'zh-CN'])).stdout);
    const [a, b] = [en.files[0].findings[0], zh.files[0].findings[0]];
    expect(a).toMatchObject({ rule: 'arrears', status: 'fail', messageId: 'overdue', message: EN });
    expect(b).toEqual({ ...a, message: ZH });
  });
});
