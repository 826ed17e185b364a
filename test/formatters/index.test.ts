import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFormats } from '../../src/report/output-targets.js';
import { FORMAT_NAMES, FORMATTERS } from '../../src/report/formatters/index.js';
import { AS_OF, fixtureContext, fixtureReport } from './fixture.js';

/** Formats whose output carries the full evidence (text is the terminal view and leaves out hashes). */
const WITH_EVIDENCE = FORMAT_NAMES.filter((name) => name !== 'text');

describe('the format registry', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('registers every format of the issue, csv-bom beside csv', () => {
    expect([...FORMAT_NAMES]).toEqual(['text', 'json', 'sarif', 'junit', 'github', 'markdown', 'csv', 'csv-bom', 'html']);
    for (const name of FORMAT_NAMES) expect(typeof FORMATTERS[name]).toBe('function');
  });

  it('lets one run ask for every format, each to its own file', () => {
    const targets = parseFormats(FORMAT_NAMES.map((name) => `${name}=out.${name}`));
    expect(targets.map((t) => t.format)).toEqual([...FORMAT_NAMES]);
  });

  it.each(WITH_EVIDENCE)('%s records tool version, agreement, as-of and every file sha256', (name) => {
    const report = fixtureReport();
    const out = FORMATTERS[name](report, fixtureContext());
    expect(out).toContain('0.1.0');
    expect(out).toContain('aliyun-service-agreement@2020-09-24');
    expect(out).toContain(AS_OF);
    for (const file of report.files) expect(out, file.file).toContain(file.sha256);
  });

  it.each([...FORMAT_NAMES])('%s is a pure function: same output at any wall-clock time, report untouched', (name) => {
    const report = fixtureReport();
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    const first = FORMATTERS[name](report, fixtureContext());
    vi.setSystemTime(new Date('2039-12-31T23:59:59Z'));
    const second = FORMATTERS[name](report, fixtureContext());
    expect(second).toBe(first);
    expect(report).toEqual(fixtureReport());
    expect(first.endsWith('\n')).toBe(true);
  });

  it.each([...FORMAT_NAMES])('%s copes with a run over no files', (name) => {
    const report = fixtureReport();
    report.files = [];
    report.summary = { files: 0, invalid: 0, pass: 0, warn: 0, fail: 0, skip: 0, waived: 0 };
    expect(() => FORMATTERS[name](report, fixtureContext())).not.toThrow();
  });
});

describe('waived findings are counted apart in every summary', () => {
  const report = fixtureReport();
  it('json summary, text, markdown, html and junit', () => {
    expect(report.summary.waived).toBe(1);
    expect(report.summary.warn).toBe(4);
    expect(FORMATTERS.text(report, fixtureContext())).toMatch(/: 4 fail, 4 warn, 2 pass, 2 skip, 1 of them waived \(as of 2026-11-26T00:00:00\+08:00\)\n$/);
    expect(FORMATTERS.markdown(report, fixtureContext())).toContain('**4 fail · 4 warn · 2 pass · 2 skip · 1 of them waived**');
    expect(FORMATTERS.html(report, fixtureContext())).toContain('<dt>Waived (not counted toward the exit code)</dt><dd>1 of them waived</dd>');
    const junit = FORMATTERS.junit(report, fixtureContext());
    expect(junit.match(/<property name="waived" value="(\d+)"\/>/g)).toEqual([
      '<property name="waived" value="1"/>',
      '<property name="waived" value="0"/>',
      '<property name="waived" value="0"/>',
      '<property name="waived" value="0"/>',
    ]);
  });
});
