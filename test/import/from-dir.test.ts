import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/load/load-profile.js';
import { parseWhen } from '../../src/model/time.js';
import { ACCOUNT_DIR, checkText, EXPECTED_FILE, importTo, scratch } from './helpers.js';

const asOf = (text: string) => (parseWhen(text) as { at: number }).at;

describe('clausecheck import --from', () => {
  it('imports the recorded account to exactly the expected profile, which validates', async () => {
    const out = path.join(scratch(), 'account.yaml');
    const { code, log } = await importTo({ from: ACCOUNT_DIR, output: out });
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toBe(readFileSync(EXPECTED_FILE, 'utf8'));
    expect(loadProfile(out, Buffer.from(text)).errors).toEqual([]);
    expect(log.at(-1)).toBe(`Wrote ${out}.`);
  });

  it('maps the judgement calls: negative balance with separators, UTC instants kept, paging, regions, ttl 3650, MaxLoginAttemps', () => {
    const { profile } = loadProfile('expected.yaml', readFileSync(EXPECTED_FILE));
    const p = profile!;
    expect(p.captured_at?.text).toBe('2026-11-29T10:00:00+08:00');
    expect(p.account.billing?.balance).toBe(-1_234_560_000n);
    // EndTime 2026-11-30T16:00:00Z is Beijing midnight: kept as that instant, not truncated to 2026-11-30.
    const ecs = p.orders!.find((o) => o.id === '231457800010001')!;
    expect(ecs.term?.end).toEqual({ text: '2026-12-01T00:00:00+08:00', isDate: false, at: Date.UTC(2026, 10, 30, 16) });
    // A JSON number (PretaxAmount 3240.91) is read from its text.
    expect(p.orders!.find((o) => o.id === '231457800020002')!.amount).toBe(3_240_910_000n);
    // Page 2 of ListUsers and of QueryAvailableInstances; cn-shanghai disks and backups.
    expect(p.account.ram_users!.map((u) => u.name)).toEqual(['ci-deploy', 'li.na', 'zhang.wei']);
    expect(p.orders!.find((o) => o.resource === 'i-uf6a1b2c3d4e5f6g7h8i')?.renewal).toEqual({ intent: 'let-expire', auto: false });
    expect(p.backups!.map((b) => [b.resource, b.enabled, b.interval_hours ?? null, b.retention_days ?? null])).toEqual([
      ['i-bp1f2a3b4c5d6e7f8g9h', true, 24, 30],
      ['i-uf6a1b2c3d4e5f6g7h8i', false, null, null],
      ['rm-uf6wjk5xxxxxxxxxx', true, 48, 7],
    ]);
    expect(p.log_retention).toEqual([{ name: 'account-trail', kind: 'audit-trail', region: 'cn-hangzhou', enabled: true, retention_days: -1 }]);
    expect(p.account.password_policy).toEqual({ min_length: 12, character_classes: 3, max_age_days: 90, reuse_prevention: 4, max_login_attempts: 5 });
    // An error answer (EntityNotExist.User.LoginProfile) is "no console".
    const users = Object.fromEntries(p.account.ram_users!.map((u) => [u.name, u]));
    expect([users['ci-deploy']!.console, users['li.na']!.console, users['zhang.wei']!.console]).toEqual([false, true, true]);
    // Vouchers: only available ones; the resource package's use is total minus remaining, exactly.
    expect(p.account.billing?.credits).toEqual([{ id: 'CC-2026-0001', kind: 'voucher', amount: 500_000_000n, expires_at: { text: '2026-12-31T23:59:59+08:00', isDate: false, at: Date.UTC(2026, 11, 31, 15, 59, 59) } }]);
    expect(p.orders!.find((o) => o.kind === 'resource-package')?.package).toMatchObject({ quantity: 40_000_000n, used: 27_500_000n, unit: 'GB' });
  });

  it('is judged by check: the negative balance is arrears, the disabled backup a fail', () => {
    const report = checkText(readFileSync(EXPECTED_FILE, 'utf8'), asOf('2026-11-29T10:00:00'));
    expect(report.valid).toBe(true);
    expect(report.findings.find((f) => f.rule === 'arrears')).toMatchObject({ status: 'fail', message: 'The account is in arrears by ¥1,234.56.', line: 50, column: 14 });
    expect(report.findings.find((f) => f.rule === 'backup-coverage' && f.status === 'fail')).toMatchObject({ subject: '231457800030003' });
    expect(report.findings.find((f) => f.rule === 'audit-trail-retention')).toMatchObject({ status: 'pass' });
  });

  it('reports unknown and malformed files with their location, and still imports the rest (exit 2)', async () => {
    const dir = scratch();
    for (const name of readdirSync(ACCOUNT_DIR)) copyFileSync(path.join(ACCOUNT_DIR, name), path.join(dir, name));
    writeFileSync(path.join(dir, 'Ram.GetUser.li.na.json'), '{\n  "User": {\n    "UserName": "li.na",\n    "LastLoginDate": "2026-11-01T00:00:00Z",,\n  }\n}\n');
    writeFileSync(path.join(dir, 'Oss.ListBuckets.json'), '{}\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'hello\n');
    const out = path.join(dir, 'out', 'account.yaml');
    mkdirSync(path.dirname(out));
    const { code, log } = await importTo({ from: dir, output: out });
    expect(code).toBe(2);
    expect(log).toContain(`${path.join(dir, 'Ram.GetUser.li.na.json')}:4:45: not valid JSON: expected a key in quotes, found ","; skipped`);
    expect(log).toContain(`${path.join(dir, 'Oss.ListBuckets.json')}: not a recorded answer the importer reads (expected <Product>.<Action>[.<key>].json for a known action); skipped`);
    expect(log).toContain(`${path.join(dir, 'notes.txt')}: not a recorded answer the importer reads (expected <Product>.<Action>[.<key>].json for a known action); skipped`);
    expect(log).toContain('3 recorded answer files could not be used (see above); the rest was imported');
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(EXPECTED_FILE, 'utf8'));
  });

  it('reads an absent per-entity file as unknown, never as "no"', async () => {
    const dir = scratch();
    for (const name of readdirSync(ACCOUNT_DIR)) if (!name.endsWith('.li.na.json')) copyFileSync(path.join(ACCOUNT_DIR, name), path.join(dir, name));
    const out = path.join(dir, 'account.yaml');
    expect((await importTo({ from: dir, output: out })).code).toBe(0);
    const liNa = loadProfile(out, readFileSync(out)).profile!.account.ram_users!.find((u) => u.name === 'li.na')!;
    expect(liNa).toEqual({ name: 'li.na', enabled: true, created_at: { text: '2024-07-18T09:02:03+08:00', isDate: false, at: Date.UTC(2024, 6, 18, 1, 2, 3) }, mfa: false });
  });

  it('refuses a folder that does not exist and one without the caller identity, writing nothing', async () => {
    const out = path.join(scratch(), 'account.yaml');
    await expect(importTo({ from: path.join(ACCOUNT_DIR, 'missing'), output: out })).rejects.toMatchObject({ message: `${path.join(ACCOUNT_DIR, 'missing')} is not a folder of recorded API answers` });
    const dir = scratch();
    copyFileSync(path.join(ACCOUNT_DIR, 'Ram.GetPasswordPolicy.json'), path.join(dir, 'Ram.GetPasswordPolicy.json'));
    await expect(importTo({ from: dir, output: out })).rejects.toMatchObject({ message: 'the account id is unknown: Sts.GetCallerIdentity was not recorded or is an error' });
    expect(existsSync(out)).toBe(false);
  });
});
