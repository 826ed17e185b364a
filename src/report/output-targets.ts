/** Where reports go: stdout or files, as `--format NAME[=FILE]` asks. */
import { FORMAT_NAMES, type FormatName } from './formatters/names.js';
import { didYouMean } from '../model/suggest.js';
import { UsageError } from '../util/usage-error.js';

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
