/** The output options `check` and `merge` share: `-o/--output FILE`, `--color` / `--no-color` and `--pretty`. */
import type { Command } from 'commander';
import { say } from './lang.js';
import { OPTION_TEXT } from './text/options.js';
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
  const text = say(OPTION_TEXT);
  return command.option('-o, --output <file>', text.output).option('--color', text.color).option('--no-color', text.noColor).option('--pretty', say(CHECK_TEXT).pretty);
}
