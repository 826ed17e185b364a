/** Message catalogs: English keyed by message id, and each translation with the same ids and parameters. */
import type { Lang } from '../contract/report.js';

/** Messages keyed by id: a fixed text, or a function of its parameters. */
export type Messages = Record<string, string | ((params: never) => string)>;

/** A translation of `M`: every id of `M`, each taking exactly the same parameters. */
export type Translation<M> = { [K in keyof M]: M[K] };

/** The catalogs of one module in every language. */
type Catalogs<M> = Record<Lang, Translation<M>>;

/** Pairs an English catalog with its zh-CN translation (the compiler checks ids and parameters). */
export function catalogs<M extends Messages>(en: M, zh: Translation<NoInfer<M>>): Catalogs<M> {
  return { en, 'zh-CN': zh };
}

/** The language's catalog, English when absent. */
export function pick<M>(all: Catalogs<M>, lang: Lang | undefined): Translation<M> {
  return all[lang ?? 'en'];
}

let current: Lang = 'en';

/** The language messages are written in now (set once a run's language is known; English before). */
export function messageLang(): Lang {
  return current;
}

/** Sets the language of messages: the CLI sets it at start-up and again from the run's effective config. */
export function setMessageLang(lang: Lang): void {
  current = lang;
}

/** A module's catalog in the current message language (for usage errors and stderr lines in any layer). */
export function say<M>(all: Catalogs<M>): Translation<M> {
  return pick(all, current);
}
