/**
 * Progress for batches: an ora spinner on stderr with files done of total, failing files so far
 * and the rate. Only when stderr is a terminal (with a width), `CI` is not set, `--quiet` was not given, and the
 * run has more than one file; ora is imported only then, and only once the run has taken longer
 * than a moment, so quick runs never pay for it or flash a spinner.
 */
import type { FileResult } from './types.js';

/** What a batch reports to progress. */
export interface Progress {
  /** Called for each finished file, in order; `failing` is the running count of failing files. */
  update(result: FileResult, failing: number): void;
  /** Stops and clears the spinner. */
  stop(): void;
  /** True when the caller should yield to the event loop now and then (the spinner is animated by a timer). */
  readonly wantsTicks: boolean;
  /** True while the spinner is being loaded: yield after every file, so the import completes quickly. */
  readonly loading: boolean;
}

const SILENT: Progress = { update() {}, stop() {}, wantsTicks: false, loading: false };

/** Delay before the spinner appears (and ora is loaded); CLAUSECHECK_PROGRESS_DELAY_MS overrides it (tests). */
export const PROGRESS_DELAY_MS = 250;

function delay(): number {
  const value = process.env.CLAUSECHECK_PROGRESS_DELAY_MS;
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : PROGRESS_DELAY_MS;
}

/** True when progress may be shown on this stream. */
export function progressEnabled(options: { quiet: boolean; total: number; stream?: NodeJS.WriteStream; env?: NodeJS.ProcessEnv }): boolean {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  // A terminal of zero width (a pseudo-terminal nobody sized) would make the spinner's redraw loop.
  return !options.quiet && options.total > 1 && Boolean(stream.isTTY) && (stream.columns ?? 0) > 0 && !env.CI;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** Starts progress for a batch of `total` files (silent unless progressEnabled). */
export function startProgress(options: { quiet: boolean; total: number; stream?: NodeJS.WriteStream; env?: NodeJS.ProcessEnv }): Progress {
  if (!progressEnabled(options)) return SILENT;
  const stream = options.stream ?? process.stderr;
  const started = Date.now();
  let done = 0;
  let failing = 0;
  let stopped = false;
  let spinner: { text: string; start(): unknown; stop(): unknown } | undefined;
  let loading = false;
  const text = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    return `Checking profiles: ${done.toLocaleString('en-US')}/${plural(options.total, 'file')} · ${failing.toLocaleString('en-US')} failing · ${rate.toLocaleString('en-US')} files/s`;
  };
  const timer = setTimeout(() => {
    loading = true;
    void import('ora')
      .then(({ default: ora }) => {
        if (stopped) return;
        spinner = ora({ stream, text: text(), discardStdin: false, isEnabled: true });
        spinner.start();
      })
      .catch(() => undefined) // progress is a nicety; never fail a run over it
      .finally(() => (loading = false));
  }, delay());
  timer.unref();
  return {
    wantsTicks: true,
    get loading() {
      return loading;
    },
    update(_result, failingSoFar) {
      done++;
      failing = failingSoFar;
      if (spinner) spinner.text = text();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      spinner?.stop();
    },
  };
}
