/** SARIF 2.1.0: one run, the rule catalog in `tool.driver`, a result per warn/fail finding. */
import { sha256Hex } from '../../util/node-crypto.js';
import { pathToFileURL } from 'node:url';
import { HOME_URL } from '../../contract/version.js';
import type { FileReport, FormatContext, Formatter, Lang, Report, ReportFinding, RuleSummary } from '../../contract/report.js';
import { SARIF_TEXT } from './sarif-text.js';
import { MessageStrings } from './sarif-messages.js';
import { INVALID_INPUT, clauseRefs, locateFile, ruleDocUrl } from './common.js';

/** The key of our partial fingerprint; bump the version if the hashed fields ever change. */
export const FINGERPRINT_KEY = 'clausecheck/v1';
const SRCROOT = '%SRCROOT%';

type Json = Record<string, unknown>;

/** The stable fingerprint of a finding: a hash of rule, file and subject (never lines or text). */
function sarifFingerprint(rule: string, file: string, subject: string): string {
  return sha256Hex(`${rule}\u0000${file}\u0000${subject}`);
}

/** SARIF asks messages to end with a period (in Chinese text, 。). */
function sentence(text: string, lang: Lang = 'en'): string {
  const trimmed = text.trim();
  if (/[.!?。！？]$/.test(trimmed)) return trimmed;
  return lang === 'zh-CN' || /[\u3000-\u9fff\uff00-\uffef]$/.test(trimmed) ? `${trimmed}。` : `${trimmed}.`;
}

/** A relative path as a URI reference: each segment percent-encoded. */
function uriPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The artifact location of a report file and the key used in fingerprints. */
function artifactOf(file: string, cwd: string): { location: Json; key: string } {
  const where = locateFile(file, cwd);
  if (where.relative !== undefined) return { location: { uri: uriPath(where.relative), uriBaseId: SRCROOT }, key: where.relative };
  const absolute = where.absolute ?? file;
  return { location: { uri: pathToFileURL(absolute).href }, key: absolute };
}

function ruleDescriptor(rule: RuleSummary, lang: Lang, strings: MessageStrings): Json {
  const refs = clauseRefs(rule.clauses);
  const text = SARIF_TEXT[lang];
  const messageStrings = strings.of(rule.id);
  return {
    id: rule.id,
    // SARIF1001: a name equal to the id (ignoring case) must be left out.
    ...(pascal(rule.id).toLowerCase() === rule.id.toLowerCase() ? {} : { name: pascal(rule.id) }),
    shortDescription: { text: sentence(rule.title, lang) },
    fullDescription: { text: sentence(rule.description, lang) },
    ...(messageStrings ? { messageStrings } : {}),
    help: {
      text: `${sentence(rule.description, lang)} ${text.helpText({ refs, url: ruleDocUrl(rule.id) })}`,
      markdown: `${sentence(rule.description, lang)}\n\n${text.helpMarkdown({ refs, url: ruleDocUrl(rule.id) })}`,
    },
    helpUri: ruleDocUrl(rule.id),
    defaultConfiguration: { level: 'error' },
    properties: { clauses: [...rule.clauses], tags: ['clausecheck', ...rule.clauses.map((c) => `clause-${c}`)] },
  };
}

/** `order-payment-window` → `OrderPaymentWindow` (SARIF rule names are identifiers). */
function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** The invalid-input pseudo-rule, in the run's language. */
function invalidRule(lang: Lang): RuleSummary {
  const text = SARIF_TEXT[lang];
  return { id: INVALID_INPUT, title: text.invalidTitle, clauses: [], description: text.invalidDescription };
}

/** The catalog: context rules in order, then rule ids found only in the report, then invalid-input. */
function catalog(report: Report, context: FormatContext, lang: Lang): RuleSummary[] {
  const text = SARIF_TEXT[lang];
  const rules = [...context.rules];
  const known = new Set(rules.map((r) => r.id));
  const extra = new Map<string, RuleSummary>();
  for (const file of report.files) {
    for (const f of file.findings) {
      if (known.has(f.rule) || extra.has(f.rule)) continue;
      extra.set(f.rule, { id: f.rule, title: text.otherTitle({ rule: f.rule }), clauses: [...f.clauses], description: text.otherDescription({ rule: f.rule }) });
    }
  }
  rules.push(...[...extra.values()].sort((a, b) => a.id.localeCompare(b.id)));
  if (!known.has(INVALID_INPUT)) rules.push(invalidRule(lang));
  return rules;
}

function region(line: number, column: number): Json {
  return { startLine: Math.max(1, line), startColumn: Math.max(1, column) };
}

/** What every result of one run shares: the rule index, the message strings gathered so far, the language. */
interface RunState {
  index: Map<string, number>;
  strings: MessageStrings;
  lang: Lang;
}

function findingResult(f: ReportFinding, file: FileReport, artifact: { location: Json; key: string }, run: RunState, artifactIndex: number): Json {
  const result: Json = {
    ruleId: f.rule,
    ruleIndex: run.index.get(f.rule),
    level: f.status === 'fail' ? 'error' : 'warning',
    message: run.strings.message(f.rule, f.messageId, sentence(f.message, run.lang), f),
    locations: [
      {
        physicalLocation: { artifactLocation: { ...artifact.location, index: artifactIndex }, region: region(f.line, f.column) },
        logicalLocations: f.path.length ? [{ fullyQualifiedName: f.path.join('.'), kind: 'element' }] : undefined,
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: sarifFingerprint(f.rule, artifact.key, f.subject) },
    properties: { status: f.status, subject: f.subject, clauses: [...f.clauses], file: file.file, data: f.data },
  };
  if (f.baseline) {
    result.baselineState = f.baseline.state;
    (result.properties as Json).baseline = { ...f.baseline };
  }
  if (f.waived) {
    result.suppressions = [{ kind: 'external', status: 'accepted', justification: f.waived.reason, properties: { ...f.waived } }];
  }
  return result;
}

function errorResults(file: FileReport, artifact: { location: Json; key: string }, run: RunState, artifactIndex: number): Json[] {
  return file.errors.map((e) => ({
    ruleId: INVALID_INPUT,
    ruleIndex: run.index.get(INVALID_INPUT),
    level: 'error',
    message: { text: sentence(e.message, run.lang) },
    locations: [{ physicalLocation: { artifactLocation: { ...artifact.location, index: artifactIndex }, region: region(e.line, e.column) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: sarifFingerprint(INVALID_INPUT, artifact.key, `${e.path.join('.')}\u0000${e.message}`) },
    properties: { file: file.file, path: e.path },
  }));
}

/** SARIF 2.1.0 (validated by Microsoft's SARIF Multitool in the tests), pretty-printed. */
export const formatSarif: Formatter = (report, context) => {
  const lang = context.lang ?? 'en';
  const rules = catalog(report, context, lang);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const run: RunState = { index, strings: new MessageStrings(), lang };
  const artifacts: Json[] = [];
  const results: Json[] = [];
  const notifications: Json[] = [];
  const fixed: Json[] = [];
  report.files.forEach((file, artifactIndex) => {
    const artifact = artifactOf(file.file, context.cwd);
    artifacts.push({
      location: artifact.location,
      ...(/^[0-9a-f]{64}$/.test(file.sha256) ? { hashes: { 'sha-256': file.sha256 } } : {}),
      properties: { file: file.file, valid: file.valid, ...(file.notes?.length ? { notes: file.notes } : {}) },
    });
    results.push(...errorResults(file, artifact, run, artifactIndex));
    for (const f of file.findings) {
      if (f.status === 'fail' || f.status === 'warn') results.push(findingResult(f, file, artifact, run, artifactIndex));
    }
    for (const entry of file.baselineFixed ?? []) fixed.push({ file: file.file, ...entry });
    for (const e of file.internalErrors ?? []) {
      notifications.push({
        level: 'error',
        message: { text: sentence(SARIF_TEXT[lang].internal({ rule: e.rule, file: file.file, message: e.message }), lang) },
        associatedRule: { id: e.rule, ...(index.has(e.rule) ? { index: index.get(e.rule) } : {}) },
        locations: [{ physicalLocation: { artifactLocation: { ...artifact.location, index: artifactIndex } } }],
      });
    }
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: HOME_URL,
            rules: rules.map((rule) => ruleDescriptor(rule, lang, run.strings)),
          },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(`${context.cwd.replace(/[\\/]*$/, '')}/`).href } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          agreement: report.agreement,
          asOf: report.asOf,
          failOn: context.failOn,
          summary: report.summary,
          ...(report.baseline ? { baseline: { ...report.baseline, fixedEntries: fixed } } : {}),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
