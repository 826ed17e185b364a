/** Runs the built CLI (bin/clausecheck.js) as a user would, capturing stdout, stderr and the exit code. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a CLI run produced. */
export interface CliResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs `clausecheck ...args` in the repository root with an optional stdin and environment. */
export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [`${ROOT}bin/clausecheck.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: '', GITHUB_STEP_SUMMARY: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C', CLAUSECHECK_LANG: '', ...options.env },
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
