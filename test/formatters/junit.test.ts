import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatJunit, junitTimestamp, xmlAttr, xmlText } from '../../src/report/formatters/junit.js';
import { AS_OF, INVALID_FILE, TRICKY_MESSAGE, TRICKY_SUBJECT, VALID_FILE, WAIVER_REASON, fixtureContext, fixtureReport } from './fixture.js';

/** The Apache Ant JUnit schema (Apache License 2.0), a test fixture: see test/fixtures/junit/README.md. */
const XSD = fileURLToPath(new URL('../fixtures/junit/JUnit.xsd', import.meta.url));

let dir = '';
const file = (name: string) => join(dir, name);

/** Evaluates an XPath expression with xmllint; the string it prints. */
function xpath(name: string, expression: string): string {
  const run = spawnSync('xmllint', ['--xpath', expression, file(name)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`xmllint --xpath ${expression}: ${run.stderr}`);
  return run.stdout.replace(/\n$/, ''); // xmllint ends its output with a newline
}
const count = (name: string, path: string) => Number(xpath(name, `count(${path})`));

describe('junit', () => {
  let validation: { status: number | null; stderr: string };
  let negative: { status: number | null; stderr: string };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'clausecheck-junit-'));
    writeFileSync(file('fail.xml'), formatJunit(fixtureReport(), fixtureContext()));
    writeFileSync(file('warn.xml'), formatJunit(fixtureReport(), fixtureContext({ failOn: 'warn' })));
    const dirty = fixtureReport();
    dirty.files[0]!.findings[0]!.message = 'bell\u0007 nul\u0000 esc\u001b fffe\uFFFE lone\uD800 ok';
    dirty.files[0]!.file = 'tab\there.yaml';
    writeFileSync(file('dirty.xml'), formatJunit(dirty, fixtureContext()));
    const empty = fixtureReport();
    empty.files = [];
    writeFileSync(file('empty.xml'), formatJunit(empty, fixtureContext()));
    writeFileSync(file('broken.xml'), formatJunit(fixtureReport(), fixtureContext()).replace(/<system-err\/>/g, ''));
    const lint = (names: string[]) => spawnSync('xmllint', ['--noout', '--schema', XSD, ...names.map(file)], { encoding: 'utf8' });
    validation = lint(['fail.xml', 'warn.xml', 'dirty.xml', 'empty.xml']);
    negative = lint(['broken.xml']);
  });

  it('validates against JUnit.xsd with xmllint (with --fail-on warn, with control characters, with no files)', () => {
    expect(validation.stderr).toBe(['fail', 'warn', 'dirty', 'empty'].map((n) => `${file(`${n}.xml`)} validates\n`).join(''));
    expect(validation.status).toBe(0);
  });

  it('is a real check: xmllint rejects a suite without its system-err element', () => {
    expect(negative.status).not.toBe(0);
    expect(negative.stderr).toContain('fails to validate');
  });

  it('has one testsuite per file and one testcase per finding, input error and internal error', () => {
    const report = fixtureReport();
    expect(count('fail.xml', '/testsuites/testsuite')).toBe(report.files.length);
    report.files.forEach((f, i) => {
      const suite = `/testsuites/testsuite[${i + 1}]`;
      expect(xpath('fail.xml', `string(${suite}/@name)`)).toBe(f.file);
      expect(xpath('fail.xml', `string(${suite}/@id)`)).toBe(String(i));
      const cases = f.findings.length + f.errors.length + (f.internalErrors?.length ?? 0);
      expect(count('fail.xml', `${suite}/testcase`)).toBe(cases);
      expect(xpath('fail.xml', `string(${suite}/@tests)`)).toBe(String(cases));
    });
    expect(xpath('fail.xml', 'string(/testsuites/testsuite[1]/testcase[1]/@classname)')).toBe('order-payment-window');
    expect(xpath('fail.xml', 'string(/testsuites/testsuite[1]/testcase[1]/@name)')).toBe('211234567890001');
  });

  it('fails fail findings; warn passes under --fail-on fail and fails under --fail-on warn', () => {
    const suite = '/testsuites/testsuite[1]';
    expect(count('fail.xml', `${suite}/testcase/failure`)).toBe(2);
    expect(xpath('fail.xml', `string(${suite}/@failures)`)).toBe('2');
    expect(count('fail.xml', `${suite}/testcase[@name="211234567890002"]/*`)).toBe(0);
    expect(count('warn.xml', `${suite}/testcase/failure`)).toBe(4);
    expect(xpath('warn.xml', `string(${suite}/testcase[@name="211234567890002"]/failure/@type)`)).toBe('warn');
    expect(xpath('fail.xml', `string(${suite}/testcase[@name="211234567890001"]/failure/@type)`)).toBe('fail');
  });

  it('marks skip findings and waived findings skipped, with the reason', () => {
    const suite = '/testsuites/testsuite[1]';
    expect(xpath('fail.xml', `string(${suite}/testcase[@classname="payg-balance"]/skipped/@message)`)).toBe('Skipped: no data (needs balance).');
    expect(xpath('fail.xml', `string(${suite}/testcase[@name="i-bp1abcdefg"]/skipped/@message)`)).toBe(
      `fail waived by li.wei@example.com until 2026-12-31 (TICKET-42): ${WAIVER_REASON}`,
    );
    expect(xpath('fail.xml', `string(${suite}/@skipped)`)).toBe('2');
  });

  it('gives an invalid file an error element per error', () => {
    const suite = `/testsuites/testsuite[@name="${INVALID_FILE}"]`;
    expect(count('fail.xml', `${suite}/testcase/error[@type="invalid-input"]`)).toBe(2);
    expect(xpath('fail.xml', `string(${suite}/@errors)`)).toBe('2');
    expect(xpath('fail.xml', `string(${suite}/testcase[1]/@name)`)).toBe('orders.0.placed_at (line 7, column 16)');
    expect(xpath('fail.xml', `string(${suite}/testcase[1]/error/@message)`)).toContain('got "yesterday"');
    expect(count('fail.xml', '//error[@type="internal-error"]')).toBe(1);
  });

  it('records the evidence as properties, with deterministic timestamp, hostname and time', () => {
    const suite = '/testsuites/testsuite[1]';
    const prop = (name: string) => xpath('fail.xml', `string(${suite}/properties/property[@name="${name}"]/@value)`);
    expect(prop('tool.version')).toBe('0.1.0');
    expect(prop('agreement')).toBe('aliyun-service-agreement@2020-09-24');
    expect(prop('as-of')).toBe(AS_OF);
    expect(prop('sha256')).toBe(fixtureReport().files[0]!.sha256);
    expect(prop('file')).toBe(VALID_FILE);
    expect(xpath('fail.xml', `string(${suite}/@timestamp)`)).toBe('2026-11-25T16:00:00');
    expect(xpath('fail.xml', `string(${suite}/@hostname)`)).toBe('clausecheck');
    expect(xpath('fail.xml', `string(${suite}/@time)`)).toBe('0');
    expect(formatJunit(fixtureReport(), fixtureContext())).toBe(formatJunit(fixtureReport(), fixtureContext()));
  });

  it('escapes markup, quotes and line breaks so that they round-trip through an XML parser', () => {
    const tricky = '/testsuites/testsuite[1]/testcase[@classname="ram-user-control"][1]';
    expect(xpath('warn.xml', `string(${tricky}/@name)`)).toBe(TRICKY_SUBJECT);
    expect(xpath('warn.xml', `string(${tricky}/failure/@message)`)).toBe(TRICKY_MESSAGE);
    expect(xpath('warn.xml', `string(${tricky}/failure)`)).toContain(TRICKY_MESSAGE);
    expect(xpath('fail.xml', 'string(/testsuites/testsuite[1]/system-out)')).toContain(TRICKY_MESSAGE);
    expect(formatJunit(fixtureReport(), fixtureContext())).not.toContain('<script>');
  });

  it('strips characters XML 1.0 forbids and keeps tabs', () => {
    expect(xpath('dirty.xml', 'string(/testsuites/testsuite[1]/testcase[1]/failure/@message)')).toBe('bell nul esc fffe lone ok');
    expect(xpath('dirty.xml', 'string(/testsuites/testsuite[1]/@name)')).toBe('tab\there.yaml');
    expect(xmlText('a\u0001b\uD83D\uDE00c')).toBe('ab\uD83D\uDE00c');
    expect(xmlAttr('<"\'&>\n')).toBe('&lt;&quot;&apos;&amp;&gt;&#10;');
    expect(junitTimestamp('not a date')).toBe('1970-01-01T00:00:00');
  });
});
