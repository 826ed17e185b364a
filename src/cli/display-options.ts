/** The options that shape what human formats show, shared by `check` and `merge`. */
import type { Command } from 'commander';
import type { DisplayOptions } from '../batch/types.js';
import { ONLY_STATUSES, SORT_ORDERS, parseOnly, parseSort } from '../report/display.js';
import { say } from './lang.js';
import { OPTION_TEXT } from './text/options.js';

/** The parsed values commander gives. */
export interface DisplayOptionValues {
  only: string[];
  sort?: string;
  summaryOnly?: boolean;
}

/** Adds `--only`, `--sort` and `--summary-only`. */
export function addDisplayOptions(command: Command): Command {
  const text = say(OPTION_TEXT);
  return command
    .option('--only <statuses>', text.only({ statuses: ONLY_STATUSES.join(', ') }), (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--sort <order>', text.sort({ orders: SORT_ORDERS.join(', ') }))
    .option('--summary-only', text.summaryOnly);
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
