/** A mistake in how the command was called or in what it was given (exit 2). */
import type { Lang } from '../contract/report.js';

/** A usage error's words in one language. */
interface UsageWords {
  message: string;
  hint?: string;
}

/** A mistake in how the command was called or in what it was given (exit 2). */
export class UsageError extends Error {
  constructor(
    message: string,
    /** How to fix it, printed on a second line. */
    readonly hint?: string,
    /** The words in any language, for an error raised below the CLI (which knows the language). */
    readonly words?: (lang: Lang) => UsageWords,
  ) {
    super(message);
  }

  /** An error worded in every language: `message` and `hint` are its English words. */
  static worded(words: (lang: Lang) => UsageWords): UsageError {
    const en = words('en');
    return new UsageError(en.message, en.hint, words);
  }

  /** The message and hint in `lang` (as constructed when the error has no other words). */
  text(lang: Lang): UsageWords {
    return this.words ? this.words(lang) : { message: this.message, ...(this.hint === undefined ? {} : { hint: this.hint }) };
  }
}
