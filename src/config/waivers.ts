/**
 * Waivers (docs/config.md): loading them from the config or a `--waivers FILE`, and
 * applying them to a run's file reports, with expired and unused waivers reported as findings of
 * the pseudo-rule `waiver` in a files entry for the file that holds them (the applying itself is in
 * waiver-apply.ts, re-exported here).
 */
import path from 'node:path';
import type { Rule } from '../engine/types.js';
import type { Lang, RuleSummary } from '../contract/report.js';
import {
  ConfigErrors,
  locateIssues,
  locateWaivers,
  parseYamlSource,
  readForFlag,
  sourceFile,
  type ConfigError,
  type ProjectConfig,
  type SourceFile,
  type Waiver,
} from './load-config.js';
import { displayConfigPath } from './discover.js';
import { validateWaiversDocument } from './schema.js';
import { WAIVER_RULE } from '../contract/report.js';
import { DEFAULT_SOURCE, fromFile, fromFlag, type ValueSource } from './source.js';

/** The catalog entry formatters may cite for the pseudo-rule `waiver` (add it to FormatContext.rules). */
export const WAIVER_RULE_SUMMARY: RuleSummary = {
  id: WAIVER_RULE,
  title: 'Waivers are current and used',
  clauses: [],
  description:
    'A finding about the project configuration itself: a waiver that has expired (it no longer applies, so the findings it covered count again) or a waiver that matched no warn or fail finding in the run (remove it, or fix its rule, files or subject).',
};

/** The pseudo-rule `waiver` as cited in the given language. */
export function waiverRuleSummary(lang: Lang): RuleSummary {
  if (lang === 'en') return WAIVER_RULE_SUMMARY;
  return {
    ...WAIVER_RULE_SUMMARY,
    title: '豁免现行有效且被使用',
    description:
      '关于项目配置本身的发现：已到期的豁免（不再适用，其覆盖的发现重新计入结果），或在本次运行中未匹配任何 warn 或 fail 发现的豁免（请删除，或更正其规则、文件或对象）。',
  };
}

/** The waivers of a run and where they came from. */
export interface WaiverSet {
  waivers: Waiver[];
  /** The file holding them (config or `--waivers FILE`); undefined when there are none. */
  file?: string;
  /** default (none), the config file, or the command line (`--waivers FILE` / `--no-waivers`). */
  source: ValueSource;
  enabled: boolean;
}

/** The result of reading a waivers file: what was valid and every located error. */
interface WaiversFileResult {
  source: SourceFile;
  waivers: Waiver[];
  errors: ConfigError[];
}

/** Parses a `--waivers FILE` document (a mapping with one key, `waivers:`). */
export function parseWaiversFile(bytes: Uint8Array, options: { absolute: string; cwd: string; rules: readonly Rule[] }): WaiversFileResult {
  const parsed = parseYamlSource(bytes, sourceFile(options.absolute, options.cwd, bytes), 'waivers file');
  if (parsed.errors.length > 0) return { source: parsed.source, waivers: [], errors: parsed.errors };
  const { waivers, issues } = validateWaiversDocument(parsed.data, options.rules);
  return { source: parsed.source, waivers: locateWaivers(parsed, waivers), errors: locateIssues(parsed, issues) };
}

/** Reads a `--waivers FILE` (resolved against `cwd`), keeping partial results for linting. */
export async function readWaiversFile(file: string, options: { cwd: string; rules: readonly Rule[] }): Promise<WaiversFileResult> {
  const absolute = path.resolve(options.cwd, file);
  const bytes = await readForFlag(absolute, '--waivers', displayConfigPath(absolute, options.cwd));
  return parseWaiversFile(bytes, { absolute, cwd: options.cwd, rules: options.rules });
}

/** What the command line says about waivers: a file (replacing the config's), `false` for `--no-waivers`. */
export type WaiversFlag = string | false | undefined;

/**
 * The run's waivers: none with `--no-waivers`; those of `--waivers FILE`, which replace the
 * config's (the command line overrides the config file); else the config's. Throws ConfigErrors
 * when the waivers file is invalid.
 */
export async function loadWaivers(options: { config?: ProjectConfig; flag: WaiversFlag; cwd: string; rules: readonly Rule[] }): Promise<WaiverSet> {
  const { config, flag } = options;
  if (flag === false) return { waivers: [], source: fromFlag('--no-waivers'), enabled: false };
  if (typeof flag === 'string') {
    const result = await readWaiversFile(flag, options);
    if (result.errors.length > 0) throw new ConfigErrors(result.errors);
    return { waivers: result.waivers, file: result.source.file, source: fromFlag(`--waivers ${flag}`), enabled: true };
  }
  if (config?.hasWaivers) return { waivers: config.waivers, file: config.source.file, source: fromFile(config.source.file), enabled: true };
  return { waivers: [], source: DEFAULT_SOURCE, enabled: true };
}

export {
  applyWaivers,
  expiredFinding,
  fileMatcher,
  isExpired,
  prepareWaivers,
  unusedFinding,
  waivedInfo,
  waiveFile,
  waiverEnd,
  waiverEntries,
  waiverOutcomes,
  type ApplyOptions,
  type PreparedWaivers,
  type WaiverOutcome,
} from './waiver-apply.js';
