/** `clausecheck waivers list` and `clausecheck waivers lint`: the waivers of a project and their problems. */
import { say } from '../util/i18n.js';
import { CHECK_TEXT } from './text/check.js';
import { AGENDA_TEXT } from './text/agenda.js';
import { FAIL_ON_LEVELS } from '../contract/report.js';
import { Command, Option } from 'commander';
import { discoverConfig } from '../config/discover.js';
import { mergeBufferDays } from '../config/effective.js';
import {
  EXPIRING_WITHIN_DAYS,
  invalidProblems,
  lintExitCode,
  lintWaivers,
  renderLintJson,
  renderLintText,
  renderWaiverListJson,
  renderWaiverListText,
  unusedProblems,
  type LintProblem,
} from '../config/lint.js';
import { ConfigErrors, readConfigFile, type ConfigError, type ProjectConfig } from '../config/load-config.js';
import { activeRules, decideRules } from '../config/select.js';
import { DEFAULT_SOURCE, fromFile, fromFlag } from '../config/source.js';
import { loadWaivers, readWaiversFile, type WaiverSet } from '../config/waivers.js';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import type { Rule } from '../engine/types.js';
import { expandInputs, readInput } from '../load/inputs.js';
import { checkOne } from '../batch/file-step.js';
import { prepareWaivers, waiverOutcomes } from '../config/waiver-apply.js';
import type { FailOn } from '../contract/report.js';
import { RULES } from '../../rules/index.js';
import { parseAsOf } from './check-command.js';
import type { CommandEnv } from './config-command.js';
import { UsageError } from '../util/usage-error.js';

interface CommonOptions {
  config?: string;
  waivers?: string;
  asOf?: string;
  format: 'text' | 'json';
}

interface LintOptions extends CommonOptions {
  withinDays: string;
  failOn: FailOn;
}

/** The config (partial when invalid) and its errors; undefined config when there is none. */
async function readConfig(cwd: string, explicit: string | undefined, rules: readonly Rule[]): Promise<{ config?: ProjectConfig; errors: ConfigError[] }> {
  const location = await discoverConfig({ cwd, ...(explicit !== undefined ? { explicit } : {}) });
  if (!location) return { errors: [] };
  return readConfigFile(location.absolute, { cwd, rules, flag: location.explicit ? '--config' : 'config' });
}

/** The waivers to lint, keeping every error rather than stopping at the first invalid file. */
async function readWaiverSet(cwd: string, options: CommonOptions, config: ProjectConfig | undefined, rules: readonly Rule[]): Promise<{ set: WaiverSet; errors: ConfigError[] }> {
  if (options.waivers !== undefined) {
    const result = await readWaiversFile(options.waivers, { cwd, rules });
    return { set: { waivers: result.waivers, file: result.source.file, source: fromFlag(`--waivers ${options.waivers}`), enabled: true }, errors: result.errors };
  }
  if (config?.hasWaivers) return { set: { waivers: config.waivers, file: config.source.file, source: fromFile(config.source.file), enabled: true }, errors: [] };
  return { set: { waivers: [], source: DEFAULT_SOURCE, enabled: true }, errors: [] };
}

function parseWithinDays(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(say(AGENDA_TEXT).badWithinDays({ value }));
  return Number(value);
}

async function runList(options: CommonOptions, env: CommandEnv): Promise<ExitCode> {
  const cwd = env.cwd ?? process.cwd();
  const rules = env.rules ?? RULES;
  const asOf = parseAsOf(options.asOf, Date.now());
  let config: ProjectConfig | undefined;
  if (options.waivers === undefined) {
    const read = await readConfig(cwd, options.config, rules);
    if (read.errors.length > 0) throw new ConfigErrors(read.errors);
    config = read.config;
  }
  const set = await loadWaivers({ ...(config ? { config } : {}), flag: options.waivers, cwd, rules });
  process.stdout.write(options.format === 'json' ? renderWaiverListJson(set, asOf) : renderWaiverListText(set, asOf));
  return EXIT.clean;
}

async function runLint(paths: string[], options: LintOptions, env: CommandEnv): Promise<ExitCode> {
  const cwd = env.cwd ?? process.cwd();
  const rules = env.rules ?? RULES;
  const asOf = parseAsOf(options.asOf, Date.now());
  const withinDays = parseWithinDays(options.withinDays);
  const { config, errors: configErrors } = await readConfig(cwd, options.config, rules);
  const { set, errors: waiverErrors } = await readWaiverSet(cwd, options, config, rules);
  const problems: LintProblem[] = [...invalidProblems(configErrors), ...invalidProblems(waiverErrors), ...lintWaivers(set.waivers, { asOf, withinDays })];
  const notes: string[] = [];
  if (paths.length === 0) {
    notes.push('unused waivers are found only by a run: name the profiles to check, e.g. clausecheck waivers lint profiles/');
  } else if (configErrors.length > 0) {
    notes.push('unused waivers were not looked for: fix the configuration first');
  } else {
    const inputs = await expandInputs(paths);
    if (inputs.length === 0) throw new UsageError(say(CHECK_TEXT).noFiles({ paths: paths.join(', '), ignore: '' }));
    const decisions = decideRules(rules, config);
    const settings = { asOf, rules: activeRules(decisions), bufferDays: mergeBufferDays(config) };
    // The check run's own file step (src/batch/file-step.ts): check, waive, count each waiver's matches.
    const waivers = prepareWaivers(set.waivers, { asOf, cwd });
    const matched = set.waivers.map(() => 0);
    let invalid = 0;
    for (const input of inputs) {
      const step = checkOne(input.file, await readInput(input), { settings, waivers });
      step.matched.forEach((n, i) => (matched[i]! += n));
      if (!step.report.valid) invalid++;
    }
    problems.push(...unusedProblems(waiverOutcomes(waivers, matched, { activeRuleIds: settings.rules.map((r) => r.rule.id) })));
    if (invalid > 0) notes.push(`${invalid} profile${invalid === 1 ? ' is' : 's are'} invalid, so a waiver for them may show as unused; run clausecheck check on them`);
  }
  process.stdout.write(options.format === 'json' ? renderLintJson(problems, notes) : renderLintText(problems, notes));
  return lintExitCode(problems, options.failOn);
}

function common(command: Command): Command {
  return command
    .option('-c, --config <file>', 'use this config file instead of looking for .clausecheck.yaml (or .yml) upward')
    .option('--waivers <file>', 'take waivers from this file (a waivers: list) instead of the config')
    .option('--as-of <date|date-time>', 'judge expiry as of this instant, in Beijing time unless an offset is given (default: now)')
    .addOption(new Option('--format <name>', 'output format').choices(['text', 'json']).default('text'));
}

/** Builds the `waivers` command with `list` and `lint`; `done` receives the exit code. */
export function waiversCommand(done: (code: ExitCode) => void, env: CommandEnv = {}): Command {
  const list = common(new Command('list').description('list the waivers with their owner, reason and expiry standing'))
    .addHelpText(
      'after',
      `
Examples:
  $ clausecheck waivers list                          the waivers of .clausecheck.yaml
  $ clausecheck waivers list --waivers waivers.yaml --as-of 2026-12-01
  $ clausecheck waivers list --format json

Exit codes: 0 listed, 2 the config or waivers file is invalid, or a usage error.`,
    )
    .action(async (options: CommonOptions) => done(await runList(options, env)));

  const lint = common(new Command('lint').description('find waivers that are invalid, expired, expiring soon, or (given profiles) unused'))
    .argument('[paths...]', 'profiles to check, to find unused waivers (without them only the waivers themselves are linted)')
    .option('--within-days <days>', 'warn about waivers that end within this many days', String(EXPIRING_WITHIN_DAYS))
    .addOption(new Option('--fail-on <level>', 'exit 1 when a problem is at or above this level').choices(FAIL_ON_LEVELS).default('fail'))
    .addHelpText(
      'after',
      `
Problems: invalid (a missing field, an unknown rule, a wrong type: fail), expired (fail), expiring within
--within-days (warn), unused: matched no warn or fail finding when the named profiles were checked (warn).

Examples:
  $ clausecheck waivers lint                          static checks, as of now
  $ clausecheck waivers lint profiles/                also run the rules to find unused waivers
  $ clausecheck waivers lint --as-of 2026-12-01 --fail-on warn   fail CI a month before expiry

Exit codes: 0 nothing at or above --fail-on, 1 problems at or above it, 2 a usage error.`,
    )
    .action(async (paths: string[], options: LintOptions) => done(await runLint(paths, options, env)));

  const command = new Command('waivers')
    .description('list waivers, or lint them (invalid, expired, expiring soon, unused)')
    .addCommand(list.exitOverride())
    .addCommand(lint.exitOverride())
    .addHelpText(
      'after',
      `
Waivers live in .clausecheck.yaml (waivers:) or in a file given with --waivers. A waiver covers the
warn and fail findings of its rule in its files (a glob relative to the folder of the file that holds
it) and subject, through the end of its expires day (UTC+8).

Examples:
  $ clausecheck waivers list
  $ clausecheck waivers lint profiles/`,
    );
  return command;
}
