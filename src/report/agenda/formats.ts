/** The agenda's human and machine formats: text, json, markdown and csv (ics and chat digests apart). */
import type { Lang } from '../../contract/report.js';
import { formatMoney, parseMoney } from '../../model/money.js';
import { beijingDay, formatBeijing, formatDay, toRfc3339 } from '../../model/time.js';
import { visible } from '../../util/visible.js';
import { painter } from '../paint.js';
import { csvField, guardFormula, mdText } from '../formatters/cells.js';
import type { Agenda, AgendaEvent } from './build.js';
import { agendaWords, type AgendaWords } from './messages.js';

/** What every agenda formatter may use besides the agenda. */
export interface AgendaContext {
  lang?: Lang;
  color: boolean;
}

/** An agenda formatter: a pure function of the agenda and its context. */
type AgendaFormatter = (agenda: Agenda, context: AgendaContext) => string;

/** The amount at stake as shown to people (`¥9,800.00`), or '' when there is none. */
export function shownAmount(event: Pick<AgendaEvent, 'amount'>): string {
  const money = event.amount === undefined ? undefined : parseMoney(event.amount);
  return money === undefined ? '' : formatMoney(money);
}

/** The events grouped by Beijing calendar day, in order. */
export function byDay(events: readonly AgendaEvent[]): [string, AgendaEvent[]][] {
  const days = new Map<string, AgendaEvent[]>();
  for (const event of events) {
    const day = formatDay(beijingDay(event.instant));
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return [...days];
}

/** The header lines: title, range, count. */
export function agendaHeading(agenda: Agenda, words: AgendaWords): { title: string; range: string; count: string } {
  const days = Math.round((agenda.until - agenda.asOf) / 86_400_000);
  const files = new Set(agenda.events.map((e) => e.file)).size;
  const text = words.text;
  return { title: text.title, range: text.range({ from: formatBeijing(agenda.asOf), until: formatBeijing(agenda.until), days }), count: text.count({ events: agenda.events.length, files }) };
}

/** The clock time of an event in Beijing time, `HH:MM`. */
export function clock(event: AgendaEvent): string {
  return event.at.slice(11, 16);
}

/** The rules and clauses behind an event: `renewal-deadline §3.2.2 §9.1.2`. */
export function eventRefs(event: Pick<AgendaEvent, 'rules' | 'clauses'>): string {
  return `${event.rules.join(', ')} ${event.clauses.map((x) => `§${x}`).join(' ')}`;
}

/** text: for a terminal, grouped by day. */
export const formatAgendaText: AgendaFormatter = (agenda, context) => {
  const words = agendaWords(context.lang);
  const c = painter(context.color);
  const head = agendaHeading(agenda, words);
  const lines = [`${c.bold(head.title)}  ${head.range}`, head.count, ''];
  for (const note of agenda.captured) lines.push(c.yellow(words.text.capturedNote({ file: visible(note.file), at: note.capturedAt })));
  if (agenda.captured.length) lines.push('');
  if (agenda.events.length === 0) lines.push(words.text.none, '');
  for (const [day, events] of byDay(agenda.events)) {
    lines.push(c.bold(day));
    for (const e of events) {
      const status = e.status === 'fail' ? c.red(words.status.fail) : c.yellow(words.status.warn);
      const amount = shownAmount(e);
      lines.push(`  ${clock(e)}  → ${status}  ${words.happens[e.kind]}  ${visible(e.account)} · ${visible(e.subject)}${amount ? `  ${words.text.atStake({ amount })}` : ''}`);
      lines.push(`         ${words.todo[e.kind]}`);
      lines.push(c.dim(`         ${eventRefs(e)} · ${visible(e.file)}`));
    }
    lines.push('');
  }
  return lines.join('\n');
};

/** The JSON document's event: the report's fields plus what to do, in the context's language. */
function jsonEvent(e: AgendaEvent, words: AgendaWords): Record<string, unknown> {
  const out: Record<string, unknown> = { at: e.at, file: e.file, account: e.account, rule: e.rule, rules: e.rules, subject: e.subject, kind: e.kind, status: e.status, current: e.current, message: e.message, clauses: e.clauses };
  if (e.amount !== undefined) out.amount = e.amount;
  out.action = words.todo[e.kind];
  return out;
}

/** json: `{version, asOf, until, events, captured}`. */
export const formatAgendaJson: AgendaFormatter = (agenda, context) => {
  const words = agendaWords(context.lang);
  const document = {
    version: 1,
    asOf: toRfc3339(agenda.asOf),
    until: toRfc3339(agenda.until),
    events: agenda.events.map((e) => jsonEvent(e, words)),
    captured: agenda.captured,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};

/** markdown: a heading per day and a table of its events. */
export const formatAgendaMarkdown: AgendaFormatter = (agenda, context) => {
  const words = agendaWords(context.lang);
  const head = agendaHeading(agenda, words);
  const t = words.text;
  const lines = [`## ${mdText(head.title)}`, '', `${mdText(head.range)} · ${mdText(head.count)}`, ''];
  for (const note of agenda.captured) lines.push(`> ${mdText(t.capturedNote({ file: note.file, at: note.capturedAt }))}`, '');
  if (agenda.events.length === 0) lines.push(mdText(t.none), '');
  for (const [day, events] of byDay(agenda.events)) {
    lines.push(`### ${day}`, '', `| ${[t.colAt, t.colStatus, t.colHappens, t.colAccount, t.colSubject, t.colAmount, t.colTodo, t.colRule, t.colFile].join(' | ')} |`, `|${' --- |'.repeat(9)}`);
    for (const e of events) {
      const cells = [clock(e), words.status[e.status], words.happens[e.kind], e.account, e.subject, shownAmount(e), words.todo[e.kind], eventRefs(e), e.file];
      lines.push(`| ${cells.map(mdText).join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
};

/** The csv columns, in order. */
const AGENDA_CSV_COLUMNS = ['at', 'file', 'account', 'rule', 'rules', 'subject', 'kind', 'status', 'current', 'amount', 'clauses', 'message', 'action'] as const;

/** csv: RFC 4180 with CRLF, one event a row; text cells guarded against formulas. */
export const formatAgendaCsv: AgendaFormatter = (agenda, context) => {
  const words = agendaWords(context.lang);
  const rows = agenda.events.map((e) =>
    [e.at, guardFormula(e.file), guardFormula(e.account), e.rule, e.rules.join(' '), guardFormula(e.subject), e.kind, e.status, e.current, e.amount ?? '', e.clauses.join(' '), guardFormula(e.message), words.todo[e.kind]].map(csvField).join(','),
  );
  return [AGENDA_CSV_COLUMNS.join(','), ...rows].map((row) => `${row}\r\n`).join('');
};
