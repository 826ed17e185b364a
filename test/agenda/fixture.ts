/** Agendas of the shipped examples, built in-process as the agenda command builds them. */
import { readFileSync } from 'node:fs';
import { checkFile } from '../../src/engine/check-file.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { DAY_MS, parseWhen } from '../../src/model/time.js';
import { buildAgenda, type Agenda } from '../../src/report/agenda/build.js';
import type { FileReport } from '../../src/contract/report.js';
import { RULES } from '../../rules/index.js';
import { defaultOptions } from '../../src/engine/rule-options.js';

/** An instant from a date or date-time. */
export const at = (text: string) => (parseWhen(text) as { at: number }).at;

/** The file reports of some examples at an as-of, with account facts. */
export function exampleReports(names: readonly string[], asOf: number): FileReport[] {
  const rules = RULES.map((rule) => ({ rule, options: defaultOptions(rule) }));
  return names.map((name) => {
    const file = `examples/${name}.yaml`;
    return checkFile(loadProfile(file, readFileSync(file)), { asOf, rules, bufferDays: DEFAULT_BUFFER_DAYS, captureFacts: true });
  });
}

/** The agenda of some examples from `asOf` for `days` days. */
export function exampleAgenda(names: readonly string[], asOfText: string, days: number): Agenda {
  const asOf = at(asOfText);
  return buildAgenda(exampleReports(names, asOf), asOf, asOf + days * DAY_MS);
}
