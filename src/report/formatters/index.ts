/** Every output format, in one exhaustive map. */
import type { Formatter } from '../types.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

/** The format names `--format` accepts. */
export const FORMAT_NAMES = ['text', 'json'] as const;
/** One format name. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Formatter by name; adding a name to FORMAT_NAMES without a formatter is a type error. */
export const FORMATTERS: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
};
