/**
 * Reads a config (or waivers) file: bytes → UTF-8 → YAML → schema, with every problem located at
 * file:line:col in document order.
 */
import { say } from '../util/i18n.js';
import { promises as fs } from 'node:fs'; // read on use: loading node:fs/promises costs milliseconds of a start
import path from 'node:path';
import type { Rule } from '../engine/types.js';
import { UsageError } from '../util/usage-error.js';
import { readReason } from '../util/read-reason.js';
import { safeText } from '../util/redact.js';
import { visible } from '../util/visible.js';
import { decodeUtf8 } from '../load/bytes.js';
import { sha256Hex } from '../util/node-crypto.js';
import { parseYaml, type Locator } from '../load/yaml-document.js';
import type { FailOn, Lang, YamlPath } from '../contract/report.js';
import { discoverConfig, displayConfigPath } from './discover.js';
import { CONFIG_TEXT } from './config-text.js';
import { localizeConfigError } from './error-text.js';
import { validateConfig, type ProductDays, type RuleSetting, type SchemaIssue, type WaiverEntry } from './schema.js';

/** A located problem in a config or waivers file. */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
  path: YamlPath;
}

/** The file a waiver or config came from. */
export interface SourceFile {
  /** As shown to the user: relative to the working directory, `/` separators. */
  file: string;
  absolute: string;
  /** The folder holding the file: `files` globs are relative to it. */
  dir: string;
  sha256: string;
}

/** A waiver with the file and position that hold it. */
export interface Waiver extends WaiverEntry {
  source: SourceFile;
  line: number;
  column: number;
}

/** A loaded `.clausecheck.yaml`. */
export interface ProjectConfig {
  source: SourceFile;
  failOn?: FailOn;
  lang?: Lang;
  /** `pretty:` — indent the JSON report. */
  pretty?: boolean;
  rules: Record<string, RuleSetting>;
  products: Record<string, ProductDays>;
  waivers: Waiver[];
  hasWaivers: boolean;
  /** The `baseline:` file, absolute (resolved against the config file's folder). */
  baseline?: string;
  /** `max_file_size:` in bytes. */
  maxFileBytes?: number;
}

/** Problems that make a config unusable (exit 2); the message lists every one, `file:line:col: message`, in any language. */
export class ConfigErrors extends UsageError {
  constructor(readonly errors: readonly ConfigError[]) {
    super(ConfigErrors.text(errors, 'en').message, CONFIG_TEXT.en.invalidConfigHint, (lang) => ConfigErrors.text(errors, lang));
  }

  /** The message and hint in a language. */
  static text(errors: readonly ConfigError[], lang: Lang): { message: string; hint: string } {
    const words = CONFIG_TEXT[lang];
    return { message: `${words.invalidConfig}\n${errors.map((e) => `  ${formatConfigError(e, lang)}`).join('\n')}`, hint: words.invalidConfigHint };
  }
}

/** `file:line:col: message`, the message in `lang`. */
export function formatConfigError(error: ConfigError, lang: Lang = 'en'): string {
  return visible(`${error.file}:${error.line}:${error.column}: ${safeText(localizeConfigError(error.message, lang))}`);
}

/** A parsed YAML source: its data (or errors) and a locator. */
interface YamlSource {
  source: SourceFile;
  data: unknown;
  errors: ConfigError[];
  locate: Locator;
}

const NOWHERE: Locator = () => ({ line: 1, column: 1 });

/** True when the text holds no YAML content: blank lines, comments, document markers. */
function isBlank(text: string): boolean {
  return text.split('\n').every((line) => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*$/.test(line));
}

function byPosition(a: ConfigError, b: ConfigError): number {
  return a.line - b.line || a.column - b.column;
}

/** Source file facts for an absolute path. */
export function sourceFile(absolute: string, cwd: string, bytes: Uint8Array): SourceFile {
  return { file: displayConfigPath(absolute, cwd), absolute, dir: path.dirname(absolute), sha256: sha256Hex(bytes) };
}

/** Decodes and parses a config-like YAML file; an empty file (or only comments) is an empty mapping. */
export function parseYamlSource(bytes: Uint8Array, source: SourceFile, kind: string): YamlSource {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const message = decoded.problem.message.replace('a profile is', `a ${kind} is`);
    return { source, data: undefined, errors: [{ file: source.file, ...decoded.problem, message, path: [] }], locate: NOWHERE };
  }
  if (isBlank(decoded.text)) return { source, data: {}, errors: [], locate: NOWHERE };
  const parsed = parseYaml(decoded.text);
  const errors = parsed.problems.map((p) => ({
    file: source.file,
    line: p.line,
    column: p.column,
    path: [] as YamlPath,
    message: p.message.replace(/; a profile is a mapping that starts with "format: clausecheck\/v1"$/, `; a ${kind} is a mapping`),
  }));
  return { source, data: parsed.data, errors: errors.sort(byPosition), locate: parsed.locate };
}

/** Locates schema issues in a parsed source, sorted in document order. */
export function locateIssues(source: YamlSource, issues: readonly SchemaIssue[]): ConfigError[] {
  return issues
    .map((issue) => ({ file: source.source.file, ...source.locate(issue.path, issue.onKey), message: issue.message, path: issue.path }))
    .sort(byPosition);
}

/** Attaches the file and position to waiver entries. */
export function locateWaivers(source: YamlSource, entries: readonly WaiverEntry[]): Waiver[] {
  return entries.map((entry) => ({ ...entry, source: source.source, ...source.locate(entry.path) }));
}

/** The result of reading a config: what was valid, and every error (empty when the file is usable). */
export interface ConfigResult {
  config: ProjectConfig;
  errors: ConfigError[];
}

/** Parses and validates config bytes; `absolute` is the file's path, `cwd` decides how it is shown. */
export function parseConfig(bytes: Uint8Array, options: { absolute: string; cwd: string; rules: readonly Rule[] }): ConfigResult {
  const source = parseYamlSource(bytes, sourceFile(options.absolute, options.cwd, bytes), 'config file');
  const empty: ProjectConfig = { source: source.source, rules: {}, products: {}, waivers: [], hasWaivers: false };
  if (source.errors.length > 0) return { config: empty, errors: source.errors };
  const { body, issues } = validateConfig(source.data, options.rules);
  const config: ProjectConfig = {
    source: source.source,
    rules: body.rules,
    products: body.products,
    waivers: locateWaivers(source, body.waivers),
    hasWaivers: body.hasWaivers,
  };
  if (body.failOn) config.failOn = body.failOn;
  if (body.baseline !== undefined) config.baseline = path.resolve(source.source.dir, body.baseline);
  if (body.lang) config.lang = body.lang;
  if (body.maxFileBytes !== undefined) config.maxFileBytes = body.maxFileBytes;
  if (body.pretty !== undefined) config.pretty = body.pretty;
  return { config, errors: locateIssues(source, issues) };
}

/** Reads a file for a flag; a missing or unreadable file is a usage error. */
export async function readForFlag(absolute: string, flag: string, shown: string): Promise<Buffer> {
  try {
    return await fs.readFile(absolute);
  } catch (error) {
    throw UsageError.worded((lang) => ({ message: CONFIG_TEXT[lang].cannotReadForFlag({ flag, file: shown, why: readReason(error, lang) ?? String(error) }) }));
  }
}

/** Reads a config file and keeps partial results: for `clausecheck waivers lint` and `config`. */
export async function readConfigFile(absolute: string, options: { cwd: string; rules: readonly Rule[]; flag?: string }): Promise<ConfigResult> {
  const bytes = await readForFlag(absolute, options.flag ?? 'config', displayConfigPath(absolute, options.cwd));
  return parseConfig(bytes, { absolute, cwd: options.cwd, rules: options.rules });
}

/**
 * Finds and loads the project config (`--config FILE`, else `.clausecheck.yaml` upward from `cwd`).
 * Undefined when there is none; throws ConfigErrors (exit 2) listing every problem when it is invalid.
 */
export async function loadProjectConfig(options: { cwd: string; explicit?: string; rules: readonly Rule[] }): Promise<ProjectConfig | undefined> {
  const location = await discoverConfig(options);
  if (!location) return undefined;
  const { config, errors } = await readConfigFile(location.absolute, { ...options, flag: location.explicit ? '--config' : 'config' });
  if (errors.length > 0) throw new ConfigErrors(errors);
  return config;
}
