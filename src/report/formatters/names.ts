/** The names of the output formats, apart from the formatters so that naming one loads none. */

/** The format names `--format` accepts (`csv-bom` is `csv` with a UTF-8 BOM, for Excel). */
export const FORMAT_NAMES = ['text', 'json', 'sarif', 'junit', 'github', 'markdown', 'csv', 'csv-bom', 'html'] as const;
/** One format name. */
export type FormatName = (typeof FORMAT_NAMES)[number];
