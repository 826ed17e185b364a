/**
 * Which language people read: `--lang`, `lang:` in the config, `CLAUSECHECK_LANG`, else the
 * locale (`LC_ALL`, `LC_MESSAGES`, `LANG`; `C` and `POSIX` count as unset), else English.
 */
import type { Lang } from '../contract/report.js';

/** The languages clausecheck speaks, as written in `--lang` and `lang:`. */
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** The default language. */
const DEFAULT_LANG: Lang = 'en';

/** True when the string is exactly one of LANGS. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * A locale or language tag read leniently (`zh_CN.UTF-8`, `zh-Hans`, `zh_TW`, `ZH-cn`, `en_US`):
 * any Chinese is zh-CN (the only Chinese catalog), any English is en; undefined for anything else.
 */
export function langOfLocale(value: string): Lang | undefined {
  const tag = value.trim().split(/[.@]/)[0]!.toLowerCase();
  const language = tag.split(/[-_]/)[0];
  if (language === 'zh') return 'zh-CN';
  if (language === 'en') return 'en';
  return undefined;
}

/** The locale variables in the order POSIX consults them for messages. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** The language of the locale: the first set locale variable (C and POSIX count as unset); undefined when none is set. */
export function localeLang(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  for (const name of LOCALE_VARIABLES) {
    const value = env[name];
    if (value === undefined || value === '' || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    return langOfLocale(value) ?? DEFAULT_LANG;
  }
  return undefined;
}

/** Where a run's language came from, for `clausecheck config`. */
type LangSource = 'flag' | 'config' | 'CLAUSECHECK_LANG' | 'locale' | 'default';

/** The chosen language and where it came from; `badVariable` holds a CLAUSECHECK_LANG that names no language. */
export interface LangChoice {
  lang: Lang;
  source: LangSource;
  badVariable?: string;
}

/** Chooses the language: flag, then config, then CLAUSECHECK_LANG, then the locale, then English. */
export function chooseLang(input: { flag?: Lang; config?: Lang; env: Readonly<Record<string, string | undefined>> }): LangChoice {
  if (input.flag) return { lang: input.flag, source: 'flag' };
  if (input.config) return { lang: input.config, source: 'config' };
  const variable = input.env.CLAUSECHECK_LANG;
  if (variable) {
    const lang = isLang(variable) ? variable : langOfLocale(variable);
    if (lang) return { lang, source: 'CLAUSECHECK_LANG' };
  }
  const bad = variable && !langOfLocale(variable) ? { badVariable: variable } : {};
  const locale = localeLang(input.env);
  if (locale) return { lang: locale, source: 'locale', ...bad };
  return { lang: DEFAULT_LANG, source: 'default', ...bad };
}
