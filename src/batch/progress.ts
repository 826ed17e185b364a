/**
 * Progress for batches: an ora spinner on stderr with files done of total, failing files so far
 * and the rate, in the run's language. Only when stderr is a terminal (with a width), `CI` is not set, `--quiet` was not given, and the
 * run has more than one file; ora is imported only then, and only once the run has taken longer
 * than a moment, so quick runs never pay for it or flash a spinner.
 */
import { say } from '../util/i18n.js';
import { BATCH_TEXT } from './messages.js';
import type { FileResult } from './types.js';

/** What a batch reports to progress. */
export interface Progress {
  /** Called for each finished file, in order; `failing` is the running count of failing files. */
  update(result: FileResult, failing: number): void;
  /** Stops and clears the spinner. */
  stop(): void;
  /** True when the caller should yield to the event loop now and then (the spinner is animated by a timer). */
  readonly wantsTicks: boolean;
  /** True while the spinner is due or being loaded: yield after every file, so it shows as soon as it is due. */
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

/** A count with thousands separators, the same in every language the catalogs have. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Starts progress for a batch of `total` files (silent unless progressEnabled). */
export function startProgress(options: { quiet: boolean; total: number; stream?: NodeJS.WriteStream; env?: NodeJS.ProcessEnv }): Progress {
  if (!progressEnabled(options)) return SILENT;
  const stream = options.stream ?? process.stderr;
  const words = say(BATCH_TEXT);
  const started = Date.now();
  let done = 0;
  let failing = 0;
  let stopped = false;
  let spinner: { text: string; start(): unknown; stop(): unknown } | undefined;
  let loading = false;
  let asked = false;
  const wait = delay();
  const text = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    return words.progress({ done: count(done), total: count(options.total), files: options.total, failing: count(failing), rate: count(rate) });
  };
  const timer = setTimeout(() => {
    asked = true;
    loading = true;
    void import('ora')
      .then(({ default: ora }) => {
        if (stopped) return;
        spinner = ora({ stream, text: text(), discardStdin: false, isEnabled: true });
        spinner.start();
      })
      .catch(() => undefined) // progress is a nicety; never fail a run over it
      .finally(() => (loading = false));
  }, wait);
  timer.unref();
  return {
    wantsTicks: true,
    get loading() {
      // Due too: the timer runs only when the batch yields, so a short batch would end before it.
      return loading || (!asked && !stopped && Date.now() - started >= wait);
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
