/** Runs the rules over one loaded profile and builds its file report. */
import { loadProfile, type LoadedProfile } from '../load/load-profile.js';
import type { BufferTable } from '../model/buffer-days.js';
import { DAY_MS, formatBeijing, toRfc3339 } from '../model/time.js';
import type { AccountRef, FileReport, Lang, ReportFinding, Status } from '../contract/report.js';
import { newFindingCleaner, safeFileReport } from './safe-report.js';
import type { MessageCatalog, Rule, RuleFinding } from './types.js';
import { ENGINE_TEXT } from './messages.js';
import { localizeInputError } from './error-text.js';

/** A rule as configured for a run: the rule, its options with defaults applied, an optional cap. */
export interface ActiveRule {
  rule: Rule;
  options: unknown;
  /** A severity cap from the config: fail findings are reported as warn. */
  cap?: 'warn';
  /** The rule's messages in the run's language, when not English (same ids and parameters). */
  messages?: MessageCatalog;
}

/** What is fixed for the whole run. */
export interface RunSettings {
  asOf: number;
  rules: ActiveRule[];
  bufferDays: BufferTable;
  /** Record the profile's `captured_at` in the file report (the agenda needs it). */
  captureFacts?: boolean;
  /** The language of messages and notes; English when absent. */
  lang?: Lang;
  /** false: leave the file report's sha256 empty (no output of the run shows it); computed otherwise. */
  hash?: boolean;
  /**
   * The statuses whose findings some output of the run shows (absent: all). A finding of another
   * status is kept brief: no message rendered (empty), no location (0:0), no data; its status,
   * rule, subject, path, clauses and message id are as always (waivers, the baseline and the
   * counts use only those).
   */
  detail?: ReadonlySet<Status>;
}

/** The location of a finding checked in brief. */
const NOWHERE = { line: 0, column: 0 };
/** The data of a finding checked in brief: one empty object, frozen, shared by all of them. */
const NO_DATA: Record<string, unknown> = Object.freeze({});
/** Each rule's clauses as findings carry them: one frozen copy per rule, shared by its findings. */
const CLAUSES = new WeakMap<Rule, string[]>();

function clausesOf(rule: Rule): string[] {
  let clauses = CLAUSES.get(rule);
  if (clauses === undefined) CLAUSES.set(rule, (clauses = Object.freeze([...rule.clauses]) as string[]));
  return clauses;
}

const SKIP_IDS: Record<string, string> = { 'no data': 'skip.noData', 'not applicable': 'skip.notApplicable' };

/** The message id of a finding: its parts' ids joined by `+`, or `skip.noData` / `skip.notApplicable`. */
function messageIdOf(finding: RuleFinding<MessageCatalog>): string {
  if (finding.messages.length === 0) return SKIP_IDS[String(finding.data?.reason ?? 'no data')] ?? 'skip.noData';
  if (finding.messages.length === 1) return finding.messages[0]!.id;
  return finding.messages.map((m) => m.id).join('+');
}

/** The message of a finding: its parts rendered (from `catalog`, else the rule's English) and joined, or the skip reason. */
function renderMessage(rule: Rule, finding: RuleFinding<MessageCatalog>, lang?: Lang, catalog?: MessageCatalog): string {
  const text = ENGINE_TEXT[lang ?? 'en'];
  if (finding.messages.length === 0) {
    const reason = String(finding.data?.reason ?? 'no data');
    const needs = finding.data?.needs === undefined ? undefined : String(finding.data.needs);
    return reason === 'not applicable' ? text.skipNotApplicable({ needs }) : text.skipNoData({ needs });
  }
  const messages = (catalog ?? rule.messages) as Record<string, (params: unknown) => string>;
  if (finding.messages.length === 1) return messages[finding.messages[0]!.id]!(finding.messages[0]!.params);
  return finding.messages.map((m) => messages[m.id]!(m.params)).join(lang === 'zh-CN' ? '' : ' ');
}

function runRule(active: ActiveRule, loaded: LoadedProfile, settings: RunSettings): RuleFinding<MessageCatalog>[] | undefined {
  const context = { asOf: settings.asOf, options: active.options, bufferDays: settings.bufferDays };
  const { rule } = active;
  if (rule.kind === 'raw') return loaded.text === undefined ? undefined : rule.check({ text: loaded.text, data: loaded.data }, context);
  return loaded.profile === undefined ? undefined : rule.check(loaded.profile, context);
}

function toReportFinding(active: ActiveRule, finding: RuleFinding<MessageCatalog>, loaded: LoadedProfile, settings: RunSettings): ReportFinding {
  const capped = active.cap === 'warn' && finding.status === 'fail';
  const status = capped ? 'warn' : finding.status;
  // A status no output of the run shows: no message, location or data (RunSettings.detail).
  const brief = settings.detail !== undefined && !settings.detail.has(status);
  const position = brief ? NOWHERE : finding.position ?? loaded.locate(finding.path);
  const data = brief ? NO_DATA : capped ? { ...finding.data, originalStatus: 'fail' } : finding.data ?? {};
  return {
    rule: active.rule.id,
    status,
    clauses: clausesOf(active.rule),
    subject: finding.subject,
    message: brief ? '' : renderMessage(active.rule, finding, settings.lang, active.messages),
    messageId: messageIdOf(finding),
    path: finding.path,
    line: position.line,
    column: position.column,
    data,
  };
}

function snapshotNotes(loaded: LoadedProfile, asOf: number, lang: Lang | undefined): string[] {
  const exported = loaded.profile?.exported_at;
  if (!exported) return [];
  const text = ENGINE_TEXT[lang ?? 'en'];
  if (exported.at > asOf) return [text.exportedAfter({ exported: exported.at, asOf })];
  if (asOf - exported.at > 7 * DAY_MS) return [text.exportedLongBefore({ exported: exported.at })];
  return [];
}

/** A scalar from the raw YAML as text (an id may be written unquoted), else undefined. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** The account id and name a profile gives; read from the raw data too, so an invalid profile still names its account. */
export function accountOf(loaded: Pick<LoadedProfile, 'profile' | 'data'>): AccountRef | undefined {
  const raw = loaded.profile?.account ?? (loaded.data as { account?: unknown } | undefined)?.account;
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, name } = raw as { id?: unknown; name?: unknown };
  const account: AccountRef = {};
  const idText = scalarText(id);
  const nameText = scalarText(name);
  if (idText !== undefined) account.id = idText;
  if (nameText !== undefined) account.name = nameText;
  return idText === undefined && nameText === undefined ? undefined : account;
}

/** Checks one loaded profile with every active rule. */
export function checkFile(loaded: LoadedProfile, settings: RunSettings): FileReport {
  const findings: ReportFinding[] = [];
  const internalErrors: { rule: string; message: string }[] = [];
  const clean = newFindingCleaner();
  for (const active of settings.rules) {
    try {
      const results = runRule(active, loaded, settings) ?? [];
      for (const finding of results) findings.push(clean(toReportFinding(active, finding, loaded, settings)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      internalErrors.push({ rule: active.rule.id, message });
    }
  }
  const account = accountOf(loaded);
  const report: FileReport = {
    file: loaded.file,
    sha256: loaded.sha256,
    valid: loaded.profile !== undefined,
    ...(account ? { account } : {}),
    errors: settings.lang === 'zh-CN' ? loaded.errors.map((e) => ({ ...e, message: localizeInputError(e.message) })) : loaded.errors,
    findings,
  };
  const notes = snapshotNotes(loaded, settings.asOf, settings.lang);
  if (notes.length) report.notes = notes;
  const profile = loaded.profile;
  if (settings.captureFacts && profile?.captured_at) report.capturedAt = toRfc3339(profile.captured_at.at);
  if (internalErrors.length) report.internalErrors = internalErrors;
  return safeFileReport(report, findings);
}

/** The report of a file that could not be read at all. */
export function unreadableFile(file: string, message: string, lang?: Lang): FileReport {
  const shown = lang === 'zh-CN' ? localizeInputError(message) : message;
  return safeFileReport({ file, sha256: '', valid: false, errors: [{ message: shown, path: [], line: 1, column: 1 }], findings: [] });
}

/** Loads and checks one input's bytes. */
export function checkBytes(file: string, bytes: Uint8Array, settings: RunSettings): FileReport {
  return checkFile(loadProfile(file, bytes, settings.hash !== false), settings);
}
