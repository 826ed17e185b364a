/**
 * The temporary files this process is writing now (atomic-write.ts lists them), apart from the
 * writing code so that the signal handler every command installs loads nothing else.
 */
import { unlinkSync } from 'node:fs';

/** Temporary files being written now. */
export const temps = new Set<string>();

/** Removes every temporary file still being written (for a signal handler: synchronous). */
export function removeTempFilesSync(): void {
  for (const temp of temps) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  temps.clear();
}
