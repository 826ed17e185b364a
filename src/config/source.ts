/** Where a configuration value came from: the built-in default, a config file, or the command line. */

/** The origin of one effective value. */
export type ValueSource = { kind: 'default' } | { kind: 'config'; file: string } | { kind: 'cli'; flag: string };

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

/** Human form: `default`, the file path, or `command line (--fail-on warn)`. */
export function describeSource(source: ValueSource): string {
  if (source.kind === 'default') return 'default';
  if (source.kind === 'config') return source.file;
  return `command line (${source.flag})`;
}
