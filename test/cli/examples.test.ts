import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { runCli as spawnCli } from './run-cli.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const ARGS = ['check', 'examples', '--as-of', '2026-11-26'];

function golden(name: string, actual: string): void {
  const file = `${ROOT}test/golden/${name}`;
  if (UPDATE) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('the built CLI on the shipped examples (golden files)', () => {
  it('prints the expected text report and exits 2 (examples/invalid.yaml is invalid on purpose)', async () => {
    const result = await runCli(ARGS);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(2);
    golden('examples.txt', result.stdout);
  });

  it('prints the expected verbose text report', async () => {
    golden('examples-verbose.txt', (await runCli([...ARGS, '--verbose'])).stdout);
  });

  it('prints the expected JSON report, following report-format.md', async () => {
    const result = await runCli([...ARGS, '--format', 'json']);
    expect(result.code).toBe(2);
    golden('examples.json', result.stdout);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ version: 1, tool: { name: 'clausecheck' }, agreement: 'aliyun-service-agreement@2020-09-24', asOf: '2026-11-26T00:00:00+08:00' });
    const validate = new Ajv({ allErrors: true, strict: false }).compile(REPORT_SCHEMA);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('prints the expected zh-CN text report, byte for byte the same on worker threads', async () => {
    const result = await runCli([...ARGS, '--lang', 'zh-CN']);
    expect(result.code).toBe(2);
    golden('examples.zh-CN.txt', result.stdout);
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-zh-'));
    const one = await runCli([...ARGS, '--lang', 'zh-CN', '--jobs', '1', '--format', `json=${dir}/one.json`]);
    const threaded = await runCli([...ARGS, '--lang', 'zh-CN', '--jobs', '2', '--format', 'text', '--format', `json=${dir}/two.json`], { env: { CLAUSECHECK_PARALLEL_MIN: '1' } });
    expect(one.code).toBe(2);
    expect(threaded.stdout).toBe(result.stdout);
    expect(readFileSync(`${dir}/two.json`, 'utf8')).toBe(readFileSync(`${dir}/one.json`, 'utf8'));
    expect(readFileSync(`${dir}/one.json`, 'utf8')).toContain('"messageId":"overdue"');
  });

  it('gives byte-identical output whatever the machine time zone', () => {
    // Spawned: a process's time zone is fixed when it starts. The base run is the built CLI too.
    const base = spawnCli([...ARGS, '--format', 'json']).stdout;
    expect(base).toBe(readFileSync(`${ROOT}test/golden/examples.json`, 'utf8'));
    for (const zone of ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
      expect(spawnCli([...ARGS, '--format', 'json'], { env: { TZ: zone } }).stdout).toBe(base);
    }
  });
});

/** The v1 report shape of report-format.md, as a JSON Schema. */
const REPORT_SCHEMA = {
  type: 'object',
  required: ['version', 'tool', 'agreement', 'asOf', 'files', 'summary'],
  properties: {
    version: { const: 1 },
    tool: { type: 'object', required: ['name', 'version'], properties: { name: { const: 'clausecheck' }, version: { type: 'string' } } },
    agreement: { type: 'string' },
    asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00$' },
    files: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'sha256', 'valid', 'errors', 'findings'],
        properties: {
          file: { type: 'string' },
          sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' },
          valid: { type: 'boolean' },
          notes: { type: 'array', items: { type: 'string' } },
          errors: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message', 'path', 'line', 'column'],
              properties: { message: { type: 'string' }, path: { type: 'array', items: { type: ['string', 'integer'] } }, line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } },
            },
          },
          findings: {
            type: 'array',
            items: {
              type: 'object',
              required: ['rule', 'status', 'clauses', 'subject', 'message', 'path', 'line', 'column', 'data'],
              properties: {
                rule: { type: 'string' },
                status: { enum: ['pass', 'warn', 'fail', 'skip'] },
                clauses: { type: 'array', items: { type: 'string' } },
                subject: { type: 'string' },
                message: { type: 'string', minLength: 1 },
                path: { type: 'array', items: { type: ['string', 'integer'] } },
                line: { type: 'integer', minimum: 1 },
                column: { type: 'integer', minimum: 1 },
                data: { type: 'object', propertyNames: { pattern: '^[a-z][a-zA-Z0-9]*$' } },
              },
              if: { properties: { status: { const: 'skip' } } },
              then: { properties: { data: { required: ['reason'], properties: { reason: { enum: ['no data', 'not applicable'] } } } } },
            },
          },
        },
      },
    },
    summary: {
      type: 'object',
      required: ['files', 'invalid', 'pass', 'warn', 'fail', 'skip'],
      additionalProperties: { type: 'integer' },
    },
  },
};

describe('the examples exercise every rule', () => {
  it('each rule gives at least one warn or fail finding on the shipped examples', async () => {
    const { RULES } = await import('../../rules/index.js');
    const report = JSON.parse((await runCli([...ARGS, '--format', 'json'])).stdout);
    const seen = new Set<string>();
    for (const file of report.files) for (const f of file.findings) if (f.status === 'warn' || f.status === 'fail') seen.add(f.rule);
    expect(RULES.map((r) => r.id).filter((id) => !seen.has(id))).toEqual([]);
  });
});
