/**
 * Defaults that commands' options name in their help, apart from the code that uses them, so that
 * building the command line loads no configuration code.
 */

/** `waivers lint` warns about waivers ending within this many days. */
export const EXPIRING_WITHIN_DAYS = 30;

/** The default baseline file name, in the working directory. */
export const BASELINE_FILE_NAME = '.clausecheck-baseline.json';
