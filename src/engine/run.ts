/** Checks a list of inputs, one file at a time, yielding file reports in input order. */
import { loadProfile } from '../load/load-profile.js';
import { readInput, type Input } from '../load/inputs.js';
import type { FileReport, Lang } from '../contract/report.js';
import { localizeInputError } from './error-text.js';
import { checkFile, type RunSettings } from './check-file.js';

/** The report of a file that could not be read at all. */
export function unreadableFile(file: string, message: string, lang?: Lang): FileReport {
  const shown = lang === 'zh-CN' ? localizeInputError(message) : message;
  return { file, sha256: '', valid: false, errors: [{ message: shown, path: [], line: 1, column: 1 }], findings: [] };
}

/** Loads and checks one input's bytes. */
export function checkBytes(file: string, bytes: Uint8Array, settings: RunSettings): FileReport {
  return checkFile(loadProfile(file, bytes), settings);
}

/** Checks every input in order; one bad file never stops the others. */
export async function* checkInputs(inputs: readonly Input[], settings: RunSettings): AsyncGenerator<FileReport> {
  for (const input of inputs) {
    const bytes = await readInput(input);
    yield typeof bytes === 'string' ? unreadableFile(input.file, bytes, settings.lang) : checkBytes(input.file, bytes, settings);
  }
}
