import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/contract/report.js';
import { reportJsonSchema, type reportSchema } from '../src/contract/report-schema.js';
import { ROOT, runCli } from './helpers/cli.js';

// The zod schema and the Report type are the same shape (a type error here when they drift).
type SchemaReport = z.output<typeof reportSchema>;
const toSchema = (r: Report): SchemaReport => r;
const toReport = (r: SchemaReport): Report => r;
void toSchema;
void toReport;

const schema = reportJsonSchema();
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const valid = (json: string) => {
  const ok = validate(JSON.parse(json));
  return ok ? 'valid' : JSON.stringify(validate.errors?.slice(0, 3));
};

/** A project with the examples, a config with a used, an unused and an expired waiver, and its folder. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-report-schema-'));
  mkdirSync(path.join(dir, '.git'));
  mkdirSync(path.join(dir, 'profiles'));
  for (const name of ['compliant', 'expiring', 'overdue', 'invalid']) {
    writeFileSync(path.join(dir, 'profiles', `${name}.yaml`), readFileSync(path.join(ROOT, 'examples', `${name}.yaml`)));
  }
  writeFileSync(
    path.join(dir, '.clausecheck.yaml'),
    [
      'waivers:',
      '  - { rule: arrears, reason: Paying next week., owner: ops@example.com, expires: 2026-12-31, reference: T-1 }',
      '  - { rule: fault-ticket, subject: nothing-matches, reason: Unused., owner: ops@example.com, expires: 2026-12-31 }',
      '  - { rule: backup-health, reason: Expired., owner: ops@example.com, expires: 2026-01-01 }',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('the JSON report schema', () => {
  it('is what `clausecheck schema --report` prints and schema/report.schema.json holds', async () => {
    const printed = await runCli(['schema', '--report']);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(schema);
    expect(JSON.parse(readFileSync(`${ROOT}schema/report.schema.json`, 'utf8')), 'schema/report.schema.json drifted: run npm run docs').toEqual(schema);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['version', 'tool', 'agreement', 'asOf', 'files', 'summary']);
  });

  it('accepts the golden JSON report of the examples and rejects a changed one', async () => {
    const golden = readFileSync(`${ROOT}test/golden/examples.json`, 'utf8');
    expect(valid(golden)).toBe('valid');
    const broken = JSON.parse(golden);
    broken.files[0].findings[0].status = 'warning';
    expect(validate(broken)).toBe(false);
    delete broken.files[0].findings[0].status;
    broken.summary.extra = 1;
    expect(validate(broken)).toBe(false);
  });

  it('accepts the JSON of check (with waived findings and waiver entries), of verbose runs and of merge', async () => {
    const dir = project();
    const check = await runCli(['check', 'profiles', '--as-of', '2026-11-26', '--format', 'json', '--verbose'], { cwd: dir });
    expect(check.code).toBe(2);
    expect(valid(check.stdout)).toBe('valid');
    const report = JSON.parse(check.stdout) as Report;
    expect(report.files.some((f) => f.findings.some((x) => x.waived?.reference === 'T-1'))).toBe(true);
    expect(report.files.at(-1)!.findings.map((f) => [f.rule, f.data.kind])).toEqual([
      ['waiver', 'unused'],
      ['waiver', 'expired'],
    ]);
    for (const k of [1, 2]) {
      const shard = await runCli(['check', 'profiles', '--as-of', '2026-11-26', '--shard', `${k}/2`, '--format', `json=shard-${k}.json`], { cwd: dir });
      expect(shard.code, shard.stderr).not.toBeNull();
      expect(valid(readFileSync(path.join(dir, `shard-${k}.json`), 'utf8'))).toBe('valid');
    }
    const merged = await runCli(['merge', 'shard-1.json', 'shard-2.json', '--format', 'json'], { cwd: dir });
    expect(merged.code).toBe(2);
    expect(valid(merged.stdout)).toBe('valid');
  });
});
