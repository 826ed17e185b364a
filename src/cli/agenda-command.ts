/**
 * `clausecheck agenda`: the command's arguments and options. What it runs (agenda-run.ts: a check,
 * then every deadline the findings carry up to the horizon) is loaded only when it runs.
 */
import { Command } from 'commander';
import type { ExitCode } from '../engine/exit-codes.js';
import { addConfigOptions } from './config-command.js';
import { say } from './lang.js';
import { CHECK_TEXT } from './text/check.js';
import { COMMANDS_TEXT } from './text/commands.js';
import type { AgendaOptions } from './agenda-run.js';

/** The agenda's output formats. */
export const AGENDA_FORMATS = ['text', 'json', 'markdown', 'csv', 'ics'] as const;
/** One agenda output format. */
export type AgendaFormat = (typeof AGENDA_FORMATS)[number];

const collect = (value: string, previous: string[]) => [...previous, value];

/** Builds the `agenda` command; `done` receives the exit code. */
export function agendaCommand(done: (code: ExitCode) => void): Command {
  const text = say(COMMANDS_TEXT);
  const check = say(CHECK_TEXT);
  const command = new Command('agenda')
    .description(text.agenda)
    .argument('[paths...]', text.agendaPaths)
    .option('--as-of <date|date-time>', text.agendaAsOf)
    .option('--days <n>', text.agendaDays)
    .option('--until <date|date-time>', text.agendaUntil)
    .option('-f, --format <name[=file]>', text.agendaFormat({ names: AGENDA_FORMATS.join(', ') }), collect, [] as string[])
    .option('--alarm-days <n>', text.alarmDays, '1')
    .option('--notify <platform[=url]>', text.notify, collect, [] as string[])
    .option('--ignore <pattern>', text.agendaIgnore, collect, [] as string[])
    .option('-j, --jobs <n>', text.agendaJobs)
    .option('--shard <K/N>', text.agendaShard)
    .option('-q, --quiet', check.quiet)
    .addHelpText('after', text.agendaAfter)
    .action(async (paths: string[], options: AgendaOptions) => done(await (await import('./agenda-run.js')).runAgenda(paths, options)));
  return addConfigOptions(command);
}
