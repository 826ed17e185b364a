/** Finds the project configuration file: `.clausecheck.yaml` (or `.yml`) from a folder upward, or an explicit path. */
import { say } from '../util/i18n.js';
import { CONFIG_USAGE_TEXT } from './messages.js';
import { stat } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../util/usage-error.js';

/** The config file's name. */
export const CONFIG_FILE_NAME = '.clausecheck.yaml';
/** The names looked for in each folder, the usual one first. */
const CONFIG_FILE_NAMES = [CONFIG_FILE_NAME, '.clausecheck.yml'] as const;

/** Where the config file is: its absolute path, and whether it was named with `--config`. */
interface ConfigLocation {
  absolute: string;
  explicit: boolean;
}

/** Whether a path exists (as a file, for `file`). fs's callback API: every command looks, and fs/promises costs milliseconds to load. */
function exists(p: string, kind: 'file' | 'any'): Promise<boolean> {
  return new Promise((resolve) => stat(p, (error, info) => resolve(!error && (kind === 'any' || info.isFile()))));
}

/**
 * Looks for `.clausecheck.yaml` or `.clausecheck.yml` in `cwd` and each folder above it, stopping
 * after the folder that contains `.git` (a folder, or a file in a worktree) or at the filesystem
 * root. Undefined when none; a usage error when one folder holds both.
 */
export async function findConfigUpward(cwd: string): Promise<string | undefined> {
  let dir = path.resolve(cwd);
  for (;;) {
    const found: string[] = [];
    for (const name of CONFIG_FILE_NAMES) if (await exists(path.join(dir, name), 'file')) found.push(path.join(dir, name));
    if (found.length > 1) throw new UsageError(say(CONFIG_USAGE_TEXT).twoConfigs({ dir, names: CONFIG_FILE_NAMES }), say(CONFIG_USAGE_TEXT).twoConfigsHint);
    if (found[0] !== undefined) return found[0];
    if (await exists(path.join(dir, '.git'), 'any')) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The config to use: the explicit path (resolved against `cwd`, not checked here) or the one found upward. */
export async function discoverConfig(options: { cwd: string; explicit?: string }): Promise<ConfigLocation | undefined> {
  if (options.explicit !== undefined) return { absolute: path.resolve(options.cwd, options.explicit), explicit: true };
  const found = await findConfigUpward(options.cwd);
  return found === undefined ? undefined : { absolute: found, explicit: false };
}

/** How a config or waivers file is shown: relative to `cwd` with `/` separators (absolute when on another drive). */
export function displayConfigPath(absolute: string, cwd: string): string {
  const relative = path.relative(path.resolve(cwd), absolute);
  const shown = relative === '' || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}
