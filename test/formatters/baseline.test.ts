/** Baselined, new and fixed findings in every format, and GitHub's annotation cap. */
import { describe, expect, it } from 'vitest';
import type { Report, ReportFinding } from '../../src/contract/report.js';
import { buildReport } from '../../src/engine/summary.js';
import { capAnnotations, formatGithub } from '../../src/report/formatters/github.js';
import { formatHtml } from '../../src/report/formatters/html.js';
import { formatJunit } from '../../src/report/formatters/junit.js';
import { formatMarkdown } from '../../src/report/formatters/markdown.js';
import { formatSarif } from '../../src/report/formatters/sarif.js';
import { formatText } from '../../src/report/formatters/text.js';
import { AS_OF, fixtureContext } from './fixture.js';

function finding(subject: string, status: 'warn' | 'fail', baseline: ReportFinding['baseline']): ReportFinding {
  return { rule: 'arrears', status, clauses: ['3.4'], subject, message: `Bill ${subject} is overdue.`, messageId: 'overdue', path: ['bills', 0], line: 9, column: 5, data: {}, ...(baseline ? { baseline } : {}) };
}

function baselineReport(): Report {
  const report = buildReport(
    [
      {
        file: 'profiles/a.yaml',
        sha256: 'a'.repeat(64),
        valid: true,
        errors: [],
        findings: [finding('B-1', 'fail', { state: 'unchanged', recorded: 'fail' }), finding('B-2', 'warn', { state: 'updated', recorded: 'fail' }), finding('B-3', 'fail', { state: 'new', recorded: 'warn' }), finding('B-4', 'warn', { state: 'new' })],
        baselineFixed: [{ rule: 'password-policy', subject: 'account', status: 'warn' }],
      },
    ],
    { tool: { name: 'clausecheck', version: '0.1.0' }, agreement: 'aliyun-service-agreement@2020-09-24', asOf: AS_OF },
  );
  return { ...report, baseline: { file: '.clausecheck-baseline.json', baselined: 2, new: 2, fixed: 1 } };
}

describe('baselines in the formats', () => {
  it('text: a marker on each finding, the fixed entries, and the baseline line after the summary', () => {
    const text = formatText(baselineReport(), fixtureContext({ color: false }));
    expect(text).toContain('  profiles/a.yaml:9:5  fail  arrears  §3.4  Bill B-1 is overdue. [baselined]\n');
    expect(text).toContain('  profiles/a.yaml:9:5  warn  arrears  §3.4  Bill B-2 is overdue. [baselined, was fail]\n');
    expect(text).toContain('  profiles/a.yaml:9:5  fail  arrears  §3.4  Bill B-3 is overdue. [worse than baseline (warn)]\n');
    expect(text).toContain('  profiles/a.yaml:9:5  warn  arrears  §3.4  Bill B-4 is overdue. [new]\n');
    expect(text).toContain('  fixed  password-policy account: fixed since the baseline (recorded warn)\n');
    expect(text.endsWith('\nbaseline .clausecheck-baseline.json: 2 baselined, 2 new, 1 fixed\n')).toBe(true);
  });

  it('sarif: baselineState on each result and the fixed entries in the run properties', () => {
    const run = (JSON.parse(formatSarif(baselineReport(), fixtureContext())) as { runs: { results: { baselineState: string; properties: { subject: string } }[]; properties: { baseline: unknown } }[] }).runs[0]!;
    expect(run.results.map((r) => [r.properties.subject, r.baselineState])).toEqual([['B-1', 'unchanged'], ['B-2', 'updated'], ['B-3', 'new'], ['B-4', 'new']]);
    expect(run.properties.baseline).toEqual({ file: '.clausecheck-baseline.json', baselined: 2, new: 2, fixed: 1, fixedEntries: [{ file: 'profiles/a.yaml', rule: 'password-policy', subject: 'account', status: 'warn' }] });
  });

  it('junit: baselined findings are skipped, new ones fail', () => {
    const xml = formatJunit(baselineReport(), fixtureContext());
    expect(xml).toContain('<testcase classname="arrears" name="B-1" time="0">\n      <skipped message="fail baselined">');
    expect(xml).toContain('<testcase classname="arrears" name="B-3" time="0">\n      <failure type="fail" message="Bill B-3 is overdue.">');
    expect(xml).toContain('password-policy account: fixed since the baseline (recorded warn)');
  });

  it('markdown, html and github show the state', () => {
    const md = formatMarkdown(baselineReport(), fixtureContext());
    expect(md).toContain('| ❌ fail (baselined) | [arrears][] |');
    expect(md).toContain('| ✅ fixed | `password-policy` | — | — | `account` | password-policy account: fixed since the baseline (recorded warn) |');
    expect(md).toContain('baseline .clausecheck-baseline.json: 2 baselined, 2 new, 1 fixed');
    const html = formatHtml(baselineReport(), fixtureContext());
    // The customer report renders findings from its embedded data (badges drawn in the page; tested in Chromium in html.test.ts).
    expect(html).toContain('["updated","baselined, was fail"]');
    expect(html).toContain('["new","worse than baseline (warn)"]');
    const gh = formatGithub(baselineReport(), fixtureContext());
    expect(gh).toContain('::notice file=profiles/a.yaml,line=9,col=5,title=arrears §3.4 (fail%2C baselined)::Bill B-1 is overdue.');
    expect(gh).toContain('::error file=profiles/a.yaml,line=9,col=5,title=arrears §3.4::Bill B-3 is overdue.');
  });
});

describe('baselines in JUnit and GitHub, in zh-CN', () => {
  it('labels baselined findings and fixed entries in Chinese', () => {
    const xml = formatJunit(baselineReport(), fixtureContext({ lang: 'zh-CN' }));
    expect(xml).toContain('<testcase classname="arrears" name="B-1" time="0">\n      <skipped message="fail 已在基线中">');
    expect(xml).toContain('<testcase classname="arrears" name="B-2" time="0">\n      <skipped message="warn 已在基线中，原为未通过">');
    expect(xml).toContain('password-policy account：自基线记录以来已修复（记录时为警告）');
    const gh = formatGithub(baselineReport(), fixtureContext({ lang: 'zh-CN' }));
    expect(gh).toContain('::notice file=profiles/a.yaml,line=9,col=5,title=arrears §3.4 (fail，已在基线中)::Bill B-1 is overdue.');
    expect(gh).toContain('::group::clausecheck 证据\n');
    expect(gh.endsWith('\nclausecheck：未通过 2，警告 2，通过 0，跳过 0，共 1 个文件（评估时点 2026-11-26T00:00:00+08:00）\n')).toBe(true);
    const waived = { ...baselineReport().files[0]!.findings[0]!, waived: { reason: 'r', owner: 'o', expires: '2026-12-01' } };
    expect(formatGithub({ ...baselineReport(), files: [{ ...baselineReport().files[0]!, findings: [waived] }] }, fixtureContext({ lang: 'zh-CN' }))).toContain('title=arrears §3.4 (fail，已豁免)::');
  });

  it('GitHub annotation cap in zh-CN', () => {
    const annotations = Array.from({ length: 12 }, (_, i) => ({ kind: 'warning' as const, line: `w${i}` }));
    expect(capAnnotations(annotations, 10, 'zh-CN').at(-1)).toBe('clausecheck：另有 2 条 warning 未作注释（GitHub 每个步骤每种类型只显示 10 条）；所有发现都在步骤摘要和其他报告格式中');
  });
});

describe('GitHub annotation cap', () => {
  it('emits errors, then warnings, then notices, at most 10 of each, and says how many more there are', () => {
    const annotations = [
      ...Array.from({ length: 12 }, (_, i) => ({ kind: 'warning' as const, line: `w${i}` })),
      ...Array.from({ length: 11 }, (_, i) => ({ kind: 'error' as const, line: `e${i}` })),
      { kind: 'notice' as const, line: 'n0' },
    ];
    const out = capAnnotations(annotations);
    expect(out.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `e${i}`));
    expect(out.slice(10, 20)).toEqual(Array.from({ length: 10 }, (_, i) => `w${i}`));
    expect(out.slice(20)).toEqual(['n0', 'clausecheck: 1 more error, 2 more warnings not annotated (GitHub shows 10 of each kind per step); every finding is in the step summary and the other report formats']);
    expect(capAnnotations(annotations.slice(0, 3))).toEqual(['w0', 'w1', 'w2']);
  });
});
