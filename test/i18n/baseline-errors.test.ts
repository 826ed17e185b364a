/**
 * Errors about files a person names (the baseline, --config, --waivers) in both languages: the
 * baseline file's located problems and a file that cannot be read. English stays as it was.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/config/baseline.js';
import { readForFlag } from '../../src/config/load-config.js';
import { UsageError } from '../../src/util/usage-error.js';
import { ROOT, runCli } from '../helpers/cli.js';

const BAD = '{"format":"clausecheck-baseline/v1","tool":3,"agreement":"x","asOf":5,"entries":[1,{"file":"a","rule":"","status":"bad"}]}';

function thrown(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('no UsageError');
}

describe('baseline file errors', () => {
  it('a file that is not JSON: located, and in Chinese without the JavaScript engine\'s English words', () => {
    const broken = thrown(() => parseBaseline(Buffer.from('{"format": "clausecheck-baseline/v1",\n  "entries": [\n'), '/p/b.json', '/p'));
    expect(broken.text('en').message).toMatch(/^invalid baseline:\n  b\.json:\d+:\d+: not a JSON baseline: \S/);
    expect(broken.text('zh-CN').message).toMatch(/^.*\n  b\.json:\d+:\d+: 不是 JSON 格式的基线：此处的 JSON 语法有误$/);
  });

  const error = thrown(() => parseBaseline(Buffer.from(BAD), '/p/b.json', '/p'));

  it('lists every problem, located, in English', () => {
    expect(error.text('en')).toEqual({
      message: [
        'invalid baseline:',
        '  b.json:1:44: expected an object with name and version, got 3',
        '  b.json:1:58: recorded against agreement x; this clausecheck checks agreement aliyun-service-agreement@2020-09-24, so its statuses do not compare',
        '  b.json:1:69: expected a string, got 5',
        '  b.json:1:82: expected an entry object, got 1',
        '  b.json:1:103: expected a non-empty string, got ""',
        '  b.json:1:84: missing required key "subject"',
        '  b.json:1:115: expected "warn" or "fail", got "bad"',
      ].join('\n'),
      hint: 'write a new one with: clausecheck baseline write PATHS... -o FILE',
    });
    expect(error.message).toBe(error.text('en').message);
    expect(error.hint).toBe(error.text('en').hint);
  });

  it('and in Chinese, at the same places with the same values', () => {
    expect(error.text('zh-CN')).toEqual({
      message: [
        '无效的基线：',
        '  b.json:1:44: 应为含 name 和 version 的对象，实际为 3',
        '  b.json:1:58: 记录时依据的协议为 x；本 clausecheck 检查的是 aliyun-service-agreement@2020-09-24，二者的状态无法比较',
        '  b.json:1:69: 应为字符串，实际为 5',
        '  b.json:1:82: 应为条目对象，实际为 1',
        '  b.json:1:103: 应为非空字符串，实际为 ""',
        '  b.json:1:84: 缺少必填的键 "subject"',
        '  b.json:1:115: 应为"warn" 或 "fail"，实际为 "bad"',
      ].join('\n'),
      hint: '用以下命令重新写出：clausecheck baseline write PATHS... -o FILE',
    });
  });

  it('check --baseline: a missing or unreadable baseline, and a list where an object belongs, in the run language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-bl-'));
    mkdirSync(join(dir, 'folder.json'));
    writeFileSync(join(dir, 'list.json'), '{"format":"clausecheck-baseline/v1","tool":{"name":"c","version":"1"},"agreement":"aliyun-service-agreement@2020-09-24","asOf":"x","entries":[[]]}');
    const check = (baseline: string, lang: string) => runCli(['check', join(ROOT, 'examples/compliant.yaml'), '--baseline', baseline, '--lang', lang], { cwd: dir });
    expect((await check('nope.json', 'zh-CN')).stderr).toBe('clausecheck: 无法读取基线 nope.json：没有这个文件\n  用以下命令记录：clausecheck baseline write PATHS...（或用 --baseline FILE 指定）\n');
    expect((await check('nope.json', 'en')).stderr).toBe('clausecheck: cannot read baseline nope.json: no such file\n  record one with: clausecheck baseline write PATHS... (or name it with --baseline FILE)\n');
    expect((await check('folder.json', 'zh-CN')).stderr).toBe('clausecheck: 无法读取基线 folder.json：是一个目录\n');
    const list = await check('list.json', 'zh-CN');
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('  list.json:1:143: 应为条目对象，实际为 列表\n');
  });
});

describe('a file named by a flag that cannot be read', () => {
  it('names the flag, the file and why, in each language', async () => {
    const error = await readForFlag('/nowhere/c.yaml', '--config', 'c.yaml').then(() => undefined, (e: unknown) => e as UsageError);
    expect(error?.text('en')).toEqual({ message: '--config: cannot read c.yaml: no such file' });
    expect(error?.text('zh-CN')).toEqual({ message: '--config：无法读取 c.yaml：没有这个文件' });
    const out = await runCli(['waivers', 'list', '--waivers', 'nothing.yaml', '--lang', 'zh-CN']);
    expect([out.code, out.stderr]).toEqual([2, 'clausecheck: --waivers：无法读取 nothing.yaml：没有这个文件\n']);
  });
});
