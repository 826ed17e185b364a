/** A mistake in how the command was called or in what it was given (exit 2). */
export class UsageError extends Error {
  constructor(
    message: string,
    /** How to fix it, printed on a second line. */
    readonly hint?: string,
  ) {
    super(message);
  }
}
