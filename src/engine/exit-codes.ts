/** Process exit codes: named constants, never bare numbers. */
export const EXIT = {
  /** Nothing at or above the --fail-on threshold. */
  clean: 0,
  /** Findings at or above the --fail-on threshold. */
  findings: 1,
  /** Invalid input, a usage error, or an internal error. */
  invalid: 2,
} as const;

/** One of the exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
