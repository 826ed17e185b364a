/** The words of waiver findings, in English and zh-CN. */
import { formatBeijing } from '../model/time.js';
import { catalogs } from '../util/i18n.js';

interface Scope {
  rule: string;
  subject?: string;
  files?: string;
  owner: string;
}

const scopeEn = (p: Scope) =>
  [`rule ${p.rule}`, ...(p.subject === undefined ? [] : [`subject ${p.subject}`]), ...(p.files === undefined ? [] : [`files ${p.files}`])].join(', ');
const scopeZh = (p: Scope) =>
  [`规则 ${p.rule}`, ...(p.subject === undefined ? [] : [`对象 ${p.subject}`]), ...(p.files === undefined ? [] : [`文件 ${p.files}`])].join('，');

/** Usage errors of rule selection, config discovery and files named by flags, by language. */
export const CONFIG_USAGE_TEXT = catalogs(
  {
    unknownRule: (p: { flag: string; pattern: string; best: string }) => `${p.flag} ${p.pattern}: unknown rule "${p.pattern}"${p.best ? ` (did you mean "${p.best}"?)` : ''}`,
    unknownRuleHint: 'use a rule id (clausecheck config lists them), or a pattern with * such as backup-*',
    noMatch: (p: { flag: string; pattern: string; best: string }) => `${p.flag} ${p.pattern}: the pattern matches no rule${p.best ? ` (did you mean "${p.best}"?)` : ''}`,
    noMatchHint: 'clausecheck config lists every rule id; * matches any run of characters',
    noRules: 'no rules left to run',
    noRulesHint: "check --rule / --skip-rule and the rules the config turns off; clausecheck config shows each rule's state",
    twoConfigs: (p: { dir: string; names: readonly string[] }) => `two config files in ${p.dir}: ${p.names.join(' and ')}`,
    twoConfigsHint: 'keep one of them, or name one with --config',
  },
  {
    unknownRule: (p) => `${p.flag} ${p.pattern}：未知的规则 "${p.pattern}"${p.best ? `（是否想写 "${p.best}"？）` : ''}`,
    unknownRuleHint: '请使用规则 id（clausecheck config 会列出），或带 * 的模式，如 backup-*',
    noMatch: (p) => `${p.flag} ${p.pattern}：该模式不匹配任何规则${p.best ? `（是否想写 "${p.best}"？）` : ''}`,
    noMatchHint: 'clausecheck config 会列出全部规则 id；* 匹配任意字符序列',
    noRules: '没有剩下可运行的规则',
    noRulesHint: '请检查 --rule / --skip-rule 以及配置关闭的规则；clausecheck config 会显示每条规则的状态',
    twoConfigs: (p) => `${p.dir} 中有两个配置文件：${p.names.join(' 和 ')}`,
    twoConfigsHint: '请只保留其中一个，或用 --config 指定一个',
  },
);

/** Expired and unused waiver findings by language. */
export const WAIVER_TEXT = catalogs(
  {
    expired: (p: Scope & { end: number; matched: number }) =>
      `Waiver (${scopeEn(p)}; owner ${p.owner}) expired at ${formatBeijing(p.end)}${
        p.matched ? `; ${p.matched === 1 ? 'the finding it covered counts' : `the ${p.matched} findings it covered count`} again` : ''
      }. Fix the findings, or renew the waiver with a new expires date and reason.`,
    unused: (p: Scope) =>
      `Waiver (${scopeEn(p)}; owner ${p.owner}) matched no warn or fail finding in this run. Remove it if the problem is fixed, or correct its rule, files or subject.`,
  },
  {
    expired: (p) =>
      `豁免（${scopeZh(p)}；负责人 ${p.owner}）已于 ${formatBeijing(p.end)} 到期${p.matched ? `；其覆盖的 ${p.matched} 项发现重新计入结果` : ''}。请修复这些问题，或以新的到期日和理由续期该豁免。`,
    unused: (p) =>
      `豁免（${scopeZh(p)}；负责人 ${p.owner}）在本次运行中未匹配任何 warn 或 fail 发现。如问题已解决请删除；否则请更正其规则、文件或对象。`,
  },
);
