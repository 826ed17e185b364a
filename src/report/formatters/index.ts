/** Every output format, in one exhaustive map. */
import type { Formatter } from '../types.js';
import { formatCsv, formatCsvBom } from './csv.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** The format names `--format` accepts (`csv-bom` is `csv` with a UTF-8 BOM, for Excel). */
export const FORMAT_NAMES = ['text', 'json', 'sarif', 'junit', 'github', 'markdown', 'csv', 'csv-bom', 'html'] as const;
/** One format name. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Formatter by name; adding a name to FORMAT_NAMES without a formatter is a type error. */
export const FORMATTERS: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
  csv: formatCsv,
  'csv-bom': formatCsvBom,
  html: formatHtml,
};
