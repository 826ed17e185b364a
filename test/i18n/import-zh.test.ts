/** `clausecheck import` in zh-CN: usage errors, merge change lines and the summary; English as it was. */
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMessages, IMPORT_TEXT } from '../../src/import/messages.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { englishRuns } from '../helpers/english-runs.js';

const ACCOUNT = join(ROOT, 'test/fixtures/import/account');

describe('import in zh-CN', () => {
  it('has the same ids in both languages, and keeps every number and name of a message', () => {
    expect(Object.keys(IMPORT_TEXT['zh-CN']).sort()).toEqual(Object.keys(importMessages).sort());
    expect(IMPORT_TEXT['zh-CN'].networkFailed({ call: 'Ecs.DescribeInstances', reason: 'ETIMEDOUT', attempts: 3 })).toBe('Ecs.DescribeInstances：尝试 3 次后仍出现网络错误（ETIMEDOUT）；未写出任何内容');
    expect(IMPORT_TEXT.en.networkFailed({ call: 'Ecs.DescribeInstances', reason: 'ETIMEDOUT', attempts: 3 })).toBe('Ecs.DescribeInstances: network error after 3 attempts (ETIMEDOUT); nothing was written');
  });

  it('merges with Chinese change lines and summary, the same changes as in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-import-zh-'));
    copyFileSync(join(ROOT, 'test/fixtures/import/maintained.yaml'), join(dir, 'zh.yaml'));
    copyFileSync(join(ROOT, 'test/fixtures/import/maintained.yaml'), join(dir, 'en.yaml'));
    const zh = await runCli(['import', '--from', ACCOUNT, '--merge', 'zh.yaml', '--lang', 'zh-CN'], { cwd: dir });
    const en = await runCli(['import', '--from', ACCOUNT, '--merge', 'en.yaml'], { cwd: dir });
    expect([zh.code, en.code]).toEqual([0, 0]);
    expect(zh.stderr).toContain('  + RAM 用户 li.na\n');
    expect(zh.stderr).toContain('  = order OFFLINE-2024-001 已保留'.replace('order', '订单'));
    expect(zh.stderr).toContain('已写出 zh.yaml（17 处变更）。\n');
    expect(en.stderr).toContain('  + RAM user li.na\n');
    expect(en.stderr).toContain('Wrote en.yaml (17 changes).\n');
    expect(zh.stderr.split('\n').length).toBe(en.stderr.split('\n').length);
    expect(englishRuns(zh.stderr)).toEqual([]);
  });

  it('words bad recorded files and an unreadable profile in Chinese: JSON and UTF-8 problems, YAML syntax', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-import-zh-'));
    for (const name of readdirSync(ACCOUNT)) copyFileSync(join(ACCOUNT, name), join(dir, name));
    writeFileSync(join(dir, 'Ram.GetUser.li.na.json'), '{\n  "User": {\n    "UserName": "li.na",,\n  }\n}\n');
    writeFileSync(join(dir, 'Ram.GetUser.wang.wu.json'), '{"User": {"UserName": "wang.wu"}}\n]');
    writeFileSync(join(dir, 'Ram.GetUser.zhao.liu.json'), Buffer.from([0x7b, 0xff, 0x7d]));
    const out = await runCli(['import', '--from', dir, '-o', join(dir, 'x.yaml'), '--lang', 'zh-CN'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`${join(dir, 'Ram.GetUser.li.na.json')}:3:25：不是有效的 JSON：应为带引号的键，实际为 ","；已跳过\n`);
    expect(out.stderr).toContain(`${join(dir, 'Ram.GetUser.wang.wu.json')}:2:1：不是有效的 JSON：值之后有多余的 "]"；已跳过\n`);
    expect(out.stderr).toContain(`${join(dir, 'Ram.GetUser.zhao.liu.json')}:1:2：不是有效的 JSON：无效的 UTF-8（字节 0xff）；请把文件存为 UTF-8；已跳过\n`);
    expect(englishRuns(out.stderr, [dir])).toEqual([]);
    writeFileSync(join(dir, 'broken.yaml'), 'format: clausecheck/v1\naccount:\n  id: "1"\n   name: x\n');
    const merge = await runCli(['import', '--from', ACCOUNT, '--merge', 'broken.yaml', '--lang', 'zh-CN'], { cwd: dir });
    expect({ code: merge.code, stderr: merge.stderr }).toEqual({ code: 2, stderr: 'clausecheck: broken.yaml:4:1：YAML 语法错误：同一映射的各项必须从同一列开始（请检查缩进）；无法合并到该文件\n' });
  });

  it.each([
    [['import'], 'clausecheck: 请选择导入来源：--from DIR（已记录的应答）或 --live（通过 API 读取账号）\n  例如 clausecheck import --live -o account.yaml\n'],
    [['import', '--from', ACCOUNT, '--live'], 'clausecheck: --from 和 --live 不能同时使用\n'],
    [['import', '--from', ACCOUNT, '-o', 'x.yaml', '--captured-at', 'soon'], 'clausecheck: --captured-at："soon" 不是日期（YYYY-MM-DD）或日期时间（YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]）\n'],
  ])('usage error %j', async (args, expected) => {
    const out = await runCli([...(args as string[]), '--lang', 'zh-CN'], { cwd: mkdtempSync(join(tmpdir(), 'clausecheck-import-zh-')) });
    expect([out.code, out.stderr]).toEqual([2, expected]);
  });
});
