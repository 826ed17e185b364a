/** Shared helpers of the import tests: a scratch folder, an in-process import run, and a check of the result. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../rules/index.js';
import { checkFile } from '../../src/engine/check-file.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { runImport, type ImportRun } from '../../src/import/run-import.js';
import { defaultOptions } from '../../src/engine/rule-options.js';

/** The recorded account every import test uses. */
export const ACCOUNT_DIR = fileURLToPath(new URL('../fixtures/import/account', import.meta.url));
/** The profile that account imports to (captured at CAPTURED_AT). */
export const EXPECTED_FILE = fileURLToPath(new URL('../fixtures/import/expected.yaml', import.meta.url));
/** The capture instant the tests record. */
export const CAPTURED_AT = '2026-11-29T10:00:00+08:00';

/** A fresh scratch folder. */
export function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'clausecheck-import-'));
}

/** Runs an import in-process; returns the exit code and the stderr lines. */
export async function importTo(run: Omit<ImportRun, 'log'>): Promise<{ code: number; log: string[] }> {
  const log: string[] = [];
  const code = await runImport({ capturedAt: CAPTURED_AT, ...run, log: (line) => log.push(line) });
  return { code, log };
}

/** Checks a profile text with every rule at their defaults; returns the findings. */
export function checkText(text: string, asOf: number) {
  const rules = RULES.map((rule) => ({ rule, options: defaultOptions(rule) }));
  return checkFile(loadProfile('account.yaml', Buffer.from(text)), { asOf, rules, bufferDays: DEFAULT_BUFFER_DAYS });
}
