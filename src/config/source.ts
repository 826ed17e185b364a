/** Where a configuration value came from: the built-in default, a config file, or the command line. */
import type { Lang } from '../contract/report.js';
import { CONFIG_TEXT } from './config-text.js';

/** The origin of one effective value. */
export type ValueSource =
  | { kind: 'default' }
  | { kind: 'config'; file: string }
  | { kind: 'cli'; flag: string }
  | { kind: 'env'; variable: string; value: string };

/** The built-in default. */
export const DEFAULT_SOURCE: ValueSource = { kind: 'default' };

/** A value read from a config or waivers file. */
export function fromFile(file: string): ValueSource {
  return { kind: 'config', file };
}

/** A value given on the command line, e.g. `--rule backup-*`. */
export function fromFlag(flag: string): ValueSource {
  return { kind: 'cli', flag };
}

/** A value read from an environment variable, e.g. `LANG=zh_CN.UTF-8`. */
export function fromEnv(variable: string, value: string): ValueSource {
  return { kind: 'env', variable, value };
}

/** Human form: `default`, the file path, `command line (--fail-on warn)` or `environment (LANG=zh_CN.UTF-8)`. */
export function describeSource(source: ValueSource, lang: Lang = 'en'): string {
  const text = CONFIG_TEXT[lang];
  if (source.kind === 'default') return text.sourceDefault;
  if (source.kind === 'config') return source.file;
  if (source.kind === 'env') return text.sourceEnv(source);
  return text.sourceCli(source);
}
