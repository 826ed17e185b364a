import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { runCli as spawnCli } from './run-cli.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'clausecheck-import-cli-'));

describe('clausecheck import (the CLI)', () => {
  it('imports recorded answers: results only in the file, diagnostics on stderr, exit 0', async () => {
    const out = path.join(dir(), 'account.yaml');
    const run = await runCli(['import', '--from', 'test/fixtures/import/account', '-o', out, '--captured-at', '2026-11-29T10:00:00+08:00']);
    expect(run).toEqual({ stdout: '', stderr: `Wrote ${out}.\n`, code: 0 });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(`${ROOT}test/fixtures/import/expected.yaml`, 'utf8'));
    const check = await runCli(['check', out, '--as-of', '2026-11-29T10:00:00', '--format', 'json']);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).files[0]).toMatchObject({ valid: true });
  });

  it('refuses a call without a source or an output, and --from with --live (exit 2)', async () => {
    expect(await runCli(['import', '-o', 'x.yaml'])).toEqual({
      stdout: '',
      stderr: 'clausecheck: choose where to import from: --from DIR (recorded answers) or --live (the account, through the API)\n  e.g. clausecheck import --live -o account.yaml\n',
      code: 2,
    });
    expect((await runCli(['import', '--from', 'a', '--live', '-o', 'x.yaml'])).stderr).toBe('clausecheck: --from and --live cannot be used together\n');
    expect((await runCli(['import', '--from', 'a'])).stderr).toBe('clausecheck: say where to write the profile: -o FILE (or --merge FILE)\n');
  });

  it('--live loads the SDK from the bundle and names missing credentials (no network needed), writing nothing', () => {
    const home = dir();
    mkdirSync(path.join(home, '.aliyun'));
    writeFileSync(path.join(home, '.aliyun', 'config.json'), JSON.stringify({ current: 'default', profiles: [{ name: 'default', mode: 'AK', access_key_id: 'id', access_key_secret: 'not-a-secret', region_id: 'cn-hangzhou' }] }));
    const out = path.join(home, 'account.yaml');
    // Spawned: this proves the installed bundle finds and loads the SDK.
    const run = spawnCli(['import', '--live', '--profile', 'nobody', '-o', out], { env: { HOME: home, ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '' } });
    expect(run).toEqual({
      stdout: '',
      stderr:
        "clausecheck: no Alibaba Cloud credentials found (unable to get profile with 'nobody')\n  check ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET, the aliyun CLI profile (--profile NAME), or the OIDC role settings\n",
      code: 2,
    });
    expect(existsSync(out)).toBe(false);
  });
});
