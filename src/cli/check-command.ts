/** `clausecheck check`: load, validate and check profiles, then write the requested reports. */
import { Command, Option } from 'commander';
import { AGREEMENT_VERSION } from '../model/clauses/index.js';
import { parseWhen, toRfc3339 } from '../model/time.js';
import { buildReport, exitCodeFor } from '../engine/summary.js';
import { checkInputs } from '../engine/run.js';
import { expandInputs } from '../load/inputs.js';
import { resolveEffectiveConfig } from '../config/effective.js';
import { applyWaivers, WAIVER_RULE_SUMMARY } from '../config/waivers.js';
import { addConfigOptions, configFlags, type ConfigOptionValues } from './config-command.js';
import { FORMAT_NAMES, FORMATTERS } from '../report/formatters/index.js';
import { githubStepSummary } from '../report/formatters/github.js';
import { appendFile } from 'node:fs/promises';
import type { FailOn, FileReport, RuleSummary } from '../report/types.js';
import { RULES } from '../../rules/index.js';
import { TOOL } from '../version.js';
import { UsageError } from './errors.js';
import { colorEnabled, parseFormats, writeFileAtomic } from './output.js';
import type { ExitCode } from '../engine/exit-codes.js';

interface CheckOptions extends ConfigOptionValues {
  asOf?: string;
  format: string[];
  /** Undefined when not given, so that fail_on from the config applies. */
  failOn?: FailOn;
  verbose?: boolean;
}

/** Parses `--as-of`: a date (00:00 Beijing time) or a date-time (Beijing time when no offset). */
export function parseAsOf(value: string | undefined, now: number): number {
  if (value === undefined) return now;
  const parsed = parseWhen(value);
  if (typeof parsed === 'string') {
    throw new UsageError(`--as-of: ${parsed}`, 'use a date such as 2026-11-26 or a date-time such as 2026-11-26T09:30:00+08:00');
  }
  return parsed.at;
}

async function runCheck(paths: string[], options: CheckOptions): Promise<ExitCode> {
  const targets = parseFormats(options.format);
  const asOf = parseAsOf(options.asOf, Date.now());
  if (paths.length === 0) throw new UsageError('no profiles given', 'name files or directories, e.g. clausecheck check examples/, or - for stdin');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  const inputs = await expandInputs(paths);
  if (inputs.length === 0) throw new UsageError(`no *.yaml or *.yml files found in ${paths.join(', ')}`);
  const cwd = process.cwd();
  const effective = await resolveEffectiveConfig({ cwd, rules: RULES, flags: configFlags(options) });
  const failOn = effective.failOn.value;
  const settings = { asOf, rules: effective.active, bufferDays: effective.bufferDays };
  const checked: FileReport[] = [];
  for await (const file of checkInputs(inputs, settings)) checked.push(file);
  const activeRuleIds = settings.rules.map((a) => a.rule.id);
  const { files } = applyWaivers(checked, effective.waivers.waivers, { asOf, cwd, activeRuleIds });
  const report = buildReport(files, { tool: { ...TOOL }, agreement: AGREEMENT_VERSION, asOf: toRfc3339(asOf) });
  const rules: RuleSummary[] = settings.rules.map(({ rule }) => ({ id: rule.id, title: rule.title, clauses: [...rule.clauses], description: rule.description }));
  rules.push(WAIVER_RULE_SUMMARY);
  for (const target of targets) {
    const stream = process.stdout;
    const context = { failOn, verbose: Boolean(options.verbose), color: target.file === undefined && colorEnabled(stream), cwd, rules };
    const text = FORMATTERS[target.format](report, context);
    if (target.file === undefined) stream.write(text);
    else await writeFileAtomic(target.file, text);
    // GitHub shares the step summary file across the whole step: append, never replace.
    if (target.format === 'github' && process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, githubStepSummary(report, context));
  }
  for (const file of files) {
    for (const e of file.internalErrors ?? []) process.stderr.write(`clausecheck: internal error in rule ${e.rule} on ${file.file}: ${e.message}\n`);
  }
  return exitCodeFor(files, failOn);
}

/** Builds the `check` command; `done` receives the exit code. */
export function checkCommand(done: (code: ExitCode) => void): Command {
  const command = new Command('check')
    .description('check account profiles against the service agreement and report findings with clauses')
    .argument('[paths...]', 'profile files, directories (searched for *.yaml and *.yml), or - for stdin')
    .option('--as-of <date|date-time>', 'judge as of this instant, in Beijing time unless an offset is given (default: now)')
    .option('-f, --format <name[=file]>', `output format: ${FORMAT_NAMES.join(', ')} (csv-bom: csv with a UTF-8 BOM, for Excel); repeat to write several as NAME=FILE, at most one to stdout`, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--fail-on <level>', 'exit 1 when an unwaived finding is at or above this level (default: fail_on in the config, else fail)').choices(['fail', 'warn', 'never']))
    .option('-v, --verbose', 'also list pass and skip findings')
    .addHelpText(
      'after',
      `
Examples:
  $ clausecheck check examples/                     check every profile in a folder
  $ clausecheck check acme.yaml --as-of 2026-11-26  judge as of 00:00 Beijing time that day
  $ clausecheck check acme.yaml --format json > report.json
  $ clausecheck check profiles/ --format text --format sarif=out.sarif --format junit=out.xml
  $ clausecheck check profiles/ --format html=report.html --format csv-bom=audit.csv
  $ cat acme.yaml | clausecheck check -              read a profile from stdin
  $ clausecheck check profiles/ --fail-on warn      exit 1 on warnings too (for CI)
  $ clausecheck check profiles/ --rule 'backup-*'   only the backup rules
  $ clausecheck check profiles/ --waivers waivers.yaml   accept known risks, with reasons and end dates

Settings come from .clausecheck.yaml (found from the working directory upward) or --config; see
"clausecheck config" for what applies and where each value came from.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 invalid input, usage or internal error.`,
    )
    .action(async (paths: string[], options: CheckOptions) => done(await runCheck(paths, options)));
  return addConfigOptions(command);
}
