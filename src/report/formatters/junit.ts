/**
 * JUnit XML (the Ant schema CI servers read): a testsuite per file, a testcase per rule and subject.
 * `failure` for fail (and warn under `--fail-on warn`), `skipped` for skip and for waived findings,
 * an `error` testcase per invalid-input error and per internal error; warnings that do not fail go to
 * the suite's system-out. Times are 0 and the timestamp is the as-of instant in UTC, so that output
 * is deterministic; the evidence is in each suite's properties.
 */
import { isBaselined, type FileReport, type FormatContext, type Formatter, type Report, type ReportFinding } from '../../contract/report.js';
import { counts } from '../../engine/summary.js';
import { baselineLabel, fixedText } from '../baseline-words.js';
import { INVALID_INPUT, clauseRefs, failsGate } from './common.js';
import { JUNIT_TEXT } from './junit-text.js';

/** Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: illegal characters stripped, `&`, `<`, `>` escaped, CR kept as a reference. */
export function xmlText(value: string): string {
  return value.replace(ILLEGAL_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value: as text, plus quotes, and tab/CR/LF as character references so they survive. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** The as-of instant in the schema's zone-less form, in UTC (the exact instant is a property). */
export function junitTimestamp(asOf: string): string {
  const at = Date.parse(asOf);
  return Number.isNaN(at) ? '1970-01-01T00:00:00' : new Date(at).toISOString().slice(0, 19);
}

interface Case {
  classname: string;
  name: string;
  child?: { tag: 'failure' | 'skipped' | 'error'; type?: string; message: string; body: string };
}

function findingCase(f: ReportFinding, file: string, context: FormatContext): Case {
  const text = JUNIT_TEXT[context.lang ?? 'en'];
  const where = `${file}:${f.line}:${f.column}`;
  const body = `${f.message}\n${f.rule} ${clauseRefs(f.clauses)} ${text.at({ where })}`;
  const base = { classname: f.rule, name: f.subject };
  if (f.waived && (f.status === 'fail' || f.status === 'warn')) {
    const waived = text.waiver(f.waived);
    return { ...base, child: { tag: 'skipped', message: `${f.status} ${waived}`, body: `${body}\n${waived}` } };
  }
  if (isBaselined(f)) {
    const label = baselineLabel(f.baseline, context.lang);
    return { ...base, child: { tag: 'skipped', message: `${f.status} ${label}`, body: `${body}\n${label}` } };
  }
  if (failsGate(f, context.failOn === 'warn' ? 'warn' : 'fail')) {
    return { ...base, child: { tag: 'failure', type: f.status, message: f.message, body } };
  }
  if (f.status === 'skip') return { ...base, child: { tag: 'skipped', message: f.message, body } };
  return base;
}

function caseXml(c: Case): string {
  const open = `    <testcase classname="${xmlAttr(c.classname)}" name="${xmlAttr(c.name)}" time="0"`;
  if (!c.child) return `${open}/>`;
  const type = c.child.type === undefined ? '' : ` type="${xmlAttr(c.child.type)}"`;
  return `${open}>\n      <${c.child.tag}${type} message="${xmlAttr(c.child.message)}">${xmlText(c.child.body)}</${c.child.tag}>\n    </testcase>`;
}

function suiteXml(file: FileReport, id: number, report: Report, context: FormatContext): string {
  const cases: Case[] = [];
  const text = JUNIT_TEXT[context.lang ?? 'en'];
  for (const e of file.errors) {
    const at = text.position(e);
    const body = `${e.message}\n${text.at({ where: `${file.file}:${e.line}:${e.column}` })}`;
    cases.push({ classname: INVALID_INPUT, name: e.path.length ? `${e.path.join('.')} (${at})` : at, child: { tag: 'error', type: INVALID_INPUT, message: e.message, body } });
  }
  for (const e of file.internalErrors ?? []) {
    cases.push({ classname: e.rule, name: text.internal, child: { tag: 'error', type: 'internal-error', message: e.message, body: e.message } });
  }
  cases.push(...file.findings.map((f) => findingCase(f, file.file, context)));
  const count = (tag: string) => cases.filter((c) => c.child?.tag === tag).length;
  const properties: [string, string][] = [
    ['tool', report.tool.name],
    ['tool.version', report.tool.version],
    ['agreement', report.agreement],
    ['as-of', report.asOf],
    ['fail-on', context.failOn],
    ['file', file.file],
    ['sha256', file.sha256],
    ['valid', String(file.valid)],
    ['waived', String(file.findings.filter((f) => f.waived).length)],
  ];
  const out = (file.findings.filter((f) => f.status === 'warn' && counts(f) && context.failOn !== 'warn'))
    .map((f) => `warn ${f.rule} ${f.subject} ${text.at({ where: `${file.file}:${f.line}:${f.column}` })}: ${f.message}`);
  out.push(...(file.notes ?? []).map((note) => text.note({ note })));
  out.push(...(file.baselineFixed ?? []).map((entry) => fixedText(entry, context.lang)));
  return [
    `  <testsuite name="${xmlAttr(file.file)}" package="${xmlAttr(report.tool.name)}" id="${id}" timestamp="${junitTimestamp(report.asOf)}" hostname="${xmlAttr(report.tool.name)}"` +
      ` tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="0">`,
    '    <properties>',
    ...properties.map(([name, value]) => `      <property name="${xmlAttr(name)}" value="${xmlAttr(value)}"/>`),
    '    </properties>',
    ...cases.map(caseXml),
    out.length ? `    <system-out>${xmlText(out.join('\n'))}</system-out>` : '    <system-out/>',
    '    <system-err/>',
    '  </testsuite>',
  ].join('\n');
}

/** JUnit XML valid against the Ant schema (JUnit.xsd), one testsuite per input file. */
export const formatJunit: Formatter = (report, context) => {
  const suites = report.files.map((file, i) => suiteXml(file, i, report, context));
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>', ...suites, '</testsuites>', ''].join('\n');
};
