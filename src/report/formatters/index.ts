/** Every output format, in one exhaustive map. */
import type { Formatter } from '../../contract/report.js';
import { formatCsv, formatCsvBom } from './csv.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { FormatName } from './names.js';
import { forHumans } from './human.js';

/** The names live in names.ts, so that parsing --format loads no formatter; re-exported here. */
export { FORMAT_NAMES, type FormatName } from './names.js';

/** Formatter by name (human formats see only visible strings: text makes them visible itself, the others through `forHumans`); adding a name to FORMAT_NAMES without a formatter is a type error. */
export const FORMATTERS: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: forHumans(formatJunit),
  github: formatGithub,
  markdown: forHumans(formatMarkdown),
  csv: forHumans(formatCsv),
  'csv-bom': forHumans(formatCsvBom),
  html: forHumans(formatHtml),
};
