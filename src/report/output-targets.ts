/** Where reports go: stdout or files, as `--format NAME[=FILE]` asks. */
import { FORMAT_NAMES, type FormatName } from './formatters/names.js';
import { didYouMean } from '../model/suggest.js';
import { UsageError } from '../util/usage-error.js';
import { stat } from 'node:fs/promises';
import { realTarget } from '../util/atomic-write.js';

/** One requested report: a format and a file, or stdout when `file` is undefined. */
export interface OutputTarget {
  format: FormatName;
  file: string | undefined;
}

/**
 * Parses repeated `--format NAME[=FILE]` values; at most one may go to stdout. `output` (`-o FILE`)
 * is the file of the one format given without `=FILE` (text when no format is given).
 */
export function parseFormats(values: readonly string[], output?: string): OutputTarget[] {
  const targets = (values.length ? values : ['text']).map((value) => {
    const eq = value.indexOf('=');
    const name = eq < 0 ? value : value.slice(0, eq);
    const file = eq < 0 ? undefined : value.slice(eq + 1);
    if (!(FORMAT_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(`unknown format "${name}"${didYouMean(name, FORMAT_NAMES)}`, `formats: ${FORMAT_NAMES.join(', ')}`);
    }
    if (file === '') throw new UsageError(`--format ${name}= needs a file name after "="`);
    return { format: name as FormatName, file };
  });
  const toStdout = targets.filter((t) => t.file === undefined);
  if (output !== undefined) {
    if (output === '') throw new UsageError('--output needs a file name');
    if (toStdout.length !== 1) {
      throw new UsageError('-o/--output names the file of the one format given without =FILE', 'e.g. -f sarif -o report.sarif; with several formats give each its file: --format sarif=report.sarif');
    }
    toStdout[0]!.file = output;
    return targets;
  }
  if (toStdout.length > 1) {
    throw new UsageError('only one --format may write to stdout', 'give the others a file: --format sarif=report.sarif');
  }
  return targets;
}

/** A file a run reads, which no output may replace. */
export interface ProtectedFile {
  file: string;
  /** What the file is, in words: `an input`, `the config file`, `the waivers file`. */
  role: string;
}

/**
 * Refuses (UsageError, before anything is read or written) any output file that is, after
 * following symbolic links, `.`, `..` and aliases, a file the run reads.
 */
export async function refuseOverwritingInputs(targets: readonly OutputTarget[], reads: readonly ProtectedFile[]): Promise<void> {
  const files = targets.filter((t): t is OutputTarget & { file: string } => t.file !== undefined);
  if (files.length === 0 || reads.length === 0) return;
  const real = new Map<string, ProtectedFile>();
  for (const read of reads) if (read.file !== '-') real.set(await realTarget(read.file), read);
  for (const target of files) {
    const hit = real.get(await realTarget(target.file));
    if (hit) {
      throw new UsageError(`--format ${target.format}=${target.file} would overwrite ${hit.role} (${hit.file}); nothing was written`, 'write the report to another file');
    }
  }
  const seen = new Map<string, OutputTarget>();
  for (const target of files) {
    // Devices and pipes (/dev/null, /dev/stderr, a FIFO) may take several reports.
    if (await stat(target.file).then((s) => !s.isFile(), () => false)) continue;
    const at = await realTarget(target.file);
    const other = seen.get(at);
    if (other) throw new UsageError(`--format ${other.format}=${other.file} and --format ${target.format}=${target.file} write the same file`, 'give each report its own file');
    seen.set(at, target);
  }
}
