/**
 * Writing output files so that nothing is half-written and nothing else is lost. A regular file
 * (or a missing one) is written to a temporary file beside it, then renamed over it; a symbolic
 * link is followed and its target written the same way (the link stays a link); anything that is
 * not a regular file (a FIFO, a device such as /dev/stdout) is written directly, never replaced.
 * Missing parent folders are created. Temporary files still open are listed, so that a signal
 * handler can remove them (`removeTempFilesSync`, temp-files.ts). Errors name the target, never a temporary file.
 */
import { createWriteStream, type WriteStream, promises as fs } from 'node:fs'; // fs.promises read on use: loading node:fs/promises costs milliseconds of a start
import { once } from 'node:events';
import path from 'node:path';
import { UsageError } from './usage-error.js';
import { catalogs, say } from './i18n.js';
import { temps } from './temp-files.js';
import { nodeCrypto } from './node-crypto.js';

/** The error codes a write failure is explained for, in words. */
type Known = 'ENOSPC' | 'EDQUOT' | 'EACCES' | 'EPERM' | 'EROFS' | 'EISDIR' | 'ENOTDIR' | 'ELOOP' | 'EFBIG' | 'EIO' | 'ENAMETOOLONG';

/** Why a write failed, by error code, and the sentence around it, in English and zh-CN. */
const WRITE_TEXT = catalogs(
  {
    cannotWrite: (p: { file: string; reason: string }) => `cannot write ${p.file}: ${p.reason}`,
    reason: (p: { code: Known }) =>
      ({
        ENOSPC: 'no space left on the device (the disk is full)',
        EDQUOT: 'disk quota exceeded',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EROFS: 'the file system is read-only',
        EISDIR: 'is a directory',
        ENOTDIR: 'a parent of it is not a folder',
        ELOOP: 'too many symbolic links (a loop?)',
        EFBIG: 'the file is too large for the file system',
        EIO: 'input/output error',
        ENAMETOOLONG: 'the name is too long',
      })[p.code],
    otherCode: (p: { code: string }) => `error ${p.code}`,
    failed: 'the write failed',
    fullHint: 'free some space, or write the report elsewhere',
  },
  {
    cannotWrite: (p) => `无法写入 ${p.file}：${p.reason}`,
    reason: (p) =>
      ({
        ENOSPC: '设备上没有剩余空间（磁盘已满）',
        EDQUOT: '超出磁盘配额',
        EACCES: '没有权限',
        EPERM: '没有权限',
        EROFS: '文件系统是只读的',
        EISDIR: '是一个目录',
        ENOTDIR: '它的某个上级不是目录',
        ELOOP: '符号链接过多（循环？）',
        EFBIG: '文件对该文件系统而言过大',
        EIO: '输入/输出错误',
        ENAMETOOLONG: '名称过长',
      })[p.code],
    otherCode: (p) => `错误 ${p.code}`,
    failed: '写入失败',
    fullHint: '请腾出空间，或把报告写到别处',
  },
);

const KNOWN: readonly string[] = ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENOTDIR', 'ELOOP', 'EFBIG', 'EIO', 'ENAMETOOLONG'] satisfies Known[];

/** A file that could not be written: `cannot write FILE: REASON` (exit 2). */
export class WriteError extends UsageError {
  constructor(
    readonly file: string,
    /** Why, in words; never a temporary file name. */
    readonly reason: string,
    hint?: string,
  ) {
    super(say(WRITE_TEXT).cannotWrite({ file, reason }), hint);
  }
}

/** A write error in words: the target as given and the reason, without any temporary file name. */
export function writeError(file: string, error: unknown): UsageError {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const text = say(WRITE_TEXT);
  const reason = KNOWN.includes(code) ? text.reason({ code: code as Known }) : code ? text.otherCode({ code }) : text.failed;
  return new WriteError(file, reason, code === 'ENOSPC' || code === 'EDQUOT' ? text.fullHint : undefined);
}

/** Names of this process's own output descriptors. */
const STD_NAMES: Record<string, number> = { '/dev/stdout': 1, '/dev/fd/1': 1, '/proc/self/fd/1': 1, '/dev/stderr': 2, '/dev/fd/2': 2, '/proc/self/fd/2': 2 };

/**
 * The real path a name stands for, also when it does not exist yet: the real path of its nearest
 * existing folder plus the rest; a dangling symbolic link stands for its target.
 */
export async function realTarget(file: string, depth = 0): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await fs.realpath(absolute);
  } catch {
    if (depth > 40) return absolute;
    const link = await fs.lstat(absolute).catch(() => undefined);
    if (link?.isSymbolicLink()) {
      const to = await fs.readlink(absolute);
      return realTarget(path.resolve(path.dirname(absolute), to), depth + 1);
    }
    const parent = path.dirname(absolute);
    if (parent === absolute) return absolute;
    return path.join(await realTarget(parent, depth + 1), path.basename(absolute));
  }
}

/** A file being written: write to `stream`, then `commit` (put it in place) or `abort` (remove the temporary file). */
export interface PendingFile {
  stream: WriteStream;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** Opens a target for writing as the module comment says; errors are UsageErrors naming `file`. */
export async function openTarget(file: string): Promise<PendingFile> {
  // stat follows links: /dev/stdout (a link to a pipe or a terminal) is written as itself.
  const info = await fs.stat(file).catch(() => undefined);
  if (info?.isDirectory()) throw writeError(file, Object.assign(new Error(), { code: 'EISDIR' }));
  const direct = info !== undefined && !info.isFile();
  const real = direct ? file : await realTarget(file);
  if (!direct) {
    // mkdir says EEXIST when a file stands where a folder should be.
    await fs.mkdir(path.dirname(real), { recursive: true }).catch((error: NodeJS.ErrnoException) =>
      Promise.reject(writeError(file, error.code === 'EEXIST' ? Object.assign(error, { code: 'ENOTDIR' }) : error)),
    );
  }
  const temp = direct ? undefined : `${real}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`;
  if (temp) temps.add(temp);
  let failure: unknown;
  // Our own stdout or stderr by name: written through the descriptor (a socket cannot be opened by name).
  const fd = STD_NAMES[file];
  const stream = fd === undefined ? createWriteStream(temp ?? real, { flags: 'w' }) : createWriteStream('', { fd, autoClose: false });
  stream.on('error', (error) => (failure ??= error));
  const forget = async () => {
    if (!temp) return;
    temps.delete(temp);
    await fs.unlink(temp).catch(() => undefined);
  };
  try {
    if (fd === undefined) await once(stream, 'open');
  } catch (error) {
    await forget();
    throw writeError(file, error);
  }
  return {
    stream,
    async commit() {
      if (!stream.writableFinished && !stream.destroyed) await new Promise<void>((resolve) => stream.end(resolve));
      if (fd === undefined && !stream.closed) await once(stream, 'close').catch(() => undefined);
      if (failure === undefined && temp) await fs.rename(temp, real).catch((error) => (failure = error));
      if (temp) temps.delete(temp);
      if (failure !== undefined) {
        if (temp) await fs.unlink(temp).catch(() => undefined);
        throw writeError(file, failure);
      }
    },
    async abort() {
      stream.destroy();
      await forget();
    },
  };
}

/** Writes a whole file as the module comment says. */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const target = await openTarget(file);
  try {
    if (!target.stream.write(content)) await Promise.race([once(target.stream, 'drain'), once(target.stream, 'close')]).catch(() => undefined);
  } catch (error) {
    await target.abort();
    throw writeError(file, error);
  }
  await target.commit();
}
