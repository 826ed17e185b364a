import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveSource, type LiveOptions } from '../../src/import/live.js';
import { ACCOUNT_DIR, EXPECTED_FILE, importTo, scratch } from './helpers.js';
import { startReplay, type Fault, type Replay } from './replay-server.js';

let replay: Replay | undefined;

beforeEach(() => {
  vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAI5tReplayTestKey01');
  vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'replay-test-secret-not-real-000');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await replay?.close();
  replay = undefined;
});

async function live(faults: Fault[] = [], options: Partial<LiveOptions> = {}) {
  replay = await startReplay(ACCOUNT_DIR, faults);
  return liveSource({ endpoint: replay.endpoint, backoffMs: 1, now: () => Date.UTC(2026, 10, 29, 2), ...options });
}

describe('clausecheck import --live (the real SDK against a loopback replay)', () => {
  it('imports the same profile as --from, calling every page and region, and saves exactly the files --from reads', async () => {
    const dir = scratch();
    const out = path.join(dir, 'account.yaml');
    const saved = path.join(dir, 'answers');
    const { code, log } = await importTo({ live: await live(), output: out, saveResponses: saved });
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(EXPECTED_FILE, 'utf8'));
    expect(replay!.calls).toContain('Ram.ListUsers.2');
    expect(replay!.calls).toContain('BssOpenApi.QueryAvailableInstances.2');
    expect(replay!.calls.filter((c) => c.startsWith('Ecs.DescribeDisks.'))).toEqual(['Ecs.DescribeDisks.cn-hangzhou.1', 'Ecs.DescribeDisks.cn-shanghai.1']);
    expect(replay!.calls).toContain('Sls.GetLogStore.audit-logs.actiontrail_account-trail');
    // No HBR for this account: noted, and its data stays unknown.
    expect(log).toContain('Hbr is not available in cn-hangzhou (ServiceNotOpened); its data there stays unknown');
    expect(log).toContain('Hbr is not available in cn-shanghai (ServiceNotOpened); its data there stays unknown');
    expect(readdirSync(saved).sort()).toEqual(readdirSync(ACCOUNT_DIR).sort());
    // The saved answers replay offline to the same profile.
    const again = path.join(dir, 'again.yaml');
    await importTo({ from: saved, output: again });
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(EXPECTED_FILE, 'utf8'));
    // Amounts that arrived as JSON numbers are saved from their text; no secret is in any saved answer.
    expect(readFileSync(path.join(saved, 'BssOpenApi.QueryOrders.1.json'), 'utf8')).toContain('"PretaxAmount": 3240.91');
    for (const name of readdirSync(saved)) expect(readFileSync(path.join(saved, name), 'utf8')).not.toContain('replay-test-secret');
    expect(readFileSync(out, 'utf8')).not.toContain('replay-test-secret');
  });

  it('treats a regional endpoint that does not resolve as the product missing there, not as a fault', async () => {
    replay = await startReplay(ACCOUNT_DIR);
    const endpoint = replay.endpoint;
    const source = liveSource({ endpoint: (p, r) => (p === 'Hbr' ? `${r}.nx.test:1` : endpoint(p, r)), backoffMs: 1, now: () => Date.UTC(2026, 10, 29, 2) });
    const out = path.join(scratch(), 'account.yaml');
    const { code, log } = await importTo({ live: source, output: out });
    expect(code).toBe(0);
    expect(log).toContain('Hbr is not available in cn-hangzhou (ENOTFOUND); its data there stays unknown');
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(EXPECTED_FILE, 'utf8'));
  });

  it('limits regional calls to --region', async () => {
    const out = path.join(scratch(), 'account.yaml');
    await importTo({ live: await live([], { regions: ['cn-hangzhou'] }), output: out });
    expect(replay!.calls.some((c) => c.includes('cn-shanghai'))).toBe(false);
  });

  const cases: [string, Fault[], string, string | undefined][] = [
    [
      'a refused AccessKey',
      [{ action: 'Sts.GetCallerIdentity', status: 404, body: { Code: 'InvalidAccessKeyId.NotFound', Message: 'Specified access key is not found.', RequestId: 'r1' } }],
      'Sts.GetCallerIdentity: the credentials were refused (InvalidAccessKeyId.NotFound); nothing was written',
      'check ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET, the aliyun CLI profile (--profile NAME), or the OIDC role settings',
    ],
    [
      'a missing RAM permission',
      [{ action: 'BssOpenApi.QueryAccountBalance', status: 403, body: { Code: 'Forbidden.RAM', Message: 'User not authorized to operate on the specified resource, or this API does not support RAM.', RequestId: 'r2' } }],
      'BssOpenApi.QueryAccountBalance: permission denied (Forbidden.RAM); the RAM identity needs bssapi:QueryAccountBalance; nothing was written',
      'grant the read-only policy in docs/import.md (section "RAM policy"), then run again',
    ],
    [
      'throttling that does not end',
      [{ action: 'Ram.GetUser', status: 400, body: { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.', RequestId: 'r3' } }],
      'Ram.GetUser(ci-deploy): still throttled after 4 attempts; nothing was written',
      "run again later, or outside the account's busy hours",
    ],
    [
      'a network error mid-way',
      [{ action: 'Ecs.DescribeSnapshots', hangUp: true }],
      'Ecs.DescribeSnapshots(d-bp1systemdisk0001): network error after 4 attempts (ECONNRESET); nothing was written',
      'check the connection to *.aliyuncs.com (and any proxy settings), then run again',
    ],
  ];
  for (const [what, faults, message, hint] of cases) {
    it(`stops on ${what} with a clear error naming the call, and writes nothing`, async () => {
      const dir = scratch();
      const out = path.join(dir, 'account.yaml');
      await expect(importTo({ live: await live(faults), output: out, saveResponses: path.join(dir, 'answers') })).rejects.toMatchObject({ message, hint });
      expect(existsSync(out)).toBe(false);
      expect(existsSync(path.join(dir, 'answers'))).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('retries throttling with backoff and then succeeds', async () => {
    const out = path.join(scratch(), 'account.yaml');
    const faults = [{ action: 'Ram.ListUsers', status: 400, body: { Code: 'Throttling', Message: 'Request was denied due to flow control.', RequestId: 'r4' }, times: 2 }];
    const { code } = await importTo({ live: await live(faults), output: out });
    expect(code).toBe(0);
    expect(replay!.calls.filter((c) => c === 'Ram.ListUsers.1')).toHaveLength(3);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(EXPECTED_FILE, 'utf8'));
  });
});
