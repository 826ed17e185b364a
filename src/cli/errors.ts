/** The one place errors reach the user: stderr, a clear sentence, a named exit code. */
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { UsageError } from '../util/usage-error.js';
import { safeText } from '../util/redact.js';
import { visible } from '../util/visible.js';

/** A message for stderr: each of its lines through the one redaction path, control characters made visible. */
function safeLines(message: string): string {
  return message
    .split('\n')
    .map((line) => visible(safeText(line)))
    .join('\n');
}
import { cliLang, say } from './lang.js';
import { CHECK_TEXT } from './text/check.js';

/** Prints an error to stderr and returns the exit code to use. Stack traces only with CLAUSECHECK_DEBUG. */
export function reportError(error: unknown): ExitCode {
  if (error instanceof UsageError) {
    const { message, hint } = error.text(cliLang());
    process.stderr.write(`clausecheck: ${safeLines(message)}\n${hint ? `  ${safeLines(hint)}\n` : ''}`);
    return EXIT.invalid;
  }
  const message = error instanceof Error ? error.message : String(error);
  const text = say(CHECK_TEXT);
  process.stderr.write(`clausecheck: ${text.internal({ message: safeLines(message) })}\n`);
  if (process.env.CLAUSECHECK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write(`  ${text.internalHint}\n`);
  return EXIT.invalid;
}
