import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTarget, realTarget, writeError, writeFileAtomic } from '../../src/util/atomic-write.js';
import { removeTempFilesSync } from '../../src/util/temp-files.js';
import { setMessageLang } from '../../src/util/i18n.js';

const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-atomic-'));
const at = (name: string) => path.join(dir, name);

describe('writeFileAtomic', () => {
  it('writes through a symbolic link to its target; the link stays a link', async () => {
    writeFileSync(at('real.txt'), 'old');
    symlinkSync('real.txt', at('link.txt'));
    await writeFileAtomic(at('link.txt'), 'new');
    expect(lstatSync(at('link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(at('link.txt'))).toBe('real.txt');
    expect(readFileSync(at('real.txt'), 'utf8')).toBe('new');
  });

  it('creates the target of a dangling link', async () => {
    symlinkSync('made-by-link.txt', at('dangling.txt'));
    await writeFileAtomic(at('dangling.txt'), 'x');
    expect(lstatSync(at('dangling.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('made-by-link.txt'), 'utf8')).toBe('x');
  });

  it('creates missing parent folders', async () => {
    await writeFileAtomic(at('a/b/c/report.json'), '{}');
    expect(readFileSync(at('a/b/c/report.json'), 'utf8')).toBe('{}');
  });

  it('writes into a FIFO directly and never replaces it', async () => {
    const fifo = at('pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = import('node:fs/promises').then((fs) => fs.readFile(fifo, 'utf8'));
    await writeFileAtomic(fifo, 'through the pipe');
    expect(await reader).toBe('through the pipe');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a full device is a clear error naming the file, never a temporary name', async () => {
    if (!existsSync('/dev/full')) return;
    const error = await writeFileAtomic('/dev/full', 'x'.repeat(100_000)).catch((e: Error) => e);
    expect((error as Error).message).toBe('cannot write /dev/full: no space left on the device (the disk is full)');
  });

  it('error messages never name the temporary file', async () => {
    writeFileSync(at('file-not-dir'), '');
    const error = await writeFileAtomic(at('file-not-dir/x.json'), '{}').catch((e: Error) => e);
    expect((error as Error).message).toBe(`cannot write ${at('file-not-dir/x.json')}: a parent of it is not a folder`);
    expect((error as Error).message).not.toMatch(/\.tmp/);
    const enospc = writeError('out.json', Object.assign(new Error('ENOSPC: write /x/out.json.123.ab.tmp'), { code: 'ENOSPC' }));
    expect(enospc.message).toBe('cannot write out.json: no space left on the device (the disk is full)');
  });

  it('says it in the message language: zh-CN', () => {
    setMessageLang('zh-CN');
    try {
      const enospc = writeError('out.json', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
      expect([enospc.message, enospc.hint]).toEqual(['无法写入 out.json：设备上没有剩余空间（磁盘已满）', '请腾出空间，或把报告写到别处']);
      expect(writeError('out.json', Object.assign(new Error('x'), { code: 'EWHAT' })).message).toBe('无法写入 out.json：错误 EWHAT');
    } finally {
      setMessageLang('en');
    }
    expect(writeError('out.json', Object.assign(new Error('x'), { code: 'EWHAT' })).message).toBe('cannot write out.json: error EWHAT');
  });

  it('a directory is refused', async () => {
    const error = await writeFileAtomic(dir, 'x').catch((e: Error) => e);
    expect((error as Error).message).toBe(`cannot write ${dir}: is a directory`);
  });

  it('removeTempFilesSync removes temporary files still being written', async () => {
    const pending = await openTarget(at('half.json'));
    pending.stream.write('partial');
    expect(readdirSync(dir).some((n) => n.startsWith('half.json.') && n.endsWith('.tmp'))).toBe(true);
    removeTempFilesSync();
    expect(readdirSync(dir).filter((n) => n.startsWith('half.json'))).toEqual([]);
    await pending.abort();
  });
});

describe('realTarget', () => {
  it('resolves aliases, links and names that do not exist yet', async () => {
    writeFileSync(at('in.yaml'), 'x');
    symlinkSync('in.yaml', at('in-link.yaml'));
    const real = await realTarget(at('in.yaml'));
    expect(await realTarget(at('in-link.yaml'))).toBe(real);
    expect(await realTarget(path.join(dir, 'nothing', '..', 'in.yaml'))).toBe(real);
    expect(await realTarget(at('not/yet/here.json'))).toBe(path.join(await realTarget(dir), 'not/yet/here.json'));
  });
});
