import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('clausecheck agenda (the process)', () => {
  it('--until a date includes that day; json to stdout and ics to a file in one run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-agenda-'));
    const ics = path.join(dir, 'deadlines.ics');
    const result = await runCli(['agenda', 'examples/expiring.yaml', '--as-of', '2026-11-26', '--until', '2026-11-30', '--format', 'json', '--format', `ics=${ics}`, '--alarm-days', '2']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.until).toBe('2026-12-01T00:00:00+08:00');
    expect(doc.events.map((e: { at: string; kind: string }) => `${e.at} ${e.kind}`)).toEqual(['2026-11-28T00:00:00+08:00 renew-by', '2026-11-30T01:00:00+08:00 backup-stale']);
    const calendar = readFileSync(ics, 'utf8');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(calendar).toContain('TRIGGER:-P2D\r\n');
  });

  it('an invalid file: exit 2, the other files’ events still listed', async () => {
    const result = await runCli(['agenda', 'examples', '--as-of', '2026-11-26', '--days', '30', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('examples/invalid.yaml is invalid');
    expect(JSON.parse(result.stdout).events.length).toBeGreaterThan(10);
  });

  it('usage errors: --days with --until, an unknown format', async () => {
    const both = await runCli(['agenda', 'examples/expiring.yaml', '--days', '3', '--until', '2026-12-01']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give --days or --until, not both');
    const unknown = await runCli(['agenda', 'examples/expiring.yaml', '--format', 'sarif']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown agenda format "sarif"');
  });
});
