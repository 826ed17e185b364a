/** The Node.js majors the tests run on besides this one. */
export const OTHER_MAJORS: string[];
/** The paths of the node binaries of these major versions, by major, fetched (or waited for) if missing. */
export function nodeRuntimes(majors: string[]): Promise<Record<string, string>>;
