/**
 * The effective configuration of a run: built-in defaults, then the config file, then command-line
 * flags, with where each value came from; and its text and JSON rendering for `clausecheck config`.
 */
import type { ActiveRule } from '../engine/check-file.js';
import type { Rule } from '../engine/types.js';
import { DEFAULT_BUFFER_DAYS, type BufferTable } from '../model/buffer-days.js';
import type { FailOn, Lang } from '../contract/report.js';
import { loadProjectConfig, type ProjectConfig, type Waiver } from './load-config.js';
import { activeRules, decideRules, type Selection } from './select.js';
import { DEFAULT_SOURCE, describeSource, fromEnv, fromFile, fromFlag, type ValueSource } from './source.js';
import { chooseLang, localeLang } from '../util/lang.js';
import { displayWidth, padToWidth } from '../util/display-width.js';
import { CONFIG_TEXT } from './config-text.js';
import { loadWaivers, type WaiverSet, type WaiversFlag } from './waivers.js';
import { DEFAULT_MAX_FILE_BYTES, formatBytes } from '../load/inputs.js';

/** A value and where it came from. */
interface Sourced<T> {
  value: T;
  source: ValueSource;
}

/** The command-line flags that bear on configuration (as commander parses them). */
export interface ConfigFlags {
  /** `--config FILE`. */
  config?: string;
  /** `--rule ID`, repeatable. */
  rule?: readonly string[];
  /** `--skip-rule ID`, repeatable. */
  skipRule?: readonly string[];
  /** `--waivers FILE`, or false for `--no-waivers`. */
  waivers?: WaiversFlag;
  /** `--fail-on LEVEL`; undefined when not given (so the config's fail_on applies). */
  failOn?: FailOn;
  /** `--baseline FILE`, or false for `--no-baseline`. */
  baseline?: string | false;
  /** `--pretty`: true when given (so the config's pretty applies otherwise). */
  pretty?: boolean;
  /** `--lang LANG`; undefined when not given (so the config's lang, CLAUSECHECK_LANG or the locale applies). */
  lang?: Lang;
  /** `--max-file-size`, already parsed: its bytes and the text as given. */
  maxFileSize?: { bytes: number; text: string };
  /** The environment for CLAUSECHECK_LANG and the locale variables (none when absent). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** One rule's effective state and options. */
interface EffectiveRule {
  id: string;
  state: Sourced<'off' | 'warn' | 'fail'>;
  options: Record<string, Sourced<unknown>>;
}

/** One product's effective buffer days. */
interface EffectiveProduct {
  subscription: number;
  payg: number;
  source: ValueSource;
}

/** Everything a run is configured with. */
export interface EffectiveConfig {
  /** The config file as shown (undefined when none was found or given). */
  configFile?: string;
  failOn: Sourced<FailOn>;
  /** Whether the JSON report is indented (compact by default). */
  pretty: Sourced<boolean>;
  /** The language of what people read. */
  lang: Sourced<Lang>;
  rules: EffectiveRule[];
  products: Record<string, EffectiveProduct>;
  waivers: WaiverSet;
  /** For RunSettings.rules. */
  active: ActiveRule[];
  /** For RunSettings.bufferDays. */
  bufferDays: BufferTable;
  /** The baseline file to compare with (absolute, or relative to the working directory), from `--baseline` or the config's `baseline:`. */
  baseline?: Sourced<string>;
  /** The largest profile read, in bytes: `--max-file-size`, the config's `max_file_size`, else DEFAULT_MAX_FILE_BYTES. */
  maxFileBytes: Sourced<number>;
}

/** Buffer days: the shipped table with the config's products merged over it. */
export function mergeBufferDays(config: ProjectConfig | undefined): BufferTable {
  const table: BufferTable = { ...DEFAULT_BUFFER_DAYS };
  for (const [product, days] of Object.entries(config?.products ?? {})) {
    table[product] = { subscription: days.subscription, payg: days.payg, source: `project configuration ${config!.source.file}`, read: 'project configuration' };
  }
  return table;
}

function optionSources(options: unknown, written: readonly string[], config: ProjectConfig | undefined): Record<string, Sourced<unknown>> {
  const out: Record<string, Sourced<unknown>> = {};
  if (typeof options !== 'object' || options === null) return out;
  for (const [name, value] of Object.entries(options)) {
    out[name] = { value, source: config && written.includes(name) ? fromFile(config.source.file) : DEFAULT_SOURCE };
  }
  return out;
}

/** The run's language: `--lang`, the config's `lang`, CLAUSECHECK_LANG, the locale, else English; with its source. */
function effectiveLang(flags: ConfigFlags, config: ProjectConfig | undefined): Sourced<Lang> {
  const env = flags.env ?? {};
  const choice = chooseLang({ ...(flags.lang ? { flag: flags.lang } : {}), ...(config?.lang ? { config: config.lang } : {}), env });
  if (choice.source === 'flag') return { value: choice.lang, source: fromFlag(`--lang ${choice.lang}`) };
  if (choice.source === 'config') return { value: choice.lang, source: fromFile(config!.source.file) };
  if (choice.source === 'CLAUSECHECK_LANG') return { value: choice.lang, source: fromEnv('CLAUSECHECK_LANG', env.CLAUSECHECK_LANG!) };
  if (choice.source === 'locale') {
    const variable = (['LC_ALL', 'LC_MESSAGES', 'LANG'] as const).find((name) => localeLang({ [name]: env[name] }) !== undefined)!;
    return { value: choice.lang, source: fromEnv(variable, env[variable]!) };
  }
  return { value: choice.lang, source: DEFAULT_SOURCE };
}

/** Combines defaults, config and flags (pure: the config and waivers are already loaded). */
export function buildEffectiveConfig(input: { rules: readonly Rule[]; config?: ProjectConfig; flags?: ConfigFlags; waivers?: WaiverSet }): EffectiveConfig {
  const { rules, config, flags = {} } = input;
  const selection: Selection = { only: flags.rule ?? [], skip: flags.skipRule ?? [] };
  const decisions = decideRules(rules, config, selection);
  let failOn: Sourced<FailOn> = { value: 'fail', source: DEFAULT_SOURCE };
  if (config?.failOn) failOn = { value: config.failOn, source: fromFile(config.source.file) };
  if (flags.failOn) failOn = { value: flags.failOn, source: fromFlag(`--fail-on ${flags.failOn}`) };
  const lang = effectiveLang(flags, config);
  let maxFileBytes: Sourced<number> = { value: DEFAULT_MAX_FILE_BYTES, source: DEFAULT_SOURCE };
  if (config?.maxFileBytes !== undefined) maxFileBytes = { value: config.maxFileBytes, source: fromFile(config.source.file) };
  if (flags.maxFileSize) maxFileBytes = { value: flags.maxFileSize.bytes, source: fromFlag(`--max-file-size ${flags.maxFileSize.text}`) };
  let pretty: Sourced<boolean> = { value: false, source: DEFAULT_SOURCE };
  if (config?.pretty !== undefined) pretty = { value: config.pretty, source: fromFile(config.source.file) };
  if (flags.pretty) pretty = { value: true, source: fromFlag('--pretty') };
  const products: Record<string, EffectiveProduct> = {};
  for (const [product, days] of Object.entries(DEFAULT_BUFFER_DAYS)) products[product] = { subscription: days.subscription, payg: days.payg, source: DEFAULT_SOURCE };
  for (const [product, days] of Object.entries(config?.products ?? {})) products[product] = { ...days, source: fromFile(config!.source.file) };
  const effective: EffectiveConfig = {
    failOn,
    pretty,
    lang,
    rules: decisions.map((d) => ({
      id: d.rule.id,
      state: { value: d.state, source: d.stateSource },
      options: optionSources(d.options, config?.rules[d.rule.id]?.optionKeys ?? [], config),
    })),
    products,
    waivers: input.waivers ?? { waivers: [], source: DEFAULT_SOURCE, enabled: true },
    active: activeRules(decisions),
    bufferDays: mergeBufferDays(config),
    maxFileBytes,
  };
  if (config) effective.configFile = config.source.file;
  if (typeof flags.baseline === 'string') effective.baseline = { value: flags.baseline, source: fromFlag(`--baseline ${flags.baseline}`) };
  else if (flags.baseline !== false && config?.baseline !== undefined) effective.baseline = { value: config.baseline, source: fromFile(config.source.file) };
  return effective;
}

/**
 * Discovers and loads the config (`flags.config`, else `.clausecheck.yaml` upward from `cwd`) and
 * the waivers, then builds the effective configuration. Throws ConfigErrors (a UsageError, exit 2)
 * listing every located problem, or a UsageError for an unknown `--rule` / `--skip-rule`.
 */
export async function resolveEffectiveConfig(options: { cwd: string; rules: readonly Rule[]; flags?: ConfigFlags }): Promise<EffectiveConfig> {
  const flags = options.flags ?? {};
  const config = await loadProjectConfig({ cwd: options.cwd, rules: options.rules, ...(flags.config !== undefined ? { explicit: flags.config } : {}) });
  const effective = buildEffectiveConfig({ rules: options.rules, ...(config ? { config } : {}), flags });
  effective.waivers = await loadWaivers({ ...(config ? { config } : {}), flag: flags.waivers, cwd: options.cwd, rules: options.rules });
  return effective;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : padToWidth(cell, widths[i] ?? 0))).join('  ').trimEnd());
}

/** One line per waiver: `file:line:col  rule  scope  expires`. */
export function waiverLine(w: Waiver, lang: Lang = 'en'): string[] {
  const text = CONFIG_TEXT[lang];
  const scope = [w.files !== undefined ? text.scopeFiles({ files: w.files }) : text.scopeAllFiles, ...(w.subject !== undefined ? [text.scopeSubject({ subject: w.subject })] : [])];
  return [`${w.source.file}:${w.line}:${w.column}`, w.rule, scope.join(text.scopeSep), text.expires({ date: w.expires.text })];
}

/** The effective configuration as text: each value with its source. */
export function renderEffectiveText(effective: EffectiveConfig, lang: Lang = 'en'): string {
  const text = CONFIG_TEXT[lang];
  const from = (source: ValueSource) => describeSource(source, lang);
  const lines: string[] = [];
  lines.push(text.configFile({ file: effective.configFile }));
  lines.push('');
  lines.push(...table([
    ['fail_on', effective.failOn.value, from(effective.failOn.source)],
    ['lang', effective.lang.value, from(effective.lang.source)],
    ['pretty', String(effective.pretty.value), from(effective.pretty.source)],
  ]));
  lines.push('', text.rulesHeading);
  const rows: string[][] = [];
  for (const rule of effective.rules) {
    rows.push([`  ${rule.id}`, rule.state.value, from(rule.state.source)]);
    for (const [name, option] of Object.entries(rule.options)) rows.push([`    ${name}`, show(option.value), from(option.source)]);
  }
  lines.push(...table(rows));
  lines.push('', text.productsHeading);
  lines.push(...table(Object.entries(effective.products).map(([p, d]) => [`  ${p}`, `${d.subscription} / ${d.payg}`, from(d.source)])));
  lines.push('', text.baseline({ value: effective.baseline ? `${effective.baseline.value}  ${from(effective.baseline.source)}` : undefined }));
  lines.push(`max_file_size: ${formatBytes(effective.maxFileBytes.value)}  ${from(effective.maxFileBytes.source)}`);
  const w = effective.waivers;
  lines.push('');
  if (!w.enabled) lines.push(text.waiversIgnoredRow({ source: from(w.source) }));
  else if (w.file === undefined) lines.push(text.waiversNone({ file: undefined }));
  else {
    lines.push(text.waiversFrom({ count: w.waivers.length, file: w.file, source: w.source.kind === 'cli' ? ` ${from(w.source)}` : '' }));
    lines.push(...table(w.waivers.map((x) => ['', ...waiverLine(x, lang)])));
  }
  return `${lines.join('\n')}\n`;
}

/** A waiver as JSON (for `config --format json` and `waivers list --format json`). */
export function waiverJson(w: Waiver): Record<string, unknown> {
  const out: Record<string, unknown> = { rule: w.rule };
  if (w.files !== undefined) out.files = w.files;
  if (w.subject !== undefined) out.subject = w.subject;
  Object.assign(out, { reason: w.reason, owner: w.owner, expires: w.expires.text });
  if (w.reference !== undefined) out.reference = w.reference;
  return { ...out, file: w.source.file, line: w.line, column: w.column };
}

/** The effective configuration as a JSON-ready object; each value is `{ value, source }`. */
function effectiveToJson(effective: EffectiveConfig): Record<string, unknown> {
  return {
    configFile: effective.configFile ?? null,
    failOn: effective.failOn,
    lang: effective.lang,
    maxFileBytes: effective.maxFileBytes,
    pretty: effective.pretty,
    rules: effective.rules.map((r) => ({ id: r.id, state: r.state.value, source: r.state.source, options: r.options })),
    products: effective.products,
    baseline: effective.baseline ?? null,
    waivers: {
      enabled: effective.waivers.enabled,
      file: effective.waivers.file ?? null,
      source: effective.waivers.source,
      entries: effective.waivers.waivers.map(waiverJson),
    },
  };
}

/** The effective configuration as pretty JSON text. */
export function renderEffectiveJson(effective: EffectiveConfig): string {
  return `${JSON.stringify(effectiveToJson(effective), null, 2)}\n`;
}
