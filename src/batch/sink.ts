/**
 * Where a batch's results go, as they arrive in input order. json and text are streamed (the
 * header, each file's piece, then the summary), so memory stays flat; other formats (sarif, junit,
 * html, …) keep the file reports and are formatted at the end. A file target is written to a
 * temporary file beside it and renamed at the end, so it is whole or absent; stdout gets pieces
 * as they come, with backpressure from the pipe.
 */
import { promises as fs } from 'node:fs'; // read on use: loading node:fs/promises costs milliseconds of a start
import type { Writable } from 'node:stream';
import { UsageError } from '../util/usage-error.js';
import { visible } from '../util/visible.js';
import { catalogs, say } from '../util/i18n.js';
import { openTarget, WriteError, writeError, writeFileAtomic, type PendingFile } from '../util/atomic-write.js';
import { type OutputTarget } from '../report/output-targets.js';
import type { BaselineSummary, FileReport, FormatContext, Report, ReportSummary } from '../contract/report.js';
import { jsonHead, jsonSeparator, jsonTail, type TextPieces } from './render.js';
import type { FileResult, TextVariant } from './types.js';

const FLUSH_AT = 64 * 1024;

/** The words of output failures, in English and zh-CN. */
const SINK_TEXT = catalogs(
  {
    failed: (p: { format: string; where: string; reason: string }) => `the ${p.format} report ${p.where} was not written: ${p.reason}`,
    stdout: 'to stdout',
    file: (p: { file: string }) => `for ${p.file}`,
    hint: 'the other reports were written; fix the cause and run again',
  },
  {
    failed: (p) => `${p.format} 报告${p.where}未写出：${p.reason}`,
    stdout: '（标准输出）',
    file: (p) => `（${p.file}）`,
    hint: '其他报告已写出；请排除原因后重新运行',
  },
);

/** One line for an output that could not be made or written. */
function outputFailure(target: OutputTarget, error: unknown): string {
  const text = say(SINK_TEXT);
  const where = target.file === undefined ? text.stdout : text.file({ file: visible(target.file) });
  const reason = error instanceof WriteError ? error.reason : error instanceof Error ? error.message : String(error);
  return text.failed({ format: target.format, where, reason });
}

/** A UTF-16 code unit is at most three bytes of UTF-8. */
const MAX_UTF8_PER_UNIT = 3;
/** Room for FLUSH_AT bytes and, after fewer, a piece of up to FLUSH_AT / MAX_UTF8_PER_UNIT characters. */
const BUFFER_SIZE = 2 * FLUSH_AT;

/** A buffered writer with backpressure onto a stream; takes text (encoded straight into its buffer) or UTF-8 bytes. */
class Out {
  /** Made on the first piece after a flush. */
  private buffer: Buffer | undefined;
  private size = 0;
  constructor(private readonly stream: Writable) {}

  async write(piece: string | Uint8Array): Promise<void> {
    if (piece.length === 0) return;
    const most = typeof piece === 'string' ? piece.length * MAX_UTF8_PER_UNIT : piece.length;
    if (this.size + most > BUFFER_SIZE) {
      await this.flush();
      // Too big for any buffer: written on its own.
      if (most > BUFFER_SIZE) return this.send(typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);
    }
    const buffer = (this.buffer ??= Buffer.allocUnsafe(BUFFER_SIZE));
    if (typeof piece === 'string') this.size += buffer.write(piece, this.size, 'utf8');
    else {
      buffer.set(piece, this.size);
      this.size += piece.length;
    }
    if (this.size >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0 || !this.buffer) return;
    // The stream may hold the bytes until it has written them: the next pieces go to a new buffer.
    const data = this.buffer.subarray(0, this.size);
    this.buffer = undefined;
    this.size = 0;
    await this.send(data);
  }

  private async send(data: Uint8Array): Promise<void> {
    // A reader that went away (`| head -1`) or a failed file: drop the rest; the run and its exit code go on.
    if (this.stream.destroyed || this.stream.writableEnded) return;
    if (!this.stream.write(data)) await drained(this.stream);
  }
}

/** Resolves when a stream can take more, or can take nothing any more (closed or failed). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

interface StreamTarget {
  target: OutputTarget;
  kind: 'json' | 'text';
  /** Index into the plan's text variants. */
  variant: number;
  out: Out;
  file?: PendingFile;
  count: number;
}

/** What the sink needs rendered per file (turned into the plan's json, texts and keepReports). */
interface SinkNeeds {
  json: boolean;
  texts: TextVariant[];
  keepReports: boolean;
}

/** The text rendering a target gets: its colour, and its wrap width when it is a terminal. */
function textVariantFor(target: OutputTarget, colorFor: (target: OutputTarget) => boolean, widthFor: (target: OutputTarget) => number | undefined): TextVariant {
  const width = widthFor(target);
  return width === undefined ? { color: colorFor(target) } : { color: colorFor(target), width };
}

/** Index of a variant in a list, or -1. */
function variantIndex(variants: readonly TextVariant[], wanted: TextVariant): number {
  return variants.findIndex((v) => v.color === wanted.color && v.width === wanted.width);
}

/** Decides the per-file renderings a set of targets needs. */
export function sinkNeeds(targets: readonly OutputTarget[], colorFor: (target: OutputTarget) => boolean, widthFor: (target: OutputTarget) => number | undefined = () => undefined): SinkNeeds {
  const texts: TextVariant[] = [];
  for (const t of targets) {
    const variant = textVariantFor(t, colorFor, widthFor);
    if (t.format === 'text' && variantIndex(texts, variant) < 0) texts.push(variant);
  }
  return { json: targets.some((t) => t.format === 'json'), texts, keepReports: targets.some((t) => t.format !== 'json' && t.format !== 'text') };
}

/** Options for opening a sink. */
interface SinkOptions {
  targets: readonly OutputTarget[];
  needs: SinkNeeds;
  meta: Pick<Report, 'tool' | 'agreement' | 'asOf'>;
  /** The formatter context without colour (set per target). */
  context: Omit<FormatContext, 'color'>;
  colorFor: (target: OutputTarget) => boolean;
  /** The wrap width of a target (stdout on a terminal); undefined elsewhere. */
  widthFor?: (target: OutputTarget) => number | undefined;
  /** Text pieces per variant, for the tail (and for entries the main thread renders). */
  texts: TextPieces[];
  stdout?: Writable;
  /** Hold every result until the end (when a waiver entry must merge into a file entry). */
  hold?: boolean;
}

/** The streaming report writer of a batch. */
export class ReportSink {
  private readonly streams: StreamTarget[] = [];
  private readonly collected: FileReport[] = [];
  private readonly held: FileResult[] = [];
  private constructor(private readonly options: SinkOptions) {}

  /** Opens every target; file targets get their temporary files now. */
  static async open(options: SinkOptions): Promise<ReportSink> {
    const sink = new ReportSink(options);
    const stdout = options.stdout ?? process.stdout;
    for (const target of options.targets) {
      if (target.format !== 'json' && target.format !== 'text') continue;
      const variant = target.format === 'text' ? variantIndex(options.needs.texts, textVariantFor(target, options.colorFor, options.widthFor ?? (() => undefined))) : -1;
      if (target.file === undefined) {
        sink.streams.push({ target, kind: target.format, variant, out: new Out(stdout), count: 0 });
        continue;
      }
      let file: PendingFile;
      try {
        file = await openTarget(target.file);
      } catch (error) {
        await sink.abort();
        throw error;
      }
      sink.streams.push({ target, kind: target.format, variant, out: new Out(file.stream), file, count: 0 });
    }
    for (const s of sink.streams) if (s.kind === 'json') await s.out.write(jsonHead(options.meta, options.context.pretty));
    return sink;
  }

  /** Writes one file's result (the next in input order). */
  async write(result: FileResult): Promise<void> {
    if (this.options.hold) {
      this.held.push(result);
      return;
    }
    await this.emit(result);
  }

  private async emit(result: FileResult): Promise<void> {
    for (const s of this.streams) {
      if (s.kind === 'json') {
        await s.out.write(jsonSeparator(s.count, this.options.context.pretty));
        await s.out.write(result.json!);
      } else await s.out.write(result.texts![s.variant]!);
      s.count++;
    }
    if (this.options.needs.keepReports) this.collected.push(result.report!);
  }

  /** Results held so far (hold mode), for the caller to amend before finish. */
  heldResults(): FileResult[] {
    return this.held;
  }

  /**
   * Writes the tails and the collected formats, and puts file targets in place. Each output is
   * finished on its own: one that fails (a full disk, a formatter that cannot cope) is reported,
   * after every other output has been written, as one UsageError naming each failed output.
   */
  async finish(summary: ReportSummary, baseline?: BaselineSummary): Promise<void> {
    const failures: string[] = [];
    for (const result of this.held.splice(0)) await this.emit(result);
    for (const s of this.streams) {
      try {
        await s.out.write(s.kind === 'json' ? jsonTail(s.count, summary, baseline, this.options.context.pretty) : this.options.texts[s.variant]!.tail(summary, baseline));
        await s.out.flush();
        await s.file?.commit();
      } catch (error) {
        await s.file?.abort();
        failures.push(outputFailure(s.target, error));
      }
    }
    const others = this.options.targets.filter((t) => t.format !== 'json' && t.format !== 'text');
    if (others.length > 0) {
      const { FORMATTERS } = await import('../report/formatters/index.js');
      const report: Report = { version: 1, ...this.options.meta, files: this.collected, summary, ...(baseline ? { baseline } : {}) };
      for (const target of others) {
        try {
          await this.writeWhole(target, report, FORMATTERS[target.format]);
        } catch (error) {
          failures.push(outputFailure(target, error));
        }
      }
    }
    if (failures.length) throw new UsageError(failures.join('\n'), say(SINK_TEXT).hint);
  }

  private async writeWhole(target: OutputTarget, report: Report, format: (report: Report, context: FormatContext) => string): Promise<void> {
    const context: FormatContext = { ...this.options.context, color: this.options.colorFor(target) };
    const text = format(report, context);
    if (target.file === undefined) {
      const out = new Out(this.options.stdout ?? process.stdout);
      await out.write(text);
      await out.flush();
    } else await writeFileAtomic(target.file, text);
    // GitHub shares the step summary file across the whole step: append, never replace.
    if (target.format === 'github' && process.env.GITHUB_STEP_SUMMARY) {
      const { githubStepSummary } = await import('../report/formatters/github.js');
      const { humanReport } = await import('../report/formatters/human.js');
      const summaryFile = process.env.GITHUB_STEP_SUMMARY;
      await fs.appendFile(summaryFile, githubStepSummary(humanReport(report), context)).catch((error) => Promise.reject(writeError(summaryFile, error)));
    }
  }

  /** Removes temporary files after a failure. */
  async abort(): Promise<void> {
    for (const s of this.streams) await s.file?.abort();
  }
}
