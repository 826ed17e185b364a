/** Where reports go: stdout or files, as `--format NAME[=FILE]` asks. */
import { FORMAT_NAMES, type FormatName } from './formatters/names.js';
import { didYouMean } from '../model/suggest.js';
import { UsageError } from '../util/usage-error.js';
import { promises as fs } from 'node:fs'; // read on use: loading node:fs/promises costs milliseconds of a start
import { realTarget } from '../util/atomic-write.js';
import { catalogs, say } from '../util/i18n.js';

/** What a protected file is to the run. */
type ReadRole = 'input' | 'config' | 'waivers' | 'merged';

/** The usage errors of `--format`, `-o` and the output refusal, in English and zh-CN. */
export const OUTPUT_TEXT = catalogs(
  {
    unknownFormat: (p: { name: string; hint: string }) => `unknown format "${p.name}"${p.hint}`,
    formats: (p: { names: string }) => `formats: ${p.names}`,
    needsFile: (p: { name: string }) => `--format ${p.name}= needs a file name after "="`,
    outputNeedsFile: '--output needs a file name',
    outputOne: '-o/--output names the file of the one format given without =FILE',
    outputOneHint: 'e.g. -f sarif -o report.sarif; with several formats give each its file: --format sarif=report.sarif',
    oneStdout: 'only one --format may write to stdout',
    oneStdoutHint: (p: { example: string }) => `give the others a file: --format ${p.example}`,
    role: (p: { role: ReadRole }) => ({ input: 'an input', config: 'the config file', waivers: 'the waivers file', merged: 'a report being merged' })[p.role],
    overwrite: (p: { format: string; target: string; role: string; file: string }) => `--format ${p.format}=${p.target} would overwrite ${p.role} (${p.file}); nothing was written`,
    overwriteHint: 'write the report to another file',
    sameFile: (p: { first: string; second: string }) => `--format ${p.first} and --format ${p.second} write the same file`,
    sameFileHint: 'give each report its own file',
  },
  {
    unknownFormat: (p) => `未知的格式 "${p.name}"${p.hint}`,
    formats: (p) => `可用格式：${p.names}`,
    needsFile: (p) => `--format ${p.name}= 的 "=" 后面需要文件名`,
    outputNeedsFile: '--output 需要文件名',
    outputOne: '-o/--output 指定的是唯一一个未写 =FILE 的格式的文件',
    outputOneHint: '例如 -f sarif -o report.sarif；有多个格式时请各给文件：--format sarif=report.sarif',
    oneStdout: '只能有一个 --format 写到标准输出',
    oneStdoutHint: (p) => `请给其他格式指定文件：--format ${p.example}`,
    role: (p) => ({ input: '输入档案', config: '配置文件', waivers: '豁免文件', merged: '正在合并的报告' })[p.role],
    overwrite: (p) => `--format ${p.format}=${p.target} 会覆盖${p.role}（${p.file}）；未写出任何文件`,
    overwriteHint: '请把报告写到其他文件',
    sameFile: (p) => `--format ${p.first} 和 --format ${p.second} 写的是同一个文件`,
    sameFileHint: '请给每份报告各自的文件',
  },
);

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
    const text = say(OUTPUT_TEXT);
    if (!(FORMAT_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(text.unknownFormat({ name, hint: didYouMean(name, FORMAT_NAMES) }), text.formats({ names: FORMAT_NAMES.join(', ') }));
    }
    if (file === '') throw new UsageError(text.needsFile({ name }));
    return { format: name as FormatName, file };
  });
  const toStdout = targets.filter((t) => t.file === undefined);
  const text = say(OUTPUT_TEXT);
  if (output !== undefined) {
    if (output === '') throw new UsageError(text.outputNeedsFile);
    if (toStdout.length !== 1) throw new UsageError(text.outputOne, text.outputOneHint);
    toStdout[0]!.file = output;
    return targets;
  }
  if (toStdout.length > 1) throw new UsageError(text.oneStdout, text.oneStdoutHint({ example: 'sarif=report.sarif' }));
  return targets;
}

/** A file a run reads, which no output may replace. */
export interface ProtectedFile {
  file: string;
  /** What the file is to the run (named in the refusal). */
  role: ReadRole;
}

/**
 * Refuses (UsageError, before anything is read or written) any output file that is, after
 * following symbolic links, `.`, `..` and aliases, a file the run reads.
 */
export async function refuseOverwritingInputs(targets: readonly { format: string; file?: string | undefined }[], reads: readonly ProtectedFile[]): Promise<void> {
  const files = targets.filter((t): t is { format: string; file: string } => t.file !== undefined);
  if (files.length === 0 || reads.length === 0) return;
  const text = say(OUTPUT_TEXT);
  const real = new Map<string, ProtectedFile>();
  for (const read of reads) if (read.file !== '-') real.set(await realTarget(read.file), read);
  for (const target of files) {
    const hit = real.get(await realTarget(target.file));
    if (hit) {
      throw new UsageError(text.overwrite({ format: target.format, target: target.file, role: text.role({ role: hit.role }), file: hit.file }), text.overwriteHint);
    }
  }
  const seen = new Map<string, { format: string; file: string }>();
  for (const target of files) {
    // Devices and pipes (/dev/null, /dev/stderr, a FIFO) may take several reports.
    if (await fs.stat(target.file).then((s) => !s.isFile(), () => false)) continue;
    const at = await realTarget(target.file);
    const other = seen.get(at);
    if (other) throw new UsageError(text.sameFile({ first: `${other.format}=${other.file}`, second: `${target.format}=${target.file}` }), text.sameFileHint);
    seen.set(at, target);
  }
}
