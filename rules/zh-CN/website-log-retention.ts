import rule from '../website-log-retention.js';
import { translateRule } from '../../src/engine/types.js';
import { andList, days } from './words.js';

const kept = (n: number) => (n === -1 ? '永久' : days(n));

/** website-log-retention in zh-CN. */
export default translateRule(rule, {
  title: '网站访问日志保留六个月且字段齐全',
  description:
    '客户须依照《网络安全法》《互联网信息服务管理办法》等规定保留其网站的访问日志记录，包括发布的信息内容及其发布时间、互联网地址（IP）、域名等（§4.6）。《网络安全法》第 21 条要求不少于六个月：180 天或更短判定不通过，181 至 183 天给出警告（六个自然月最长 184 天），-1（永久保留）通过。',
  fix:
    '启用网站访问日志库，日志至少保留 184 天（或 -1，永久），以便从任何起始日都覆盖六个自然月，并让每条记录包含 content、time、ip 和 domain。在 `log_retention` 中以 `kind: website-access` 记录该日志库及其 `retention_days` 和 `fields`。',
  messages: {
    disabled: (p) => `网站访问日志库 ${p.store} 已停用：不保留任何访问日志。`,
    tooShort: (p) => `日志库 ${p.store} 保留日志 ${days(p.days)}；《网络安全法》第 21 条要求不少于六个月，即多于 180 天。`,
    shortForSome: (p) => `日志库 ${p.store} 保留日志 ${days(p.days)}，对某些起始日不足六个月（六个自然月为 181 至 184 天）。`,
    missingFields: (p) => `日志库 ${p.store} 没有记录 ${andList(p.missing)}（§4.6：content、time、ip 和 domain）。`,
    ok: (p) =>
      `日志库 ${p.store} 保留网站访问日志${p.days === undefined ? '（未给出 retention_days，未判断）' : ` ${kept(p.days)}`}` +
      `${p.fields ? '，并记录 content、time、ip 和 domain' : '（未给出 fields，未判断）'}。`,
    noData: (p) => `日志库 ${p.store} 既没有 retention_days 也没有 fields，无法判断。`,
    noStore: (p) =>
      `log_retention ${p.stores === 0 ? '未列出任何日志库' : `列出了 ${p.stores} 个日志库，但没有一个`}的 kind 为 website-access；§4.6 要求保留网站访问日志（content、time、ip、domain）至少六个月。`,
  },
});
