import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseShard, selectShard, shardOf } from '../../src/batch/shard.js';
import type { Report } from '../../src/contract/report.js';
import { AS_OF, profileTree, run } from './fixtures.js';

describe('--shard K/N', () => {
  const paths = Array.from({ length: 3000 }, (_, i) => `profiles/team-${i % 7}/account-${String(i).padStart(5, '0')}.yaml`);

  it('parses K/N and refuses anything else', async () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '1/3/5', '-1/3']) expect(() => parseShard(bad), bad).toThrow('--shard: expected K/N');
  });

  it('the shards of a run are complete and disjoint, for any N', async () => {
    for (const count of [1, 2, 3, 5, 8]) {
      const shards = Array.from({ length: count }, (_, k) => selectShard(paths.map((file) => ({ file })), { index: k + 1, count }).map((x) => x.file));
      expect(shards.flat().sort()).toEqual([...paths].sort());
      expect(new Set(shards.flat()).size).toBe(paths.length);
      // Roughly even: each shard within 20% of its share.
      for (const shard of shards) expect(Math.abs(shard.length - paths.length / count)).toBeLessThan((0.2 * paths.length) / count + 1);
    }
  });

  it('is stable as files are added or removed: a file never changes shard', async () => {
    const before = new Map(paths.map((p) => [p, shardOf(p, 4)]));
    const more = [...paths, ...Array.from({ length: 500 }, (_, i) => `profiles/new/n-${i}.yaml`)].reverse().slice(100);
    for (const p of more) if (before.has(p)) expect(shardOf(p, 4)).toBe(before.get(p));
    // Selection keeps input order and depends only on each path.
    const selected = selectShard(more.map((file) => ({ file })), { index: 3, count: 4 }).map((x) => x.file);
    expect(selected).toEqual(more.filter((p) => shardOf(p, 4) === 3));
  });

  it('k8s/N takes the shard from JOB_COMPLETION_INDEX (0-based) and says what is wrong with it', async () => {
    expect(parseShard('k8s/8', { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 1, count: 8 });
    expect(parseShard('k8s/8', { JOB_COMPLETION_INDEX: '7' })).toEqual({ index: 8, count: 8 });
    expect(() => parseShard('k8s/8', {})).toThrow('--shard k8s/8: JOB_COMPLETION_INDEX is not set');
    expect(() => parseShard('k8s/8', { JOB_COMPLETION_INDEX: '8' })).toThrow('--shard k8s/8: JOB_COMPLETION_INDEX is "8", expected a whole number from 0 to 7');
    expect(() => parseShard('k8s/8', { JOB_COMPLETION_INDEX: 'x' })).toThrow('expected a whole number from 0 to 7');
    expect(() => parseShard('k8s/0', { JOB_COMPLETION_INDEX: '0' })).toThrow('--shard k8s/N: N must be at least 1');
  });

  it('hashes the path as shown, ignoring ./ and doubled slashes', async () => {
    expect(shardOf('./profiles//a.yaml', 97)).toBe(shardOf('profiles/a.yaml', 97));
  });
});

const CONFIG = `waivers:
  - rule: backup-health
    reason: Backups are being migrated.
    owner: dba@example.com
    expires: 2027-06-30
  - rule: arrears
    files: "profiles/overdue.yaml"
    reason: Paid by bank transfer, not yet booked.
    owner: finance@example.com
    expires: 2027-01-31
    reference: FIN-42
  - rule: data-residency
    subject: no-such-order
    reason: Legacy order.
    owner: ops@example.com
    expires: 2027-03-31
  - rule: backup-coverage
    reason: Backup plan in progress.
    owner: ops@example.com
    expires: 2026-01-01
  - rule: audit-trail-retention
    files: "profiles/team-1/**"
    reason: Trail store moves in Q1.
    owner: sec@example.com
    expires: 2026-12-31
`;

describe('merge: shards 1/3, 2/3, 3/3 merged are one unsharded run, byte for byte', () => {
  let root = '';
  /** The unsharded run's JSON report (stdout). */
  let wholeJson = '';
  /** Writes <name>-1.json, <name>-2.json and <name>-3.json (the second with two threads). */
  const shards = async (name: string, extra: string[] = []) => {
    for (const k of [1, 2, 3]) {
      const shard = await run(['check', 'profiles', '--as-of', AS_OF, '--shard', `${k}/3`, '--format', `json=${name}-${k}.json`, '--jobs', k === 2 ? '2' : '1', ...extra], { cwd: root, env: { CLAUSECHECK_PARALLEL_MIN: '0' } });
      expect(shard.stderr).toBe('');
    }
  };
  const mergeShards = (format: string, mergeArgs: string[] = [], name = 'shard') => run(['merge', `${name}-3.json`, `${name}-1.json`, `${name}-2.json`, '--format', format, ...mergeArgs], { cwd: root });
  beforeAll(async () => {
    root = profileTree(12, 11);
    writeFileSync(path.join(root, '.clausecheck.yaml'), CONFIG);
    wholeJson = (await run(['check', 'profiles', '--as-of', AS_OF, '--format', 'json'], { cwd: root })).stdout;
    await shards('shard');
  });

  for (const format of ['json', 'text']) {
    it(`${format}, with waivers used in one shard only, unused in all, and expired across shards`, async () => {
      const whole = await run(['check', 'profiles', '--as-of', AS_OF, '--format', format, '--verbose'], { cwd: root });
      const merged = await mergeShards(format, ['--verbose']);
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(whole.code);
      expect(merged.stdout === whole.stdout, 'merged output differs from the unsharded run').toBe(true);
      if (format === 'json') {
        const report = JSON.parse(whole.stdout) as Report;
        const config = report.files.at(-1)!;
        expect(config.file).toBe('.clausecheck.yaml');
        expect(config.findings.map((f) => [f.subject, f.data.kind])).toEqual([
          ['waivers[2]', 'unused'],
          ['waivers[3]', 'expired'],
        ]);
        expect(config.findings[1]!.data.covers).toBeGreaterThan(3);
        const shards = [1, 2, 3].map((k) => JSON.parse(readFileSync(path.join(root, `shard-${k}.json`), 'utf8')) as Report);
        // The arrears waiver was used only where overdue.yaml went: the other shards called it unused.
        expect(shards.filter((s) => s.files.some((f) => f.findings.some((x) => x.subject === 'waivers[1]'))).length).toBe(2);
      }
    });
  }

  it('a waivers file that is itself among the inputs gets its waiver findings in its own entry, sharded or not', async () => {
    writeFileSync(path.join(root, 'profiles/waivers.yaml'), CONFIG);
    try {
      const whole = await run(['check', 'profiles', '--as-of', AS_OF, '--format', 'json', '--waivers', 'profiles/waivers.yaml'], { cwd: root });
      const report = JSON.parse(whole.stdout) as Report;
      const entry = report.files.find((f) => f.file === 'profiles/waivers.yaml')!;
      expect(entry.valid).toBe(false);
      expect(entry.findings.map((f) => f.rule)).toContain('waiver');
      expect(report.files.filter((f) => f.file === 'profiles/waivers.yaml')).toHaveLength(1);
      expect((await run(['check', 'profiles', '--as-of', AS_OF, '--format', 'json', '--waivers', 'profiles/waivers.yaml', '--jobs', '2'], { cwd: root, env: { CLAUSECHECK_PARALLEL_MIN: '0' } })).stdout).toBe(whole.stdout);
      await shards('with-waivers', ['--waivers', 'profiles/waivers.yaml']);
      expect((await mergeShards('json', [], 'with-waivers')).stdout === whole.stdout).toBe(true);
    } finally {
      unlinkSync(path.join(root, 'profiles/waivers.yaml')); // back to the tree the other tests share
    }
  });

  it('a Kubernetes Indexed Job: the same command line in every pod, JOB_COMPLETION_INDEX set, then merge', async () => {
    for (const index of ['0', '1', '2']) {
      const pod = await run(['check', 'profiles', '--as-of', AS_OF, '--shard', 'k8s/3', '--fail-on', 'never', '--format', `json=k8s-${index}.json`], { cwd: root, env: { JOB_COMPLETION_INDEX: index } });
      expect(pod.stderr).toBe('');
      expect(pod.code).toBe(2); // the tree holds invalid files on purpose; exit 2 is still reported by a pod
    }
    const merged = await run(['merge', 'k8s-0.json', 'k8s-1.json', 'k8s-2.json', '--format', 'json'], { cwd: root });
    expect(merged.stdout === wholeJson, 'merged k8s shards differ from the unsharded run').toBe(true);
  });

  it('merges into any format (sarif, junit) as the unsharded run writes it', async () => {
    const formats = ['sarif', 'junit', 'markdown'];
    await run(['check', 'profiles', '--as-of', AS_OF, ...formats.flatMap((f) => ['--format', `${f}=whole.${f}`])], { cwd: root });
    await run(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', ...formats.flatMap((f) => ['--format', `${f}=merged.${f}`])], { cwd: root });
    for (const format of formats) expect(readFileSync(path.join(root, `merged.${format}`), 'utf8'), format).toBe(readFileSync(path.join(root, `whole.${format}`), 'utf8'));
  });

  it('an empty shard still writes a report, and merges', async () => {
    const few = profileTree(0, 3);
    const shards = [];
    for (const k of [1, 2, 3, 4, 5, 6, 7, 8]) shards.push(await run(['check', 'profiles', '--as-of', AS_OF, '--shard', `${k}/8`, '--format', `json=s${k}.json`], { cwd: few }));
    expect(shards.every((s) => s.stderr === '')).toBe(true);
    const sizes = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => (JSON.parse(readFileSync(path.join(few, `s${k}.json`), 'utf8')) as Report).files.length);
    expect(sizes).toContain(0);
    const merged = await run(['merge', ...[1, 2, 3, 4, 5, 6, 7, 8].map((k) => `s${k}.json`), '--format', 'json'], { cwd: few });
    expect(merged.stdout).toBe((await run(['check', 'profiles', '--as-of', AS_OF, '--format', 'json'], { cwd: few })).stdout);
  });

  it('refuses reports of different runs, overlapping reports, and files that are not reports', async () => {
    await run(['check', 'profiles', '--as-of', '2026-11-27', '--shard', '1/3', '--format', 'json=other-day.json'], { cwd: root });
    const differ = await run(['merge', 'shard-2.json', 'other-day.json'], { cwd: root });
    expect(differ.code).toBe(2);
    expect(differ.stderr).toContain('the reports differ in asOf: shard-2.json has 2026-11-26T00:00:00+08:00, other-day.json has 2026-11-27T00:00:00+08:00');
    const twice = await run(['merge', 'shard-1.json', 'shard-1.json'], { cwd: root });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/is in both shard-1\.json and shard-1\.json/);
    writeFileSync(path.join(root, 'not-a-report.json'), '{"files": 3}');
    expect((await run(['merge', 'not-a-report.json'], { cwd: root })).stderr).toContain('not-a-report.json is not a clausecheck JSON report (version 1)');
    expect((await run(['merge', 'missing.json'], { cwd: root })).stderr).toContain('cannot read missing.json: no such file');
    expect((await run(['merge'], { cwd: root })).code).toBe(2);
  });
});

