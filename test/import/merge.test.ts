import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/load/load-profile.js';
import { ACCOUNT_DIR, importTo, scratch } from './helpers.js';

const MAINTAINED = new URL('../fixtures/import/maintained.yaml', import.meta.url);
const MERGED = new URL('../fixtures/import/merged.yaml', import.meta.url);

function maintainedCopy(): string {
  const file = path.join(scratch(), 'account.yaml');
  copyFileSync(MAINTAINED, file);
  return file;
}

/** Lines written by hand in the maintained profile, which the import does not own. */
const HAND_WRITTEN = [
  '# Acme\'s account, kept in the config repository. Refreshed nightly by `clausecheck import --merge`.',
  'agreement: aliyun-service-agreement@2020-09-24',
  'captured_at: 2026-11-29T10:00:00+08:00   # last nightly run',
  '  data_regions: [cn-hangzhou, cn-shanghai]   # chosen in the 2025 architecture review',
  '    phone: "+86 571 8888 0000"',
  '    notice_recipients: [zhang.wei]',
  '    mfa: true   # fixed since: the import will say so',
  '      owner: Li Na   # the CI pipeline\'s owner',
  '      # October\'s bill, paid late',
  '  # bought through the CADT, by hand',
  '    channel: cadt',
  '      start: 2025-12-01',
  '      price: "11664.00"   # list price for one more year',
  '  - id: OFFLINE-2024-001   # an offline contract, not in BSS',
  '    last_restore_test_at: 2026-09-15   # quarterly drill',
  '  - name: web-access   # the website\'s Nginx logs, mapped by hand',
  '    fields: [content, time, ip, domain]',
  '  - id: N-2026-07',
];

describe('clausecheck import --merge', () => {
  it('replaces only what the import owns, keeps hand-written sections and comments byte for byte, and reports the changes', async () => {
    const file = maintainedCopy();
    const { code, log } = await importTo({ from: ACCOUNT_DIR, output: file });
    expect(code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(readFileSync(MERGED, 'utf8'));
    const lines = text.split('\n');
    for (const line of HAND_WRITTEN) expect(lines, line).toContain(line);
    // Everything before the first owned change is untouched, byte for byte.
    const before = readFileSync(MAINTAINED, 'utf8');
    expect(text.slice(before.indexOf('agreement'), before.indexOf('captured_at'))).toBe(before.slice(before.indexOf('agreement'), before.indexOf('captured_at')));
    expect(text.slice(text.indexOf('notices:'), text.indexOf('incidents:'))).toBe(before.slice(before.indexOf('notices:')));
    expect(loadProfile(file, Buffer.from(text)).errors).toEqual([]);
    expect(log).toEqual([
      '  ~ captured_at',
      '  ~ account.root.mfa',
      '  ~ RAM user ci-deploy: access_keys',
      '  - RAM user wang.fang',
      '  ~ RAM user zhang.wei: last_login_at',
      '  + RAM user li.na',
      '  ~ account.billing.balance',
      '  + account.billing.credits',
      '  ~ order 231457800010001: renewal.auto',
      '  = order OFFLINE-2024-001 kept: not in this import (remove it by hand if it is gone)',
      '  + order 231457800020002',
      '  + order 231457800030003',
      '  + order OSSBAG-cn-0pp1abcdefg',
      '  ~ backup i-bp1f2a3b4c5d6e7f8g9h: last_success_at',
      '  + backup i-uf6a1b2c3d4e5f6g7h8i',
      '  + backup rm-uf6wjk5xxxxxxxxxx',
      '  = log store web-access kept: not in this import (remove it by hand if it is gone)',
      '  + log store account-trail',
      '  + incidents',
      `Wrote ${file} (17 changes).`,
    ]);
  });

  it('is idempotent: a second run changes nothing and does not touch the file', async () => {
    const file = maintainedCopy();
    await importTo({ from: ACCOUNT_DIR, output: file });
    const mtime = statSync(file).mtimeMs;
    const { code, log } = await importTo({ from: ACCOUNT_DIR, output: file });
    expect(code).toBe(0);
    expect(log.at(-1)).toBe(`${file} is up to date (no changes).`);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(MERGED, 'utf8'));
  });

  it('refuses to merge another account\'s import, leaving the file as it was', async () => {
    const file = maintainedCopy();
    const other = readFileSync(MAINTAINED, 'utf8').replace('id: "1234567890123456"', 'id: "9999000011112222"');
    writeFileSync(file, other);
    await expect(importTo({ from: ACCOUNT_DIR, output: file })).rejects.toMatchObject({
      message: `${file} describes account 9999000011112222, but the import is of account 1234567890123456`,
      hint: 'merge into the profile of the same account, or write a new file with -o',
    });
    expect(readFileSync(file, 'utf8')).toBe(other);
  });

  it('refuses a profile that is not YAML, with its location', async () => {
    const file = path.join(scratch(), 'broken.yaml');
    writeFileSync(file, 'format: clausecheck/v1\naccount:\n  id: "1"\n   bad: [\n');
    await expect(importTo({ from: ACCOUNT_DIR, output: file })).rejects.toMatchObject({ message: expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:4:\\d+: .*; cannot merge into it$`)) });
  });
});
