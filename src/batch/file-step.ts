/**
 * One file of a batch, start to finish: read, load, check, waive, and render its streamed pieces.
 * The same code runs in the main thread (one job) and in each worker, so the output cannot depend
 * on `--jobs`.
 */
import { prepareWaivers, waiveFile, type PreparedWaivers } from '../config/waiver-apply.js';
import { baselineCounts, baselineFile } from '../config/baseline-apply.js';
import type { ActiveRule, RunSettings } from '../engine/check-file.js';
import { checkBytes, unreadableFile } from '../engine/check-file.js';
import { safeFileReport } from '../engine/safe-report.js';
import type { Rule } from '../engine/types.js';
import { ruleText } from '../../rules/i18n/index.js';
import { readFileInputSync } from '../load/inputs.js';
import type { FileReport, ReportFinding } from '../contract/report.js';
import { jsonEntry, textPieces, type TextFormat, type TextPieces } from './render.js';
import { addFile, emptySummary, worstUnwaived } from '../engine/summary.js';
import type { BatchPlan, FileResult, PlannedInput, PlannedRule } from './types.js';

/** A plan made ready to run: rules resolved to functions, waivers prepared, text pieces made. */
export interface StepContext {
  plan: BatchPlan;
  settings: RunSettings;
  waivers: PreparedWaivers;
  texts: TextPieces[];
}

/** Resolves planned rule ids against the catalog. */
export function resolveRules(planned: readonly PlannedRule[], catalog: readonly Rule[]): ActiveRule[] {
  const byId = new Map(catalog.map((rule) => [rule.id, rule]));
  return planned.map((p) => {
    const rule = byId.get(p.id);
    if (!rule) throw new Error(`unknown rule ${p.id} in a batch plan`);
    const active: ActiveRule = { rule, options: p.options };
    if (p.cap) active.cap = p.cap;
    return active;
  });
}

/** Makes a step context; the text formatter (`text`) is needed only when the plan renders text. */
export function stepContext(plan: BatchPlan, rules: ActiveRule[], text: TextFormat | undefined): StepContext {
  if (plan.texts.length > 0 && !text) throw new Error('text rendering needs the text formatter');
  const texts = plan.texts.map((variant) =>
    textPieces(text!, plan.meta, { ...plan.display, lang: plan.display?.lang ?? plan.lang, failOn: plan.failOn, verbose: plan.verbose, color: variant.color, ...(variant.width === undefined ? {} : { width: variant.width }), cwd: plan.cwd, rules: plan.ruleSummaries }),
  );
  const translated = plan.lang === 'en' ? rules : rules.map((active) => ({ ...active, messages: ruleText(active.rule, plan.lang).messages }));
  const settings: RunSettings = { asOf: plan.asOf, rules: translated, bufferDays: plan.bufferDays, lang: plan.lang, captureFacts: plan.captureFacts === true, hash: plan.hash !== false };
  if (plan.detail) settings.detail = new Set(plan.detail);
  return {
    plan,
    settings,
    waivers: prepareWaivers(plan.waivers, { asOf: plan.asOf, cwd: plan.cwd }),
    texts,
  };
}

/**
 * The streamed result of a file report that is already final (waived, or a waiver entry, or merged);
 * `clean`: the findings checkFile returned for it, cleaned already.
 */
export function resultOf(index: number, given: FileReport, context: Pick<StepContext, 'plan' | 'texts'>, matched: number[] = [], clean?: readonly ReportFinding[]): FileResult {
  // Waiver entries, merged reports and waived findings (reasons) pass the one redaction path here too.
  const report = safeFileReport(given, clean);
  const counts = emptySummary();
  addFile(counts, report);
  const result: FileResult = {
    index,
    file: report.file,
    counts,
    invalid: !report.valid,
    internal: (report.internalErrors?.length ?? 0) > 0,
    worst: worstUnwaived(report.findings),
    matched,
  };
  result.baseline = baselineCounts(report);
  if (context.plan.json) result.json = jsonEntry(report, context.plan.pretty);
  if (context.texts.length) result.texts = context.texts.map((t) => t.block(report));
  if (context.plan.keepReports) result.report = report;
  if (report.internalErrors?.length) result.internalErrors = report.internalErrors;
  return result;
}

/**
 * Checks one input's bytes (or reports why there are none), waives its findings and compares them
 * with the baseline; `clean` is the findings as checked (cleaned), before waivers and baseline.
 */
export function checkOne(file: string, bytes: Uint8Array | string, context: Pick<StepContext, 'settings' | 'waivers'> & { plan?: Pick<BatchPlan, 'baseline' | 'cwd'> }): { report: FileReport; matched: number[]; clean: readonly ReportFinding[] } {
  const checked = typeof bytes === 'string' ? unreadableFile(file, bytes, context.settings.lang) : checkBytes(file, bytes, context.settings);
  const matched: number[] = [];
  const waived = waiveFile(checked, context.waivers, matched);
  const report = context.plan?.baseline ? baselineFile(waived, context.plan.baseline, context.plan.cwd) : waived;
  // Keep match counts compact: most files match no waiver.
  return { report, matched: matched.some((n) => n > 0) ? Array.from({ length: context.waivers.waivers.length }, (_, i) => matched[i] ?? 0) : [], clean: checked.findings };
}

/** The whole step for a planned input. */
export function stepInput(index: number, input: PlannedInput, context: StepContext): FileResult {
  const bytes = input.kind === 'error' ? input.message : input.kind === 'bytes' ? input.bytes : readFileInputSync(input.file, context.plan.maxFileBytes);
  const { report, matched, clean } = checkOne(input.file, bytes, context);
  return resultOf(index, report, context, matched, clean);
}
