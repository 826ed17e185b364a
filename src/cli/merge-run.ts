/** What `clausecheck merge` runs (loaded when the command runs): the JSON reports of shards in any format, as one unsharded run would give. */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolveEffectiveConfig } from '../config/effective.js';
import type { ExitCode } from '../engine/exit-codes.js';
import type { BaselineSummary, FailOn, FileReport } from '../contract/report.js';
import { loadRunBaseline } from '../config/baseline.js';
import { baselineFile } from '../config/baseline-apply.js';
import { RULES } from '../../rules/index.js';
import { configFlags, type ConfigOptionValues } from './config-command.js';
import { UsageError } from '../util/usage-error.js';
import { parseFormats, refuseOverwritingInputs } from '../report/output-targets.js';
import { openOutput } from '../batch/check-batch.js';
import { mergeReports, openReport, sameMeta, type OpenReport } from '../batch/merge.js';
import { readReportPieces, ReportSyntaxError } from '../batch/report-stream.js';
import type { OutputOptionValues } from './output-options.js';
import { resultOf } from '../batch/file-step.js';
import { Tally } from '../batch/tally.js';
import { BATCH_TEXT } from '../batch/messages.js';
import { displayFlags, type DisplayOptionValues } from './display-options.js';
import { cliLang, say, setCliLang } from './lang.js';
import { readReason } from '../util/read-reason.js';
import { OPTION_TEXT } from './text/options.js';

/** A file report without baseline marks and fixed entries (to compare it with another baseline). */
function withoutBaseline(file: FileReport): FileReport {
  const { baselineFixed: _fixed, ...rest } = file;
  return { ...rest, findings: file.findings.map(({ baseline: _mark, ...finding }) => finding) };
}

/** The options commander parses for `merge`. */
export interface MergeOptions extends ConfigOptionValues, DisplayOptionValues, OutputOptionValues {
  format: string[];
  failOn?: FailOn;
  verbose?: boolean;
}

/** Opens a shard report for streaming, with errors that name the file. */
async function open(name: string): Promise<OpenReport> {
  const text = say(OPTION_TEXT);
  try {
    await access(name, constants.R_OK);
  } catch (error) {
    const text = say(BATCH_TEXT);
    throw new UsageError(text.cannotRead({ name, reason: ((error as NodeJS.ErrnoException).code === 'ENOENT' ? readReason(error, cliLang()) : undefined) ?? (error as Error).message }));
  }
  const wrap = (error: unknown) => {
    const text = say(BATCH_TEXT);
    return error instanceof ReportSyntaxError
      ? new UsageError(text.notJson({ name, problem: text.reportProblem(error.problem) }), text.notReportHint)
      : new UsageError(text.cannotRead({ name, reason: (error as Error).message }));
  };
  return openReport(name, readReportPieces(name)[Symbol.asyncIterator](), wrap);
}

/** Without a baseline given to merge, the shards' own baseline counts, added up (they read after the files). */
function shardsBaseline(reports: readonly OpenReport[]): BaselineSummary | undefined {
  const found = reports.map((r) => r.members.get('baseline') as BaselineSummary | undefined).filter((b) => b !== undefined);
  if (found.length === 0) return undefined;
  return found.reduce((sum, b) => ({ file: sum.file, baselined: sum.baselined + b.baselined, new: sum.new + b.new, fixed: sum.fixed + b.fixed }), { file: found[0]!.file, baselined: 0, new: 0, fixed: 0 });
}

/** Runs `merge` with the parsed arguments; its exit code. */
export async function runMerge(names: string[], options: MergeOptions): Promise<ExitCode> {
  const targets = parseFormats(options.format, options.output);
  const display = displayFlags(options);
  if (names.length === 0) throw new UsageError(say(BATCH_TEXT).noReports, say(BATCH_TEXT).noReportsHint);
  await refuseOverwritingInputs(targets, names.map((file) => ({ file, role: 'merged' })));
  const reports: OpenReport[] = [];
  for (const name of names) reports.push(await open(name));
  sameMeta(reports);
  const meta = reports[0]!.meta;
  const cwd = process.cwd();
  // The config decides the rules formatters cite, fail_on and the language; waivers were applied by the shards.
  const effective = await resolveEffectiveConfig({ cwd, rules: RULES, flags: { ...configFlags(options), waivers: false, env: process.env } });
  const lang = effective.lang.value;
  setCliLang(lang);
  // A baseline given to merge (or in the config) is applied afresh; else the shards' marks stand.
  const baseline = await loadRunBaseline(effective, cwd);
  const asOf = Date.parse(meta.asOf);
  // Merge joins shards: a batch by nature (the file count is known only at the end, as entries stream).
  const output = await openOutput({ targets, effective, asOf, cwd, verbose: Boolean(options.verbose), lang, meta, hold: false, display: { batch: true, ...display }, color: options.color });
  const tally = new Tally(0, baseline?.file);
  try {
    let index = 0;
    await mergeReports(reports, async (entry) => {
      const result = resultOf(index++, baseline ? baselineFile(withoutBaseline(entry), baseline, cwd) : entry, output.context);
      tally.add(result);
      await output.sink.write(result);
    }, lang);
    await output.sink.finish(tally.summary, tally.baseline ?? shardsBaseline(reports));
  } catch (error) {
    await output.sink.abort();
    throw error;
  }
  return tally.exitCode(effective.failOn.value);
}
