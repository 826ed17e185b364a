/** Small rule lists and temporary project folders for the config tests. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { defineRule, type Rule } from '../../src/engine/types.js';
import type { FileReport, ReportFinding, Status } from '../../src/contract/report.js';

function fakeRule(id: string, options: z.ZodType): Rule {
  return defineRule({
    id,
    title: id,
    clauses: ['3.2.1'],
    description: `fake ${id}`,
    options: () => options,
    messages: { m: (p: { s: string }) => `finding about ${p.s}` },
    check: () => [],
  });
}

/** Four rules with options named as in rules.md (two share the `backup-` prefix). */
export const TEST_RULES: readonly Rule[] = [
  fakeRule(
    'access-key-age',
    z.strictObject({
      warn_age_days: z.number().int().min(1).default(90),
      fail_age_days: z.number().int().min(1).default(180),
      unused_days: z.number().int().min(1).default(90),
    }),
  ),
  fakeRule('backup-health', z.strictObject({ min_retention_days: z.number().int().min(1).default(7), restore_test_days: z.number().int().min(1).default(180) })),
  fakeRule('backup-offsite', z.strictObject({})),
  fakeRule('website-log-retention', z.strictObject({})),
];

/** A fresh folder holding `files` (path → text); a `.git` folder is made when `git` is true. */
export function project(files: Record<string, string>, git = true): string {
  const root = mkdtempSync(path.join(tmpdir(), 'clausecheck-config-'));
  if (git) mkdirSync(path.join(root, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** A finding with the given rule, status and subject. */
export function finding(rule: string, status: Status, subject: string): ReportFinding {
  return { rule, status, clauses: ['3.2.1'], subject, message: `${rule} ${status} ${subject}`, messageId: status, path: [], line: 1, column: 1, data: {} };
}

/** A valid file report holding the findings. */
export function fileReport(file: string, findings: ReportFinding[]): FileReport {
  return { file, sha256: 'x', valid: true, errors: [], findings };
}
