import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, formatSarif } from '../../src/report/formatters/sarif.js';
import { HOME_URL } from '../../src/contract/version.js';
import { ROOT } from '../cli/run-cli.js';
import { runCli } from '../helpers/cli.js';
import { AS_OF, CWD, INVALID_FILE, OUTSIDE_FILE, RULES, VALID_FILE, WAIVER_REASON, fixtureContext, fixtureReport } from './fixture.js';

const require = createRequire(import.meta.url);
/** The Multitool's native binary (called directly: its npm wrapper runs it through a shell). */
const MULTITOOL: string = require('@microsoft/sarif-multitool');
/** The official SARIF 2.1.0 schema, shipped beside the Multitool. */
const SCHEMA = JSON.parse(readFileSync(join(MULTITOOL, '..', 'sarif-2.1.0.json'), 'utf8'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const render = () => formatSarif(fixtureReport(), fixtureContext());
const log = (): Json => JSON.parse(render());
const results = (): Json[] => log().runs[0].results;
const ENCODED_VALID = 'profiles/%E5%8D%8E%E4%B8%9C%20%E5%AE%A2%E6%88%B7/acme%2Cinc.yaml';

interface Verdict {
  file: string;
  level: string;
  ruleId: string;
  text: string;
}

/** Runs `sarif-multitool validate` once over several files; the validator's results per file. */
function multitoolValidate(dir: string, files: string[]): { status: number | null; verdicts: Verdict[]; stdout: string } {
  const out = join(dir, 'validation.sarif');
  // Offline: the schema from beside the Multitool (not the report's $schema URL), and no rule that fetches URIs.
  const offline = ['-j', join(MULTITOOL, '..', 'sarif-2.1.0.json'), '-c', join(ROOT, 'test/fixtures/sarif/multitool-offline.xml')];
  const run = spawnSync(MULTITOOL, ['validate', ...files.map((f) => join(dir, f)), ...offline, '-o', out, '--log', 'ForceOverwrite'], { encoding: 'utf8', timeout: 120_000 });
  const validation: Json = JSON.parse(readFileSync(out, 'utf8'));
  const runLog = validation.runs[0];
  const rules: Json[] = runLog.tool.driver.rules ?? [];
  const verdicts = (runLog.results ?? []).map((r: Json) => ({
    file: String(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '').split('/').pop() ?? '',
    level: r.level ?? rules[r.ruleIndex]?.defaultConfiguration?.level ?? 'warning',
    ruleId: r.ruleId,
    text: JSON.stringify(r.message),
  }));
  return { status: run.status, verdicts, stdout: run.stdout };
}

describe('sarif: validated by Microsoft SARIF Multitool and the official schema', () => {
  let validation: ReturnType<typeof multitoolValidate>;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-sarif-'));
    for (const lang of ['en', 'zh-CN']) {
      const example = await runCli(['check', 'examples', '--as-of', '2026-11-26', '--format', 'sarif', '--lang', lang]);
      writeFileSync(join(dir, `examples-${lang}.sarif`), example.stdout);
    }
    writeFileSync(join(dir, 'report.sarif'), render());
    writeFileSync(join(dir, 'zh.sarif'), formatSarif(fixtureReport(), { ...fixtureContext(), lang: 'zh-CN' }));
    const broken = log();
    delete broken.runs[0].results[1].message;
    writeFileSync(join(dir, 'broken.sarif'), JSON.stringify(broken, null, 2));
    validation = multitoolValidate(dir, ['report.sarif', 'zh.sarif', 'broken.sarif', 'examples-en.sarif', 'examples-zh-CN.sarif']);
  }, 120_000);

  it('passes `sarif-multitool validate` with no errors and no warnings', () => {
    expect(validation.status).toBe(0);
    const ours = validation.verdicts.filter((v) => v.file === 'report.sarif');
    expect(ours.filter((v) => v.level === 'error')).toEqual([]);
    expect(ours.filter((v) => v.level === 'warning')).toEqual([]);
  });

  it('passes in zh-CN too: help texts and internal errors in Chinese, sentences ending with 。', () => {
    const zh = validation.verdicts.filter((v) => v.file === 'zh.sarif' && (v.level === 'error' || v.level === 'warning'));
    expect(zh).toEqual([]);
    const text = formatSarif(fixtureReport(), { ...fixtureContext(), lang: 'zh-CN' });
    expect(text).toContain('条款：§3.2.1。[规则文档](');
  });

  it('passes for the example run in both languages, with messageStrings and arguments in every finding result', () => {
    const examples = validation.verdicts.filter((v) => v.file.startsWith('examples-') && (v.level === 'error' || v.level === 'warning'));
    // SARIF2001 (a guideline, not the standard) wants each message string to end with an ASCII '.';
    // Chinese sentences end with 。. That warning, on zh-CN messageStrings only, is the one accepted.
    const periodOnly = (v: Verdict) => v.file === 'examples-zh-CN.sarif' && v.ruleId === 'SARIF2001' && v.text.includes('.messageStrings');
    expect(examples.filter((v) => !periodOnly(v))).toEqual([]);
    expect(examples.filter(periodOnly).length).toBeGreaterThan(40);
  });

  it('is a real check: the validator reports an error for a result without a message', () => {
    const broken = validation.verdicts.filter((v) => v.file === 'broken.sarif' && v.level === 'error');
    expect(broken.map((v) => v.ruleId)).toContain('JSON1002');
  });

  it('validates against the official SARIF 2.1.0 JSON schema with ajv (enums included, which the Multitool skips)', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/.test(s));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    ajv.addFormat('uuid', (s: string) => /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(s));
    const validate = ajv.compile(SCHEMA);
    expect(validate(log()), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const bad = log();
    bad.runs[0].results[0].level = 'bogus';
    expect(validate(bad)).toBe(false);
  });
});

describe('sarif: content', () => {
  it('has one run whose driver names the tool, its version, home and the rule catalog', () => {
    const sarif = log();
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const driver = sarif.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'clausecheck', version: '0.1.0', informationUri: HOME_URL });
    expect(driver.rules.map((r: Json) => r.id)).toEqual([...RULES.map((r) => r.id), 'waiver', 'invalid-input']);
    expect(driver.rules[1]).toMatchObject({
      id: 'renewal-deadline',
      name: 'RenewalDeadline',
      shortDescription: { text: 'Subscriptions to renew are paid 7 days before expiry.' },
      fullDescription: { text: RULES[1]!.description },
      helpUri: `${HOME_URL}/blob/main/docs/rules/renewal-deadline.md`,
      properties: { clauses: ['3.2.2', '9.1.2'] },
    });
    expect(driver.rules[1].help.text).toContain('§3.2.2 §9.1.2');
    expect(driver.rules.find((r: Json) => r.id === 'waiver').name).toBeUndefined();
  });

  it('records the evidence: tool version, agreement, as-of, each file sha256', () => {
    const run = log().runs[0];
    expect(run.properties).toMatchObject({ agreement: 'aliyun-service-agreement@2020-09-24', asOf: AS_OF, failOn: 'fail' });
    const report = fixtureReport();
    expect(run.artifacts.map((a: Json) => a.hashes['sha-256'])).toEqual(report.files.map((f) => f.sha256));
    expect(run.artifacts.map((a: Json) => a.properties.file)).toEqual(report.files.map((f) => f.file));
  });

  it('makes a result of each warn and fail finding, with level, relative URI and line/column', () => {
    const all = results();
    const report = fixtureReport();
    const expected = report.files.reduce((n, f) => n + f.errors.length + f.findings.filter((x) => x.status === 'fail' || x.status === 'warn').length, 0);
    expect(all).toHaveLength(expected);
    const lapsed = all.find((r) => r.properties?.subject === '211234567890001');
    expect(lapsed).toMatchObject({ ruleId: 'order-payment-window', ruleIndex: 0, level: 'error', message: { text: 'Order 211234567890001 lapsed unpaid at 2026-11-20 00:00 +08:00.' } });
    expect(lapsed.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: ENCODED_VALID, uriBaseId: '%SRCROOT%', index: 0 }, region: { startLine: 41, startColumn: 5 } });
    const unpaid = all.find((r) => r.properties?.subject === '211234567890002');
    expect(unpaid.level).toBe('warning');
    expect(unpaid.locations[0].physicalLocation.region).toEqual({ startLine: 52, startColumn: 5 });
    expect(all.some((r) => r.properties?.status === 'pass' || r.properties?.status === 'skip')).toBe(false);
    expect(log().runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${CWD}/`);
  });

  it('gives a file outside the working directory an absolute file URI', () => {
    const outside = results().find((r) => r.properties?.file === OUTSIDE_FILE);
    expect(outside.locations[0].physicalLocation.artifactLocation).toEqual({ uri: `file://${OUTSIDE_FILE}`, index: 2 });
  });

  it('reports each invalid-input error as an error result at its position', () => {
    const errors = results().filter((r) => r.ruleId === 'invalid-input');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ level: 'error', properties: { file: INVALID_FILE, path: ['orders', 0, 'placed_at'] } });
    expect(errors[0].locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 16 });
    expect(errors[0].message.text).toMatch(/got "yesterday"\.$/);
  });

  it('marks a waived finding with an external, accepted suppression whose justification is the reason', () => {
    const waived = results().find((r) => r.properties?.subject === 'i-bp1abcdefg');
    expect(waived.level).toBe('error');
    expect(waived.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: WAIVER_REASON, properties: { reason: WAIVER_REASON, owner: 'li.wei@example.com', expires: '2026-12-31', reference: 'TICKET-42' } },
    ]);
    expect(results().filter((r) => r.suppressions)).toHaveLength(1);
  });

  it('reports an internal error as a failed invocation with a notification', () => {
    const invocation = log().runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toHaveLength(1);
    expect(invocation.toolExecutionNotifications[0]).toMatchObject({ level: 'error', associatedRule: { id: 'backup-health', index: 6 } });
  });
});

describe('sarif: partial fingerprints', () => {
  const prints = (sarif: Json): string[] => sarif.runs[0].results.map((r: Json) => r.partialFingerprints[FINGERPRINT_KEY]);

  it('are identical across two runs, and distinct between findings', () => {
    const first = prints(log());
    expect(prints(log())).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const p of first) expect(p).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignore line numbers, columns and messages, and how the path was given', () => {
    const base = prints(log());
    for (const given of [`./${VALID_FILE}`, `${CWD}/${VALID_FILE}`]) {
      const moved = fixtureReport();
      moved.files[0]!.file = given;
      for (const f of moved.files.flatMap((file) => file.findings)) {
        f.line += 10;
        f.column += 2;
        f.message = `${f.message} (reworded)`;
      }
      expect(prints(JSON.parse(formatSarif(moved, fixtureContext())))).toEqual(base);
    }
  });

  it('change with the rule, the file or the subject', () => {
    const base = prints(log());
    const other = fixtureReport();
    other.files[0]!.findings[0]!.subject = '211234567890999';
    other.files[0]!.file = 'profiles/renamed.yaml';
    const changed = prints(JSON.parse(formatSarif(other, fixtureContext())));
    expect(changed[0]).not.toBe(base[0]);
    expect(changed.filter((p, i) => p !== base[i]).length).toBeGreaterThan(1);
  });

  it('is deterministic byte for byte', () => {
    expect(render()).toBe(render());
  });
});
