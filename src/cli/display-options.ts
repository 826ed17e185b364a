/** The options that shape what human formats show, shared by `check` and `merge`. */
import type { Command } from 'commander';
import type { DisplayOptions } from '../batch/types.js';
import { ONLY_STATUSES, SORT_ORDERS, parseOnly, parseSort } from '../report/display.js';

/** The parsed values commander gives. */
export interface DisplayOptionValues {
  only: string[];
  sort?: string;
  summaryOnly?: boolean;
}

/** Adds `--only`, `--sort` and `--summary-only`. */
export function addDisplayOptions(command: Command): Command {
  return command
    .option('--only <statuses>', `show only findings with these statuses in human formats (text, markdown, html, csv): ${ONLY_STATUSES.join(', ')}, comma-separated; the exit code is unchanged`, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--sort <order>', `order findings within each file: ${SORT_ORDERS.join(', ')} (soonest deadline first; findings without one after)`)
    .option('--summary-only', 'text: one summary line per file with something to show, then the totals');
}

/** The display options from the parsed flags (usage errors for bad values). */
export function displayFlags(options: DisplayOptionValues): DisplayOptions {
  const display: DisplayOptions = {};
  const only = parseOnly(options.only);
  const sort = parseSort(options.sort);
  if (only) display.only = only;
  if (sort) display.sort = sort;
  if (options.summaryOnly) display.summaryOnly = true;
  return display;
}
