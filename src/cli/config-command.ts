/** `clausecheck config`: prints the effective configuration and where each value came from; and the config options several commands share. */
import { FAIL_ON_LEVELS } from '../contract/report.js';
import { Command, Option } from 'commander';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import type { Rule } from '../engine/types.js';
import type { ConfigFlags } from '../config/effective.js';
import type { FailOn, Lang } from '../contract/report.js';
import { say, setCliLang } from './lang.js';
import { CHECK_TEXT } from './text/check.js';
import { INFO_HELP } from './text/info.js';
import { OPTION_TEXT } from './text/options.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** The options `addConfigOptions` adds, as commander parses them. */
export interface ConfigOptionValues {
  config?: string;
  rule: string[];
  skipRule: string[];
  /** A file, false for `--no-waivers`, undefined when neither was given. */
  waivers?: string | false;
  /** A baseline file, false for `--no-baseline`, undefined when neither was given. */
  baseline?: string | false;
  /** `--lang`, added to every command. */
  lang?: Lang;
}

/** Adds `--config`, `--rule`, `--skip-rule`, `--waivers` and `--no-waivers` (for `check` and `config`). */
export function addConfigOptions(command: Command): Command {
  const text = say(OPTION_TEXT);
  return command
    .option('-c, --config <file>', text.config)
    .option('--rule <id>', text.rule, collect, [] as string[])
    .option('--skip-rule <id>', text.skipRule, collect, [] as string[])
    .option('--waivers <file>', text.waivers)
    .option('--no-waivers', text.noWaivers)
    .option('--baseline <file>', text.baseline)
    .option('--no-baseline', text.noBaseline);
}

/** The ConfigFlags for resolveEffectiveConfig from parsed options; `failOn` only when given. */
export function configFlags(options: ConfigOptionValues & { failOn?: FailOn; pretty?: boolean }): ConfigFlags {
  const flags: ConfigFlags = { rule: options.rule, skipRule: options.skipRule, waivers: options.waivers };
  if (options.baseline !== undefined) flags.baseline = options.baseline;
  if (options.config !== undefined) flags.config = options.config;
  if (options.failOn !== undefined) flags.failOn = options.failOn;
  if (options.lang !== undefined) flags.lang = options.lang;
  if (options.pretty) flags.pretty = true;
  return flags;
}

interface ConfigCommandOptions extends ConfigOptionValues {
  failOn?: FailOn;
  format: 'text' | 'json';
}

/** What the `config` and `waivers` commands run against; tests pass a small rule list and a folder. */
export interface CommandEnv {
  rules?: readonly Rule[];
  /** The working directory (default: process.cwd()). */
  cwd?: string;
  /** The environment for CLAUSECHECK_LANG and the locale (default: process.env). */
  environment?: Readonly<Record<string, string | undefined>>;
}

async function runConfig(options: ConfigCommandOptions, env: CommandEnv): Promise<ExitCode> {
  const flags = { ...configFlags(options), env: env.environment ?? process.env };
  // Loaded when the command runs: the configuration code and the rules are not needed to parse arguments.
  const { renderEffectiveJson, renderEffectiveText, resolveEffectiveConfig } = await import('../config/effective.js');
  const rules = env.rules ?? (await import('../../rules/index.js')).RULES;
  const effective = await resolveEffectiveConfig({ cwd: env.cwd ?? process.cwd(), rules, flags });
  setCliLang(effective.lang.value);
  process.stdout.write(options.format === 'json' ? renderEffectiveJson(effective) : renderEffectiveText(effective, effective.lang.value));
  return EXIT.clean;
}

/** Builds the `config` command; `done` receives the exit code. */
export function configCommand(done: (code: ExitCode) => void, env: CommandEnv = {}): Command {
  const command = new Command('config').description(say(CHECK_TEXT).config);
  addConfigOptions(command)
    .addOption(new Option('--fail-on <level>', say(OPTION_TEXT).configFailOn).choices(FAIL_ON_LEVELS))
    .addOption(new Option('--format <name>', say(INFO_HELP).format).choices(['text', 'json']).default('text'))
    .addHelpText('after', say(OPTION_TEXT).configAfter)
    .action(async (options: ConfigCommandOptions) => done(await runConfig(options, env)));
  return command;
}
