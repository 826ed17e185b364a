/** The output options `check` and `merge` share: `-o/--output FILE` and `--color` / `--no-color`. */
import type { Command } from 'commander';
import { say } from './lang.js';
import { OPTION_TEXT } from './text/options.js';

/** What the output options parse to. */
export interface OutputOptionValues {
  output?: string;
  /** true with --color, false with --no-color, undefined when neither is given. */
  color?: boolean;
}

/** Adds `-o/--output`, `--color` and `--no-color` to a command. */
export function addOutputOptions(command: Command): Command {
  const text = say(OPTION_TEXT);
  return command.option('-o, --output <file>', text.output).option('--color', text.color).option('--no-color', text.noColor);
}
