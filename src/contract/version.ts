/** The tool's name and version (a test keeps this equal to package.json). */
export const TOOL = { name: 'clausecheck', version: '0.1.0' } as const;
/** Where users read about the tool and its rules. */
export const HOME_URL = 'https://github.com/clausecheck/clausecheck';
