/** The output options `check` and `merge` share: `-o/--output FILE`, `--color` / `--no-color` and `--pretty`. */
import type { Command } from 'commander';
import { say } from './lang.js';
import { CHECK_TEXT } from './text/check.js';

/** What the output options parse to. */
export interface OutputOptionValues {
  output?: string;
  /** true with --color, false with --no-color, undefined when neither is given. */
  color?: boolean;
  /** `--pretty`: indent the JSON report. */
  pretty?: boolean;
}

/** Adds `-o/--output`, `--color`, `--no-color` and `--pretty` to a command. */
export function addOutputOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', 'write the report to this file instead of stdout (the one --format given without =FILE; text by default)')
    .option('--color', 'colour the text report on stdout even when it is not a terminal')
    .option('--no-color', 'never colour the output (also NO_COLOR=1 or FORCE_COLOR=0)')
    .option('--pretty', say(CHECK_TEXT).pretty);
}
