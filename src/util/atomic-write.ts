/** Atomic file writes: a temporary file beside the target, then a rename. */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { UsageError } from './usage-error.js';

/** Writes a file atomically: a temporary file beside it, then a rename. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
  }
}
