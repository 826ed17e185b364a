import { describe, expect, it } from 'vitest';
import { BASELINE_FORMAT, entriesFrom, parseBaseline, renderBaseline } from '../../src/config/baseline.js';
import { baselineCounts, baselineFile, markFor, prepareBaseline, type BaselineEntry } from '../../src/config/baseline-apply.js';
import { AGREEMENT_VERSION } from '../../src/model/clauses/version.js';
import type { FileReport, ReportFinding, Status } from '../../src/contract/report.js';
import { UsageError } from '../../src/util/usage-error.js';
import { parseConfig } from '../../src/config/load-config.js';
import { TEST_RULES } from './fixtures.js';

const META = { tool: { name: 'clausecheck', version: '0.1.0' }, agreement: AGREEMENT_VERSION, asOf: '2026-11-26T00:00:00+08:00' };

function finding(rule: string, subject: string, status: Status, line = 3): ReportFinding {
  return { rule, status, clauses: ['3.4'], subject, message: `${rule} ${subject}`, messageId: status, path: ['bills', 0], line, column: 5, data: {} };
}

function fileReport(file: string, findings: ReportFinding[], valid = true): FileReport {
  return { file, sha256: 'a'.repeat(64), valid, errors: [], findings };
}

/** The error a parse throws, as text. */
function parseError(text: string | Buffer, file = '/repo/ci/baseline.json'): string {
  try {
    parseBaseline(typeof text === 'string' ? Buffer.from(text) : text, file, '/repo');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a parse error');
}

describe('baseline marks', () => {
  it('compares a status with the recorded one: same is unchanged, better is updated, worse or unrecorded is new', () => {
    expect(markFor('warn', 'warn')).toEqual({ state: 'unchanged', recorded: 'warn' });
    expect(markFor('warn', 'fail')).toEqual({ state: 'updated', recorded: 'fail' });
    expect(markFor('fail', 'warn')).toEqual({ state: 'new', recorded: 'warn' });
    expect(markFor('fail', undefined)).toEqual({ state: 'new' });
  });

  it('marks a file against entries relative to the baseline folder, from any working directory', () => {
    const entries: BaselineEntry[] = [
      { file: '../profiles/a.yaml', rule: 'arrears', subject: 'B-1', status: 'warn' },
      { file: '../profiles/a.yaml', rule: 'arrears', subject: 'B-2', status: 'fail' },
      { file: '../profiles/a.yaml', rule: 'password-policy', subject: 'account', status: 'warn' },
      { file: '../profiles/a.yaml', rule: 'backup-health', subject: 'rm-1', status: 'warn' },
      { file: '../profiles/other.yaml', rule: 'arrears', subject: 'B-9', status: 'fail' },
    ];
    const prepared = prepareBaseline('ci/baseline.json', '/repo/ci', entries, ['arrears', 'password-policy']);
    const report = fileReport('a.yaml', [finding('arrears', 'B-1', 'fail'), finding('arrears', 'B-2', 'warn'), finding('arrears', 'B-3', 'warn'), finding('password-policy', 'account', 'pass'), finding('waiver', 'waivers[0]', 'warn')]);
    // The working directory is /repo/profiles: the report says a.yaml, the baseline ../profiles/a.yaml.
    const marked = baselineFile(report, prepared, '/repo/profiles');
    expect(marked.findings.map((f) => f.baseline)).toEqual([{ state: 'new', recorded: 'warn' }, { state: 'updated', recorded: 'fail' }, { state: 'new' }, undefined, undefined]);
    // password-policy now passes: fixed. backup-health did not run: not fixed. other.yaml was not checked.
    expect(marked.baselineFixed).toEqual([{ rule: 'password-policy', subject: 'account', status: 'warn' }]);
    expect(baselineCounts(marked)).toEqual({ baselined: 1, new: 2, fixed: 1 });
    expect(report.findings[0]!.baseline).toBeUndefined();
  });

  it('an invalid file fixes nothing, and stdin matches no entry', () => {
    const prepared = prepareBaseline('b.json', '/repo', [{ file: 'a.yaml', rule: 'arrears', subject: 'B-1', status: 'warn' }], ['arrears']);
    expect(baselineFile(fileReport('a.yaml', [], false), prepared, '/repo').baselineFixed).toBeUndefined();
    expect(baselineFile(fileReport('-', [finding('arrears', 'B-1', 'warn')]), prepared, '/repo').findings[0]!.baseline).toEqual({ state: 'new' });
  });
});

describe('the baseline file', () => {
  it('records warn and fail findings of valid files, sorted, and reads back what it wrote', () => {
    const files = [
      fileReport('profiles/b.yaml', [finding('arrears', 'B-2', 'fail'), finding('arrears', 'B-1', 'warn'), finding('contact-details', 'account', 'pass'), finding('waiver', 'waivers[1]', 'warn')]),
      fileReport('profiles/a.yaml', [finding('root-credentials', 'account', 'fail')]),
      fileReport('profiles/bad.yaml', [finding('secret-in-profile', 'account', 'fail')], false),
    ];
    const entries = entriesFrom(files, '/repo', '/repo');
    expect(entries).toEqual([
      { file: 'profiles/a.yaml', rule: 'root-credentials', subject: 'account', status: 'fail' },
      { file: 'profiles/b.yaml', rule: 'arrears', subject: 'B-1', status: 'warn' },
      { file: 'profiles/b.yaml', rule: 'arrears', subject: 'B-2', status: 'fail' },
    ]);
    const text = renderBaseline(META, entries);
    expect(text).toBe(`{
  "format": "${BASELINE_FORMAT}",
  "tool": {
    "name": "clausecheck",
    "version": "0.1.0"
  },
  "agreement": "${AGREEMENT_VERSION}",
  "asOf": "2026-11-26T00:00:00+08:00",
  "entries": [
    {"file":"profiles/a.yaml","rule":"root-credentials","subject":"account","status":"fail"},
    {"file":"profiles/b.yaml","rule":"arrears","subject":"B-1","status":"warn"},
    {"file":"profiles/b.yaml","rule":"arrears","subject":"B-2","status":"fail"}
  ]
}
`);
    expect(parseBaseline(Buffer.from(text), '/repo/.clausecheck-baseline.json', '/repo')).toEqual({ file: '.clausecheck-baseline.json', absolute: '/repo/.clausecheck-baseline.json', ...META, entries });
    expect(JSON.parse(renderBaseline(META, []))).toEqual({ format: BASELINE_FORMAT, ...META, entries: [] });
  });

  it('locates a JSON syntax error at its line and column', () => {
    expect(parseError('{\n  "format": "clausecheck-baseline/v1",\n  "entries": [,]\n}\n')).toMatch(/^invalid baseline:\n {2}ci\/baseline\.json:3:15: not a JSON baseline: /);
  });

  it('refuses a baseline of another agreement version, located at the value', () => {
    const text = renderBaseline({ ...META, agreement: 'aliyun-service-agreement@2019-01-01' }, []);
    expect(parseError(text)).toBe(
      `invalid baseline:\n  ci/baseline.json:7:16: recorded against agreement aliyun-service-agreement@2019-01-01; this clausecheck checks agreement ${AGREEMENT_VERSION}, so its statuses do not compare`,
    );
  });

  it('lists every problem of a wrong shape, each located', () => {
    const text = renderBaseline(META, [{ file: 'a.yaml', rule: 'arrears', subject: 'B-1', status: 'warn' }]).replace('"status":"warn"}', '"status":"pass"},\n    {"file":"a.yaml","subject":7,"status":"fail"},\n    "x"');
    expect(parseError(text)).toBe(
      [
        'invalid baseline:',
        '  ci/baseline.json:10:64: expected "warn" or "fail", got "pass"',
        '  ci/baseline.json:11:5: missing required key "rule"',
        '  ci/baseline.json:11:32: expected a non-empty string, got 7',
        '  ci/baseline.json:12:5: expected an entry object, got "x"',
      ].join('\n'),
    );
  });

  it('refuses what is not a baseline: another format, a list, not UTF-8', () => {
    expect(parseError('{"format": "clausecheck/v1"}')).toBe('invalid baseline:\n  ci/baseline.json:1:12: format "clausecheck/v1" is not clausecheck-baseline/v1; this is not a clausecheck baseline, or one from an incompatible version');
    expect(parseError('[]')).toBe('invalid baseline:\n  ci/baseline.json:1:1: expected a clausecheck baseline (a JSON object with "format": "clausecheck-baseline/v1")');
    expect(parseError(Buffer.from([0x7b, 0x0a, 0x20, 0xff, 0x7d]))).toMatch(/^invalid baseline:\n {2}ci\/baseline\.json:2:2: not a JSON baseline: /);
  });
});

describe('baseline: in the config', () => {
  const parse = (text: string) => parseConfig(Buffer.from(text), { absolute: '/repo/ci/.clausecheck.yaml', cwd: '/repo', rules: TEST_RULES });

  it('is resolved against the config file\'s folder', () => {
    const { config, errors } = parse('fail_on: warn\nbaseline: ../baselines/main.json\n');
    expect(errors).toEqual([]);
    expect(config.baseline).toBe('/repo/baselines/main.json');
  });

  it('anything but a path is a located error', () => {
    expect(parse('baseline: [a, b]\n').errors).toEqual([{ file: 'ci/.clausecheck.yaml', line: 1, column: 11, path: ['baseline'], message: 'expected the path of a baseline file (relative to this file), got a list' }]);
  });
});
