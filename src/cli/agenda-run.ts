/**
 * What `clausecheck agenda` runs (loaded when the command runs): what falls due when. Checks the
 * profiles exactly as `check` does (same inputs, config, as-of and batch path), then lists every
 * deadline the findings carry between the evaluation instant and the horizon, soonest first;
 * optionally posts a digest to chat robots.
 */
import { visible } from '../util/visible.js';
import { cliLang, say, setCliLang } from './lang.js';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { AGREEMENT_VERSION } from '../model/clauses/version.js';
import { DAY_MS, inclusiveEnd, parseWhen, toRfc3339 } from '../model/time.js';
import type { FileReport } from '../contract/report.js';
import { TOOL } from '../contract/version.js';
import { UsageError } from '../util/usage-error.js';
import { OUTPUT_TEXT, refuseOverwritingInputs } from '../report/output-targets.js';
import { colorEnabled } from '../util/color.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { parseJobs, runCheckBatch } from '../batch/check-batch.js';
import { parseAsOf, readFiles, resolveRunInputs } from './check-run.js';
import { AGENDA_FORMATS, type AgendaFormat } from './agenda-command.js';
import { resolveEffectiveConfig } from '../config/effective.js';
import { RULES } from '../../rules/index.js';
import { configFlags, type ConfigOptionValues } from './config-command.js';
import { AGENDA_CLI_TEXT } from './text/agenda.js';
import { localizeInputError } from '../engine/error-text.js';

/** The options commander parses for `agenda`. */
export interface AgendaOptions extends ConfigOptionValues {
  asOf?: string;
  ignore: string[];
  jobs?: string;
  shard?: string;
  quiet?: boolean;
  days?: string;
  until?: string;
  format: string[];
  alarmDays: string;
  notify: string[];
}

/** A whole number of days, at least `min`, for a flag. */
function wholeDays(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new UsageError(say(AGENDA_CLI_TEXT).wholeDays({ flag, min, value }));
  return n;
}

/** The horizon: `--until` (a date includes that whole day) or `--days` (default 14) after as-of. */
function parseHorizon(asOf: number, days: string | undefined, until: string | undefined): number {
  const text = say(AGENDA_CLI_TEXT);
  if (days !== undefined && until !== undefined) throw new UsageError(text.daysAndUntil);
  if (until !== undefined) {
    const parsed = parseWhen(until);
    if (typeof parsed === 'string') throw new UsageError(text.badUntil({ problem: cliLang() === 'en' ? parsed : localizeInputError(parsed) }), text.badUntilHint);
    const end = inclusiveEnd(parsed);
    if (end <= asOf) throw new UsageError(text.untilNotAfter({ until, asOf: toRfc3339(asOf) }));
    return end;
  }
  return asOf + wholeDays('--days', days ?? '14', 1) * DAY_MS;
}

function parseTargets(values: readonly string[]): { format: AgendaFormat; file?: string }[] {
  const text = say(OUTPUT_TEXT);
  const targets = (values.length ? values : ['text']).map((value) => {
    const eq = value.indexOf('=');
    const name = eq < 0 ? value : value.slice(0, eq);
    if (!(AGENDA_FORMATS as readonly string[]).includes(name)) throw new UsageError(say(AGENDA_CLI_TEXT).unknownFormat({ name }), text.formats({ names: AGENDA_FORMATS.join(', ') }));
    const file = eq < 0 ? undefined : value.slice(eq + 1);
    if (file === '') throw new UsageError(text.needsFile({ name }));
    return file === undefined ? { format: name as AgendaFormat } : { format: name as AgendaFormat, file };
  });
  if (targets.filter((t) => t.file === undefined).length > 1) throw new UsageError(text.oneStdout, text.oneStdoutHint({ example: 'ics=agenda.ics' }));
  return targets;
}

/** Runs `agenda` with the parsed arguments; its exit code. */
export async function runAgenda(paths: string[], options: AgendaOptions): Promise<ExitCode> {
  const targets = parseTargets(options.format);
  const alarmDays = wholeDays('--alarm-days', options.alarmDays, 0);
  // The chat module is loaded only when --notify asks for it; bad --notify values fail before any checking.
  const chat = options.notify.length ? await import('./notify.js') : undefined;
  const notify = chat ? chat.parseNotify(options.notify) : [];
  // The same inputs, instant and configuration as check, on the same batch path.
  const asOf = parseAsOf(options.asOf, Date.now());
  const jobs = parseJobs(options.jobs);
  const cwd = process.cwd();
  const inputs = await resolveRunInputs(paths, options, cwd);
  const effective = await resolveEffectiveConfig({ cwd, rules: RULES, flags: { ...configFlags(options), env: process.env } });
  setCliLang(effective.lang.value);
  await refuseOverwritingInputs(targets, readFiles(inputs, effective));
  const run = { asOf, jobs, cwd, inputs, effective, lang: effective.lang.value, maxFileBytes: effective.maxFileBytes.value };
  const until = parseHorizon(run.asOf, options.days, options.until);
  const reports: FileReport[] = [];
  const checked = await runCheckBatch({
    ...run,
    targets: [],
    verbose: false,
    quiet: Boolean(options.quiet),
    meta: { tool: { ...TOOL }, agreement: AGREEMENT_VERSION, asOf: toRfc3339(run.asOf) },
    observe: (report) => reports.push(report),
    captureFacts: true,
  });
  const { buildAgenda } = await import('../report/agenda/build.js');
  const agenda = buildAgenda(reports, run.asOf, until);
  const formats = await import('../report/agenda/formats.js');
  for (const target of targets) {
    const color = target.file === undefined && target.format === 'text' && colorEnabled(process.stdout);
    const context = { color, lang: run.lang };
    let text: string;
    if (target.format === 'ics') text = (await import('../report/agenda/ics.js')).formatAgendaIcs(agenda, { ...context, alarmDays });
    else text = { text: formats.formatAgendaText, json: formats.formatAgendaJson, markdown: formats.formatAgendaMarkdown, csv: formats.formatAgendaCsv }[target.format](agenda, context);
    if (target.file === undefined) process.stdout.write(text);
    else await writeFileAtomic(target.file, text);
  }
  for (const report of reports) {
    if (!report.valid) process.stderr.write(`clausecheck: ${visible(say(AGENDA_CLI_TEXT).invalidFile({ file: report.file, count: report.errors.length }))}\n`);
  }
  let code: ExitCode = checked === EXIT.invalid ? EXIT.invalid : EXIT.clean;
  if (chat && notify.length) {
    const failures = await chat.notifyAll(agenda, notify, run.lang);
    for (const f of failures) process.stderr.write(`clausecheck: ${visible(say(AGENDA_CLI_TEXT).notifyFailed(f))}\n`);
    if (failures.length) code = EXIT.invalid;
  }
  return code;
}
