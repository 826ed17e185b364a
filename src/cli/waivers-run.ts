/** What `clausecheck waivers list` and `waivers lint` run (loaded when they run): the waivers of a project and their problems. */
import { discoverConfig } from '../config/discover.js';
import { mergeBufferDays } from '../config/effective.js';
import {
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
import { parseAsOf } from './check-run.js';
import type { CommandEnv } from './config-command.js';
import { UsageError } from '../util/usage-error.js';
import { cliLang, say } from './lang.js';
import { CHECK_TEXT } from './text/check.js';
import { WAIVERS_TEXT } from './text/waivers.js';

/** The options `waivers list` and `waivers lint` share. */
export interface CommonOptions {
  config?: string;
  waivers?: string;
  asOf?: string;
  format: 'text' | 'json';
}

/** The options of `waivers lint`. */
export interface LintOptions extends CommonOptions {
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
  if (!/^\d+$/.test(value)) throw new UsageError(say(WAIVERS_TEXT).badWithinDays({ value }));
  return Number(value);
}

/** Runs `waivers list`; its exit code. */
export async function runList(options: CommonOptions, env: CommandEnv): Promise<ExitCode> {
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
  process.stdout.write(options.format === 'json' ? renderWaiverListJson(set, asOf) : renderWaiverListText(set, asOf, cliLang()));
  return EXIT.clean;
}

/** Runs `waivers lint`; its exit code. */
export async function runLint(paths: string[], options: LintOptions, env: CommandEnv): Promise<ExitCode> {
  const cwd = env.cwd ?? process.cwd();
  const rules = env.rules ?? RULES;
  const asOf = parseAsOf(options.asOf, Date.now());
  const withinDays = parseWithinDays(options.withinDays);
  const { config, errors: configErrors } = await readConfig(cwd, options.config, rules);
  const { set, errors: waiverErrors } = await readWaiverSet(cwd, options, config, rules);
  const lang = cliLang();
  const text = say(WAIVERS_TEXT);
  const problems: LintProblem[] = [...invalidProblems(configErrors, lang), ...invalidProblems(waiverErrors, lang), ...lintWaivers(set.waivers, { asOf, withinDays, lang })];
  const notes: string[] = [];
  if (paths.length === 0) {
    notes.push(text.noPaths);
  } else if (configErrors.length > 0) {
    notes.push(text.configFirst);
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
    problems.push(...unusedProblems(waiverOutcomes(waivers, matched, { activeRuleIds: settings.rules.map((r) => r.rule.id) }), lang));
    if (invalid > 0) notes.push(text.invalidProfiles({ count: invalid }));
  }
  process.stdout.write(options.format === 'json' ? renderLintJson(problems, notes) : renderLintText(problems, notes, lang));
  return lintExitCode(problems, options.failOn);
}
