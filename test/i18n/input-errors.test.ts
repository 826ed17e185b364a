/** Input errors (bytes, YAML, validation, unreadable files) in zh-CN: every one the fixtures produce is translated, with its values kept. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBytes, unreadableFile } from '../../src/engine/check-file.js';
import { localizeInputError } from '../../src/engine/error-text.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { factsOf } from '../helpers/facts.js';

const ROOT = new URL('../../', import.meta.url);
const FIXTURES = new URL('test/fixtures/invalid/', ROOT);

const inputs: [string, Uint8Array][] = [
  ...readdirSync(FIXTURES).map((name): [string, Uint8Array] => [name, readFileSync(new URL(name, FIXTURES))]),
  ['examples/invalid.yaml', readFileSync(new URL('examples/invalid.yaml', ROOT))],
  ['empty.yaml', Buffer.from('')],
  ['list.yaml', Buffer.from('- a\n- b\n')],
  ['tab.yaml', Buffer.from('format: clausecheck/v1\naccount:\n\tid: "1"\n')],
  ['dup.yaml', Buffer.from('format: clausecheck/v1\nformat: clausecheck/v1\naccount: { id: "1" }\n')],
  ['utf8.yaml', Buffer.from([0x66, 0x6f, 0xff, 0x0a])],
  ['nul.yaml', Buffer.from('format: clausecheck/v1\u0000\n')],
  ['unclosed.yaml', Buffer.from('format: "clausecheck/v1\naccount: {id: 1}\n')],
  ['year-zero.yaml', Buffer.from('format: clausecheck/v1\naccount:\n  id: "1"\norders:\n  - id: o1\n    placed_at: 0000-11-01\n    amount: "5"\n')],
  ['bool.yaml', Buffer.from('format: clausecheck/v1\naccount:\n  id: "1"\n  root: { mfa: yes-ish }\n  data_regions: [Hangzhou]\n')],
];

const run = (lang: 'en' | 'zh-CN', bytes: Uint8Array, name: string) =>
  checkBytes(name, bytes, { asOf: Date.parse('2026-11-26T00:00:00+08:00'), rules: [], bufferDays: DEFAULT_BUFFER_DAYS, lang });

describe('input errors in zh-CN', () => {
  it('translates every error the invalid inputs produce, keeping positions, paths and every value', () => {
    const untranslated: string[] = [];
    let count = 0;
    for (const [name, bytes] of inputs) {
      const en = run('en', bytes, name);
      const zh = run('zh-CN', bytes, name);
      expect(zh.errors.map((e) => [e.line, e.column, e.path])).toEqual(en.errors.map((e) => [e.line, e.column, e.path]));
      en.errors.forEach((error, i) => {
        count++;
        const chinese = zh.errors[i]!.message;
        if (!/[\u4e00-\u9fff]/.test(chinese)) untranslated.push(`${name}: ${error.message}`);
        expect(factsOf(chinese), `${name}: ${error.message} / ${chinese}`).toEqual(factsOf(error.message));
        for (const quoted of error.message.match(/"[^"]*"/g) ?? []) expect(chinese).toContain(quoted);
      });
    }
    expect(untranslated).toEqual([]);
    expect(count).toBeGreaterThan(25);
  });

  it('names every duplicate and dangling reference in Chinese: no English phrase left inside the sentence', () => {
    const profile = [
      'format: clausecheck/v1',
      'account:',
      '  id: "1"',
      '  ram_users: [{ name: ops }, { name: ops }]',
      '  billing:',
      '    bills: [{ id: B1, amount: "1", due: 2026-01-01 }, { id: B1, amount: "1", due: 2026-01-01 }]',
      'orders:',
      '  - { id: o1, resource: i-1 }',
      '  - { id: o1 }',
      '  - { id: o2, kind: resource-package, package: { successor: o9 } }',
      'backups: [{ resource: i-missing }]',
      'incidents: [{ id: INC-1, start: 2026-01-01 }, { id: INC-1, start: 2026-01-01 }]',
      'notices: [{ id: N1, orders: [o7] }, { id: N1 }]',
      'claims: [{ id: C1, incident: INC-9 }, { id: C1 }]',
      'log_retention: [{ name: web }, { name: web }]',
      '',
    ].join('\n');
    const zh = run('zh-CN', Buffer.from(profile), 'refs.yaml').errors.filter((e) => /^(重复的|"[^"]*" 不是)/.test(e.message));
    expect(zh.map((e) => `${e.path.join('.')} ${e.message}`)).toEqual([
      'account.ram_users.1.name 重复的 RAM 用户名 "ops"（另见 account.ram_users.0）',
      'account.billing.bills.1.id 重复的账单 id "B1"（另见 account.billing.bills.0）',
      'orders.1.id 重复的订单 id "o1"（另见 orders.0）',
      'orders.2.package.successor "o9" 不是本档案中订单的 id（已有：o1, o2）',
      'backups.0.resource "i-missing" 不是任何订单的资源（已有：i-1）',
      'incidents.1.id 重复的故障 id "INC-1"（另见 incidents.0）',
      'notices.0.orders.0 "o7" 不是本档案中订单的 id（已有：o1, o2）',
      'notices.1.id 重复的通知 id "N1"（另见 notices.0）',
      'claims.0.incident "INC-9" 不是本档案中故障的 id（已有：INC-1）',
      'claims.1.id 重复的索赔 id "C1"（另见 claims.0）',
      'log_retention.1.name 重复的日志库名称 "web"（另见 log_retention.0）',
    ]);
  });

  it('words the YAML parser\'s syntax errors in Chinese, with their values', () => {
    // Each profile body after "account:", and the first error a Chinese reader sees (after "YAML 语法错误：").
    const broken = {
      '  id: "1"\n   name: x\n': '4:1 同一映射的各项必须从同一列开始（请检查缩进）',
      '  id: "1"\norders:\n  - id: a\n   - id: b\n': '6:4 同一列表的各项必须从同一列开始（请检查缩进）',
      '  id: "1"\norders:\n  - id: a: b\n': '5:9 紧凑映射中不能再嵌套映射（请检查冒号和缩进）',
      '  id: "1"\n  name\n  x: 1\n': '4:3 键必须写在一行内（是否缺少冒号或引号？）',
      '  id: "1"\n  name\n': '4:3 键后面必须跟值（是否缺少 ": "？）',
      '  id: "1\n': '4:1 缺少右双引号 "',
      '  id: "1"\n  x: [1, 2\n': '5:1 块集合中的流式列表必须有足够的缩进，并以 ] 结束',
      '  id: "1"\n  x: @foo\n': '4:6 不加引号的值不能以 "@" 开头（请给值加引号）',
      '  id: "1\\q"\n': '3:9 无效的转义序列 \\q',
      '  id: "1"# c\n': '3:10 注释（#）与前面的内容之间必须有空白',
      '  id: "1"\n---\nformat: clausecheck/v1\n': '4:1 文件包含多个 YAML 文档；一个档案只能是一个文档',
      '  id: "1"\n  x: {a: 1,, b: 2}\n': '4:12 流式映射中有多余的逗号',
      [`  id: "1"\n  ${'k'.repeat(1100)}: 1\n`]: '4:3 ":" 距键的开头不能超过 1024 个字符',
    };
    for (const [body, expected] of Object.entries(broken)) {
      const text = Buffer.from(`format: clausecheck/v1\naccount:\n${body}`);
      const first = run('zh-CN', text, 'broken.yaml').errors[0]!;
      expect(`${first.line}:${first.column} ${first.message}`, body.slice(0, 60)).toBe(expected.replace(' ', ' YAML 语法错误：'));
      expect(run('en', text, 'broken.yaml').errors[0]!.message).toMatch(/^YAML syntax: [A-Z]/);
    }
  });

  it('translates unreadable files and keeps English when asked', () => {
    expect(unreadableFile('x.yaml', 'no such file or directory', 'zh-CN').errors[0]!.message).toBe('没有这个文件或目录');
    expect(unreadableFile('x.yaml', 'no such file or directory').errors[0]!.message).toBe('no such file or directory');
    expect(unreadableFile('d', 'cannot read directory: permission denied', 'zh-CN').errors[0]!.message).toBe('无法读取目录：没有权限');
  });

  it('examples/invalid.yaml: the errors a Chinese reader sees', () => {
    const zh = run('zh-CN', readFileSync(new URL('examples/invalid.yaml', ROOT)), 'examples/invalid.yaml');
    expect(zh.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toContain('8:5 未知的键 "emial"（是否想写 "email"？）');
    expect(zh.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toContain('19:16 不存在的日期 "2026-02-30"');
  });
});

describe('limits in zh-CN', () => {
  it('year 0000 and a file over the size limit, word for word', () => {
    expect(localizeInputError('impossible date "0000-11-01": years run from 0001 to 9999')).toBe('不存在的日期 "0000-11-01"：年份须在 0001 至 9999 之间');
    expect(localizeInputError('the file is 70.2 MiB, over the limit of 64 MiB; raise it with --max-file-size or max_file_size in the config if this is really a profile')).toBe(
      '文件大小为 70.2 MiB，超过上限 64 MiB；如确为档案，请用 --max-file-size 或配置中的 max_file_size 调高上限',
    );
  });
});
