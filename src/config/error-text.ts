/**
 * The zh-CN catalog of config and waivers file errors. schema.ts writes each problem in English from
 * a fixed set of sentences; each entry here is keyed by id, matches one of them and gives it in
 * Chinese with the same values (keys, rule ids, quoted input, numbers). Sentences a profile shares
 * (unknown key, wrong type, YAML syntax …) come from the input error catalog (src/engine/error-text.ts).
 * test/i18n/config-errors.test.ts requires every error the invalid configs produce to have a Chinese rendering.
 */
import type { Lang } from '../contract/report.js';
import { localizeInputError, mean, value } from '../engine/error-text.js';

const HINT = String.raw`(?: \(did you mean "(.*)"\?\))?`;
const PSEUDO = /^ \("waiver" is the pseudo-rule for waiver findings and cannot be (configured|waived)\)$/;

/** What an unknown name's message adds: a hint, the allowed names, or that none are taken. */
function unknownTail(tail: string): string {
  const hint = /^ \(did you mean "(.*)"\?\)$/.exec(tail);
  if (hint) return mean(hint[1]);
  const allowed = /^; allowed: (.*)$/.exec(tail);
  if (allowed) return `；可用：${allowed[1]}`;
  const none = /^; (?:rule (\S+)|this mapping) takes no (key|option)s$/.exec(tail);
  if (none) return none[1] ? `；规则 ${none[1]} 没有任何${none[2] === 'key' ? '键' : '选项'}` : '；此映射不接受任何键';
  const pseudo = PSEUDO.exec(tail);
  if (pseudo) return `（"waiver" 是豁免发现的伪规则，不能${pseudo[1] === 'configured' ? '配置' : '豁免'}）`;
  return tail;
}

/** Each config error by id: the English sentence it matches and its Chinese rendering. */
const ERRORS: { id: string; en: RegExp; zh: (m: RegExpExecArray) => string }[] = [
  { id: 'unknownName', en: /^unknown (key|option) "(.*?)"(?: for rule (\S+))?((?: \(did you mean ".*"\?\)|; .*)?)$/, zh: (m) => `${m[3] ? `规则 ${m[3]} ` : ''}未知的${m[1] === 'key' ? '键' : '选项'} "${m[2]}"${unknownTail(m[4]!)}` },
  { id: 'unknownRule', en: /^unknown rule "(.*?)"((?: \(.*\))?)$/, zh: (m) => `未知的规则 "${m[1]}"${unknownTail(m[2]!)}` },
  { id: 'oneOfHint', en: new RegExp(String.raw`^expected one of (.*), got (.*?)${HINT}$`), zh: (m) => `应为 ${m[1]} 之一，实际为 ${value(m[2]!)}${mean(m[3])}` },
  { id: 'atLeast', en: /^expected (at least|at most) (-?[\d.]+)(?:, got (.*))?$/, zh: (m) => `应${m[1] === 'at least' ? '不小于' : '不大于'} ${m[2]}${m[3] === undefined ? '' : `，实际为 ${value(m[3])}`}` },
  { id: 'ruleOptions', en: /^expected a mapping of (\S+)'s options, got (.*)$/, zh: (m) => `应为 ${m[1]} 的选项映射，实际为 ${value(m[2]!)}` },
  { id: 'ruleSetting', en: /^expected off, warn, fail or a mapping with severity and options, got (.*)$/, zh: (m) => `应为 off、warn、fail 或含 severity 和 options 的映射，实际为 ${value(m[1]!)}` },
  { id: 'ruleIds', en: /^expected a mapping of rule ids, got (.*)$/, zh: (m) => `应为以规则 id 为键的映射，实际为 ${value(m[1]!)}` },
  { id: 'productCodes', en: /^expected a mapping of product codes, got (.*)$/, zh: (m) => `应为以产品代码为键的映射，实际为 ${value(m[1]!)}` },
  { id: 'fileSize', en: /^expected a size such as 64MiB or 200MiB \(bytes, or a number with KiB, MiB or GiB\), got (.*)$/, zh: (m) => `应为大小，如 64MiB 或 200MiB（写字节数，或带 KiB、MiB、GiB 的数字），实际为 ${value(m[1]!)}` },
  { id: 'emptyText', en: /^expected text, got an empty string$/, zh: () => '应为文本，实际为空字符串' },
  { id: 'text', en: /^expected text, got (.*)$/, zh: (m) => `应为文本，实际为 ${value(m[1]!)}` },
  { id: 'waiverList', en: /^expected a list of waivers, got (.*)$/, zh: (m) => `应为豁免列表，实际为 ${value(m[1]!)}` },
  { id: 'waiver', en: /^expected a waiver \(a mapping with rule, reason, owner, expires\), got (.*)$/, zh: (m) => `应为一项豁免（含 rule、reason、owner、expires 的映射），实际为 ${value(m[1]!)}` },
  { id: 'configMapping', en: /^expected a mapping with (.*?), got (.*)$/, zh: (m) => `应为含 ${m[1]!.replace(/^a waivers: list$/, 'waivers: 列表')} 的映射，实际为 ${value(m[2]!)}` },
  { id: 'baselinePath', en: /^expected the path of a baseline file \(relative to this file\), got (.*)$/, zh: (m) => `应为基线文件的路径（相对于本文件），实际为 ${value(m[1]!)}` },
  { id: 'topLevel', en: /^the top level is (.*); a (config file|waivers file) is a mapping$/, zh: (m) => `顶层是${value(m[1]!)}；${m[2] === 'config file' ? '配置文件' : '豁免文件'}是映射` },
];

/** The ids of the catalog, for tests. */
export const CONFIG_ERROR_IDS: readonly string[] = ERRORS.map((e) => e.id);

/** A config error in `lang`: Chinese from this catalog, else the input error catalog, else as written. */
export function localizeConfigError(message: string, lang: Lang = 'en'): string {
  if (lang === 'en') return message;
  for (const entry of ERRORS) {
    const match = entry.en.exec(message);
    if (match) return entry.zh(match);
  }
  return localizeInputError(message);
}
