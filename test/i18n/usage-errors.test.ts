/** Usage errors that name the run's limits and files, word for word in English and zh-CN. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-usage-'));
copyFileSync(path.join(ROOT, 'examples/overdue.yaml'), path.join(dir, 'in.yaml'));
writeFileSync(path.join(dir, 'waivers.yaml'), 'waivers: []\n');
writeFileSync(path.join(dir, 'cfg.yaml'), 'fail_on: fail\n');
const original = readFileSync(path.join(dir, 'in.yaml'), 'utf8');
const run = (lang: string, args: string[]) => runCli(['check', 'in.yaml', '--as-of', '2026-11-26', '--lang', lang, ...args], { cwd: dir });

describe('usage errors in both languages', () => {
  const cases: [string, string[], string, string][] = [
    [
      'an output that is an input',
      ['--format', 'json=./in.yaml'],
      '--format json=./in.yaml would overwrite an input (in.yaml); nothing was written\n  write the report to another file',
      '--format json=./in.yaml 会覆盖输入档案（in.yaml）；未写出任何文件\n  请把报告写到其他文件',
    ],
    [
      'an output that is the config file',
      ['--config', 'cfg.yaml', '--format', 'csv=cfg.yaml'],
      '--format csv=cfg.yaml would overwrite the config file (cfg.yaml); nothing was written\n  write the report to another file',
      '--format csv=cfg.yaml 会覆盖配置文件（cfg.yaml）；未写出任何文件\n  请把报告写到其他文件',
    ],
    [
      'an output that is the waivers file',
      ['--waivers', 'waivers.yaml', '--format', 'junit=waivers.yaml'],
      '--format junit=waivers.yaml would overwrite the waivers file (waivers.yaml); nothing was written\n  write the report to another file',
      '--format junit=waivers.yaml 会覆盖豁免文件（waivers.yaml）；未写出任何文件\n  请把报告写到其他文件',
    ],
    [
      'two outputs on one file',
      ['--format', 'json=r.json', '--format', 'sarif=./r.json'],
      '--format json=r.json and --format sarif=./r.json write the same file\n  give each report its own file',
      '--format json=r.json 和 --format sarif=./r.json 写的是同一个文件\n  请给每份报告各自的文件',
    ],
    [
      'two formats to stdout',
      ['--format', 'json', '--format', 'sarif'],
      'only one --format may write to stdout\n  give the others a file: --format sarif=report.sarif',
      '只能有一个 --format 写到标准输出\n  请给其他格式指定文件：--format sarif=report.sarif',
    ],
    [
      '--as-of too late',
      ['--as-of', '9999-12-01'],
      '--as-of: 9999-12-01 is too late; the latest is 9899-12-31\n  deadlines are computed from it and must stay within the year 9999',
      '--as-of：9999-12-01 太晚；最晚为 9899-12-31\n  期限从它算起，必须在 9999 年之内',
    ],
    [
      '--jobs 0',
      ['--jobs', '0'],
      '--jobs: expected a whole number of at least 1, got "0"\n  e.g. --jobs 4; the default is the number of idle cores',
      '--jobs：应为不小于 1 的整数，实际为 "0"\n  例如 --jobs 4；默认为空闲核数',
    ],
    [
      '--shard 5/4',
      ['--shard', '5/4'],
      '--shard: expected K/N with 1 ≤ K ≤ N, or k8s/N, got "5/4"\n  e.g. --shard 2/4 checks the second of four shards; --shard k8s/4 takes K from JOB_COMPLETION_INDEX',
      '--shard：应为 K/N（1 ≤ K ≤ N）或 k8s/N，实际为 "5/4"\n  例如 --shard 2/4 检查四份中的第二份；--shard k8s/4 从 JOB_COMPLETION_INDEX 取 K',
    ],
    [
      '--only bogus',
      ['--only', 'bogus'],
      '--only: unknown status "bogus"\n  statuses: fail, warn, pass, skip (comma-separated, e.g. --only fail,warn)',
      '--only：未知的状态 "bogus"\n  可用状态：fail, warn, pass, skip（用逗号分隔，例如 --only fail,warn）',
    ],
    ['--sort name', ['--sort', 'name'], '--sort: unknown order "name"\n  orders: due (soonest deadline first within each file)', '--sort：未知的排序 "name"\n  可用排序：due（每个文件内期限最近的在前）'],
    [
      '--rule with a typo',
      ['--rule', 'arrearz'],
      '--rule arrearz: unknown rule "arrearz" (did you mean "arrears"?)\n  use a rule id (clausecheck config lists them), or a pattern with * such as backup-*',
      '--rule arrearz：未知的规则 "arrearz"（是否想写 "arrears"？）\n  请使用规则 id（clausecheck config 会列出），或带 * 的模式，如 backup-*',
    ],
    ['--config missing', ['--config', 'nope.yaml'], '--config: cannot read nope.yaml: no such file', '--config：无法读取 nope.yaml：没有这个文件'],
  ];
  for (const [name, args, en, zh] of cases) {
    it(name, async () => {
      for (const [lang, message] of [['en', en], ['zh-CN', zh]] as const) {
        const result = await run(lang, args);
        expect({ lang, code: result.code, stderr: result.stderr, stdout: result.stdout }).toEqual({ lang, code: 2, stderr: `clausecheck: ${message}\n`, stdout: '' });
      }
      expect(readFileSync(path.join(dir, 'in.yaml'), 'utf8')).toBe(original);
    });
  }
});

describe('merge errors in both languages', () => {
  it('a file that is not a report, and one that is missing', async () => {
    const expected = {
      en: ['clausecheck: in.yaml is not JSON: ', '  merge takes the files written by clausecheck check --format json', 'clausecheck: cannot read gone.json: no such file\n'],
      'zh-CN': ['clausecheck: in.yaml 不是 JSON：', '  merge 读取的是 clausecheck check --format json 写出的文件', 'clausecheck: 无法读取 gone.json：没有这个文件\n'],
    };
    for (const lang of ['en', 'zh-CN'] as const) {
      const notJson = await runCli(['merge', 'in.yaml', '--lang', lang], { cwd: dir });
      const [first, hint] = notJson.stderr.split('\n');
      expect({ code: notJson.code, first: first!.startsWith(expected[lang][0]!), hint }).toEqual({ code: 2, first: true, hint: expected[lang][1] });
      writeFileSync(path.join(dir, 'half.json'), '{"version": 1, "files": [');
      const half = await runCli(['merge', 'half.json', '--lang', lang], { cwd: dir });
      expect(half.stderr.split('\n')[0]).toBe({ en: 'clausecheck: half.json is not JSON: the report ends early (truncated?)', 'zh-CN': 'clausecheck: half.json 不是 JSON：报告提前结束（文件被截断？）' }[lang]);
      const missing = await runCli(['merge', 'gone.json', '--lang', lang], { cwd: dir });
      expect({ code: missing.code, stderr: missing.stderr }).toEqual({ code: 2, stderr: expected[lang][2] });
    }
  });
});

describe('agenda: an output that is an input is refused, and its usage errors in both languages', () => {
  const agenda = (lang: string, args: string[]) => runCli(['agenda', 'in.yaml', '--as-of', '2026-11-26', '--quiet', '--lang', lang, ...args], { cwd: dir });
  const cases: [string[], string, string][] = [
    [
      ['--format', 'ics=in.yaml'],
      '--format ics=in.yaml would overwrite an input (in.yaml); nothing was written\n  write the report to another file',
      '--format ics=in.yaml 会覆盖输入档案（in.yaml）；未写出任何文件\n  请把报告写到其他文件',
    ],
    [['--format', 'sarif'], 'unknown agenda format "sarif"\n  formats: text, json, markdown, csv, ics', '未知的待办日程格式 "sarif"\n  可用格式：text, json, markdown, csv, ics'],
    [['--days', '0'], '--days: expected a whole number of days of at least 1, got "0"', '--days：应为不少于 1 的整天数，实际为 "0"'],
    [['--days', '3', '--until', '2026-12-31'], 'give --days or --until, not both', '--days 和 --until 只能给出其一'],
    [
      ['--format', 'json', '--format', 'csv'],
      'only one --format may write to stdout\n  give the others a file: --format ics=agenda.ics',
      '只能有一个 --format 写到标准输出\n  请给其他格式指定文件：--format ics=agenda.ics',
    ],
    [
      ['--notify', 'telegram'],
      '--notify: unknown platform "telegram"\n  platforms: dingtalk, wecom, feishu; e.g. --notify dingtalk=https://oapi.dingtalk.com/robot/send?access_token=…',
      '--notify：未知的平台 "telegram"\n  可用平台：dingtalk, wecom, feishu；例如 --notify dingtalk=https://oapi.dingtalk.com/robot/send?access_token=…',
    ],
  ];
  for (const [args, en, zh] of cases) {
    it(args.join(' '), async () => {
      for (const [lang, message] of [['en', en], ['zh-CN', zh]] as const) {
        const result = await agenda(lang, args);
        expect({ lang, code: result.code, stderr: result.stderr, stdout: result.stdout }).toEqual({ lang, code: 2, stderr: `clausecheck: ${message}\n`, stdout: '' });
      }
      expect(readFileSync(path.join(dir, 'in.yaml'), 'utf8')).toBe(original);
    });
  }
});
