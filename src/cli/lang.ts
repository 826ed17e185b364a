/**
 * The CLI's language: chosen once at start-up (for `--help` and errors) from `--lang`, the config's
 * `lang:`, CLAUSECHECK_LANG and the locale, and set again once a run's effective config is known.
 */
import { Command, Option } from 'commander';
import type { Lang } from '../contract/report.js';
import { discoverConfig } from '../config/discover.js';
import { chooseLang, isLang, LANGS, type LangChoice } from '../util/lang.js';

/** The CLI's language state lives with the catalogs (src/util/i18n.ts), so that lower layers' usage errors speak it too. */
export { messageLang as cliLang, setMessageLang as setCliLang, say } from '../util/i18n.js';

/** The value after `--name` or in `--name=value` in raw arguments (before `--`), if any. */
function argValue(argv: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === name) found = argv[i + 1];
    else if (arg.startsWith(`${name}=`)) found = arg.slice(name.length + 1);
  }
  return found;
}

/** The `lang:` of the config that applies, read leniently: undefined when there is none or it is not valid. */
async function configLang(cwd: string, explicit: string | undefined): Promise<Lang | undefined> {
  try {
    const location = await discoverConfig({ cwd, ...(explicit === undefined ? {} : { explicit }) });
    if (!location) return undefined;
    // Loaded only when there is a config: most runs have none.
    const [{ readFile }, { parse }] = await Promise.all([import('node:fs/promises'), import('yaml')]);
    const text = await readFile(location.absolute, 'utf8');
    const data: unknown = parse(text);
    const lang = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).lang : undefined;
    return isLang(lang) ? lang : undefined;
  } catch {
    return undefined; // the command itself reports a bad config, located
  }
}

/** The start-up language from raw arguments, the config and the environment. */
export async function startupLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string): Promise<LangChoice> {
  const flag = argValue(argv, '--lang');
  const config = await configLang(cwd, argValue(argv, '--config'));
  return chooseLang({ ...(isLang(flag) ? { flag } : {}), ...(config ? { config } : {}), env });
}

/** Adds `--lang en|zh-CN` to a command. */
export function addLangOption(command: Command, description: string): Command {
  return command.addOption(new Option('--lang <lang>', description).choices([...LANGS]));
}
