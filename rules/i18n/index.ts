/** Each rule's words in the run's language: the rule's own (English) metadata, or its translation. */
import type { Lang } from '../../src/contract/report.js';
import type { Rule, RuleTranslation } from '../../src/engine/types.js';
import { zhCNText } from '../zh-CN/index.js';

/** The translations of the rules by language, by rule id (English is each rule's own metadata). */
const RULE_TRANSLATIONS: Record<Exclude<Lang, 'en'>, (id: string) => RuleTranslation | undefined> = { 'zh-CN': zhCNText };

/** A rule's title, description, fix and messages in `lang`; English for a rule not (yet) translated. */
export function ruleText(rule: Rule, lang: Lang | undefined): RuleTranslation {
  const translated = lang === undefined || lang === 'en' ? undefined : RULE_TRANSLATIONS[lang](rule.id);
  if (translated) return translated;
  return { title: rule.title, description: rule.description, ...(rule.fix === undefined ? {} : { fix: rule.fix }), messages: rule.messages };
}
