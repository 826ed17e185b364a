/** The Node.js majors the tests run on besides this one. */
export const OTHER_MAJORS: string[];
/** The path of the node binary of a major version, fetched (or waited for) if missing. */
export function nodeRuntime(major: string): Promise<string>;
