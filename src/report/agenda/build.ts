/**
 * The agenda: every dated transition between the evaluation instant and a horizon, read from the
 * findings' own deadline data (`dueAt`, `dueLater`) and from waivers that end, never by checking
 * again at future instants. Soonest first; ties in file, rule and subject order.
 */
import type { FileReport, ReportFinding } from '../../contract/report.js';
import { DUE_KINDS, type DueKind, type DueStatus } from '../../engine/due.js';
import { inclusiveEnd, parseWhen, toRfc3339 } from '../../model/time.js';

/** One event. */
export interface AgendaEvent {
  /** RFC 3339, +08:00. */
  at: string;
  /** Epoch milliseconds (not serialized). */
  instant: number;
  file: string;
  account: string;
  rule: string;
  /** Every rule that states this same event (same file, subject, kind, instant and status), `rule` first. */
  rules: string[];
  subject: string;
  kind: DueKind;
  /** The status the finding has from then on. */
  status: DueStatus;
  /** The finding's message (its status now is `current`). */
  message: string;
  current: ReportFinding['status'];
  clauses: string[];
  /** Yuan at stake, a decimal string. */
  amount?: string;
}

/** A file whose facts stop at a capture before the evaluation instant. */
interface CapturedFile {
  file: string;
  account: string;
  capturedAt: string;
}

/** The whole agenda. */
export interface Agenda {
  asOf: number;
  until: number;
  events: AgendaEvent[];
  captured: CapturedFile[];
  /** Files checked (valid or not). */
  files: number;
}

interface DueEntry {
  dueAt?: unknown;
  dueKind?: unknown;
  dueTurnsTo?: unknown;
  dueAmount?: unknown;
}

function instantOf(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const parsed = parseWhen(text);
  return typeof parsed === 'string' ? undefined : parsed.at;
}

function isKind(value: unknown): value is DueKind {
  return (DUE_KINDS as readonly unknown[]).includes(value);
}

function dueEntries(finding: ReportFinding): DueEntry[] {
  const data = finding.data as DueEntry & { dueLater?: unknown };
  const later = Array.isArray(data.dueLater) ? (data.dueLater as DueEntry[]) : [];
  return data.dueAt === undefined ? [] : [data, ...later];
}

/** The account a file report names: its name, else its id, else the file. */
function accountOf(report: FileReport): string {
  return report.account?.name ?? report.account?.id ?? report.file;
}

/** Builds the agenda from checked file reports: events with asOf < at < until. */
export function buildAgenda(reports: readonly FileReport[], asOf: number, until: number): Agenda {
  const events: AgendaEvent[] = [];
  const captured: CapturedFile[] = [];
  reports.forEach((report) => {
    const account = accountOf(report);
    const capturedAt = instantOf(report.capturedAt);
    if (capturedAt !== undefined && capturedAt < asOf) captured.push({ file: report.file, account, capturedAt: toRfc3339(capturedAt) });
    for (const finding of report.findings) {
      // Fresh arrays per event: merging events appends to them.
      const base = () => ({ file: report.file, account, rule: finding.rule, rules: [finding.rule], subject: finding.subject, message: finding.message, current: finding.status, clauses: [...finding.clauses] });
      for (const entry of dueEntries(finding)) {
        const at = instantOf(entry.dueAt);
        if (at === undefined || at <= asOf || at >= until || !isKind(entry.dueKind)) continue;
        const status: DueStatus = entry.dueTurnsTo === 'fail' ? 'fail' : 'warn';
        const event: AgendaEvent = { at: toRfc3339(at), instant: at, ...base(), kind: entry.dueKind, status };
        if (typeof entry.dueAmount === 'string') event.amount = entry.dueAmount;
        events.push(event);
      }
      const waiver = finding.waived;
      if (waiver && (finding.status === 'warn' || finding.status === 'fail')) {
        const parsed = parseWhen(waiver.expires);
        const end = typeof parsed === 'string' ? undefined : inclusiveEnd(parsed);
        if (end !== undefined && end > asOf && end < until) events.push({ at: toRfc3339(end), instant: end, ...base(), kind: 'waiver-expires', status: finding.status });
      }
    }
  });
  // A stable sort keeps file order, then each file's findings in rule order, for equal instants.
  events.sort((a, b) => a.instant - b.instant);
  return { asOf, until, events: mergeSame(events), captured, files: reports.length };
}

/** One event per file, subject, kind, instant and status: the rules that state it and their clauses joined. */
function mergeSame(events: readonly AgendaEvent[]): AgendaEvent[] {
  const byKey = new Map<string, AgendaEvent>();
  const out: AgendaEvent[] = [];
  for (const event of events) {
    const key = [event.file, event.subject, event.kind, event.instant, event.status].join('\u0000');
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, event);
      out.push(event);
      continue;
    }
    first.rules.push(event.rule);
    for (const clause of event.clauses) if (!first.clauses.includes(clause)) first.clauses.push(clause);
    if (first.amount === undefined && event.amount !== undefined) first.amount = event.amount;
  }
  return out;
}
