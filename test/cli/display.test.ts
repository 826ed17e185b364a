import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ARGS = ['check', 'examples/overdue.yaml', '--as-of', '2026-11-26'];

describe('display options on the built CLI', () => {
  it('--only filters what is shown, in text and csv, and never changes the exit code', async () => {
    const all = await runCli(ARGS);
    const passOnly = await runCli([...ARGS, '--only', 'pass']);
    expect(all.code).toBe(1);
    expect(passOnly.code).toBe(1);
    const statuses = passOnly.stdout.split('\n').map((l) => l.match(/:\d+:\d+ +(fail|warn|pass|skip)  /)?.[1]).filter(Boolean);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['pass']));
    expect(passOnly.stdout.split('\n')[0]).toBe('examples/overdue.yaml  Ningbo Harbour Logistics Co., Ltd. (1520000000000077)');
    const csv = await runCli([...ARGS, '--only', 'fail', '--format', 'csv']);
    expect(csv.code).toBe(1);
    const rows = csv.stdout.trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^examples\/overdue\.yaml,1520000000000077,"Ningbo Harbour Logistics Co\., Ltd\.",\d+,\d+,[a-z-]+,[^,]*,fail,/);
  });

  it('--summary-only prints a line per file with something to show, then the totals', async () => {
    const result = await runCli(['check', 'examples', '--as-of', '2026-11-26', '--summary-only']);
    expect(result.code).toBe(2);
    const out = result.stdout.trimEnd().split('\n');
    expect(out.at(-1)).toMatch(/^\d+ files, 1 invalid: \d+ fail, \d+ warn, \d+ pass, \d+ skip \(as of 2026-11-26T00:00:00\+08:00\)$/);
    expect(out.some((l) => /^examples\/expiring\.yaml {2}Suzhou Garden Media Studio \(1610000000000305\) {2}\d+ fail, \d+ warn, \d+ pass, \d+ skip$/.test(l))).toBe(true);
    expect(out.every((l) => !/^ {2}/.test(l))).toBe(true);
  });

  it('rejects an unknown status or order with a usage error (exit 2)', async () => {
    const only = await runCli([...ARGS, '--only', 'fail,wran']);
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('--only: unknown status "wran"');
    const sort = await runCli([...ARGS, '--sort', 'soon']);
    expect(sort.code).toBe(2);
    expect(sort.stderr).toContain('--sort: unknown order "soon"');
  });

  it('writes the customer report headed by the account', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clausecheck-display-')), 'report.html');
    expect((await runCli([...ARGS, '--format', `html=${file}`])).code).toBe(1);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('"Ningbo Harbour Logistics Co., Ltd.","1520000000000077"');
    expect(html).toContain('id="clause-3.4"');
  });
});
