/** Where reports go: stdout or files written atomically, and whether colour is on. */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { FORMAT_NAMES, type FormatName } from '../report/formatters/names.js';
import { didYouMean } from '../model/suggest.js';
import { UsageError } from './errors.js';

/** One requested report: a format and a file, or stdout when `file` is undefined. */
export interface OutputTarget {
  format: FormatName;
  file: string | undefined;
}

/** Parses repeated `--format NAME[=FILE]` values; at most one may go to stdout. */
export function parseFormats(values: readonly string[]): OutputTarget[] {
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
  if (targets.filter((t) => t.file === undefined).length > 1) {
    throw new UsageError('only one --format may write to stdout', 'give the others a file: --format sarif=report.sarif');
  }
  return targets;
}

/** Colour on when the stream is a TTY, unless NO_COLOR or CI is set; FORCE_COLOR turns it on. */
export function colorEnabled(stream: NodeJS.WriteStream): boolean {
  const env = process.env;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.CI) return false;
  return Boolean(stream.isTTY);
}

/** Writes a file atomically: a temporary file beside it, then a rename. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
  }
}
