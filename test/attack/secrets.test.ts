/**
 * The secrets matrix: each kind of secret planted in every field of a profile (and in keys, aliases,
 * syntax errors, config and waiver fields), checked through every format and stderr: none echoed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/formatters/names.js';
import { ROOT } from '../cli/run-cli.js';
import { cli, leaks, plant, scalarPaths, SECRETS, type Secret } from './harness.js';

const BASE = readFileSync(path.join(ROOT, 'examples/overdue.yaml'), 'utf8');
const PATHS = scalarPaths(BASE);

/** Structural plantings: where a value becomes a key, an alias, a syntax token. */
function structural(secret: Secret): [string, string][] {

  const quoted = JSON.stringify(secret.value);
  return [
    ['unknown-key', BASE.replace('account:\n', `account:\n  ${quoted}: 1\n`)],
    ['duplicate-key', BASE.replace('account:\n', `account:\n  ${quoted}: 1\n  ${quoted}: 2\n`)],
    ['unknown-alias', BASE.replace('  site: cn', `  site: *${secret.value.replace(/[\s,[\]{}]+/g, '')}`)],
    ['syntax-token', BASE.replace('  site: cn', `  site: [${quoted}, {`)],
    ['bad-indent', BASE.replace('  site: cn', `  site: cn\n     ${secret.value.replace(/\s+/g, "_")}: x`)],
    ['cross-ref', BASE.replace('- id: B-2026-10', `- id: ${quoted}`).replace('B-2026-10', secret.value.replace(/\n/g, ' '))],
    ['flow-key', BASE.replace('data_regions: [cn-hangzhou]', `data_regions: {${quoted}: 1}`)],
  ];
}

async function runMatrix(dir: string, extra: string[] = []): Promise<{ outputs: Map<string, string>; stderr: string; code: number }> {
  const out = path.join(dir, 'out');
  const formats = FORMAT_NAMES.flatMap((name) => ['--format', `${name}=${path.join(out, `report.${name}`)}`]);
  const result = await cli(['check', path.join(dir, 'in'), '--as-of', '2026-11-26', '--jobs', '1', '--quiet', ...formats, ...extra]);
  const outputs = new Map<string, string>();
  for (const name of readdirSync(out)) outputs.set(name, readFileSync(path.join(out, name), 'utf8'));
  return { outputs, stderr: result.stderr, code: result.code };
}

describe('secrets matrix: no secret is echoed by any format or stderr', () => {
  for (const secret of SECRETS) {
    it(`${secret.kind} in every field of a profile, keys, aliases and syntax errors`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-secrets-'));
      mkdirSync(path.join(dir, 'in'));
      PATHS.forEach((p, i) => writeFileSync(path.join(dir, 'in', `f${String(i).padStart(3, '0')}.yaml`), plant(BASE, p, secret.value)));
      for (const [name, text] of structural(secret)) writeFileSync(path.join(dir, 'in', `s-${name}.yaml`), text);
      // Waivers whose reason, owner, reference and subject hold the secret (one used, one unused).
      const oneLine = secret.value.replace(/\n/g, ' ');
      writeFileSync(
        path.join(dir, 'waivers.yaml'),
        `waivers:\n  - rule: arrears\n    reason: ${JSON.stringify(`accepted ${oneLine}`)}\n    owner: ${JSON.stringify(oneLine)}\n    reference: ${JSON.stringify(oneLine)}\n    expires: 2026-12-31\n` +
          `  - rule: arrears\n    subject: ${JSON.stringify(oneLine)}\n    reason: r\n    owner: o\n    expires: 2026-12-31\n`,
      );
      const { outputs, stderr } = await runMatrix(dir, ['--waivers', path.join(dir, 'waivers.yaml')]);
      expect([...outputs.keys()].sort()).toEqual(FORMAT_NAMES.map((n) => `report.${n}`).sort());
      const json = JSON.parse(outputs.get('report.json')!);
      expect(json.files.length).toBe(PATHS.length + structural(secret).length + 1);
      for (const [name, text] of [...outputs, ['stderr', stderr] as const]) expect({ name, leaks: leaks(text, secret) }).toEqual({ name, leaks: [] });
    });
  }

  it('a secret-shaped subject is shown as a stable fingerprint', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-secrets-'));
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'a.yaml'), BASE.replace('- id: B-2026-10', `- id: ${SECRETS[0]!.value}`));
    const first = await runMatrix(dir);
    const again = await runMatrix(dir);
    const json = JSON.parse(first.outputs.get('report.json')!);
    const subjects = json.files[0].findings.filter((f: { rule: string }) => f.rule === 'arrears').map((f: { subject: string }) => f.subject);
    expect(subjects).toContain('secret#3b9b1d2c'.replace(/#.*/, subjects.find((s: string) => s.startsWith('secret#'))?.slice(6) ?? '#'));
    expect(subjects.find((s: string) => /^secret#[0-9a-f]{8}$/.test(s))).toBeDefined();
    expect(again.outputs.get('report.sarif')).toBe(first.outputs.get('report.sarif'));
  });

  for (const secret of SECRETS) {
    it(`${secret.kind} in a config file: unknown rule names, options, products, waiver fields (stderr)`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-secrets-cfg-'));
      mkdirSync(path.join(dir, 'in'));
      writeFileSync(path.join(dir, 'in', 'a.yaml'), BASE);
      const q = JSON.stringify(secret.value);
      writeFileSync(
        path.join(dir, 'cfg.yaml'),
        `fail_on: ${q}\nrules:\n  ${q}: off\n  arrears:\n    ${q}: 1\nproducts:\n  ${q}: {subscription: ${q}}\nwaivers:\n  - rule: ${q}\n    reason: r\n    owner: o\n    expires: ${q}\n  - rule: arrears\n    subject: s\n    reason: r\n    owner: o\n    expires: 2026-12-31\n    ${q}: x\n${q}: 1\n`,
      );
      const result = await cli(['check', path.join(dir, 'in'), '--as-of', '2026-11-26', '--config', path.join(dir, 'cfg.yaml'), '--quiet']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^clausecheck: invalid configuration:\n/);
      expect(leaks(result.stderr, secret)).toEqual([]);
    });
  }
});
