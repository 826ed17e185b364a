/** The output options `check` and `merge` share: `-o/--output FILE` and `--color` / `--no-color`. */
import type { Command } from 'commander';

/** What the output options parse to. */
export interface OutputOptionValues {
  output?: string;
  /** true with --color, false with --no-color, undefined when neither is given. */
  color?: boolean;
}

/** Adds `-o/--output`, `--color` and `--no-color` to a command. */
export function addOutputOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', 'write the report to this file instead of stdout (the one --format given without =FILE; text by default)')
    .option('--color', 'colour the text report on stdout even when it is not a terminal')
    .option('--no-color', 'never colour the output (also NO_COLOR=1 or FORCE_COLOR=0)');
}
