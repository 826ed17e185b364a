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
