/** The tool's name and version (a test keeps this equal to package.json). */
export const TOOL = { name: 'clausecheck', version: '0.1.0' } as const;
/** Where users read about the tool and its rules: the repository (package.json `homepage` says the same; a test keeps them equal). */
export const HOME_URL = 'https://github.com/clausecheck/clausecheck';

/** The web page of a file of the repository (`docs/config.md`, with an optional `#anchor`). */
export function docUrl(repositoryPath: string): string {
  return `${HOME_URL}/blob/main/${repositoryPath}`;
}

/** The raw content of a file of the repository, e.g. a JSON Schema an editor downloads. */
export function rawUrl(repositoryPath: string): string {
  return `${HOME_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/${repositoryPath}`;
}
