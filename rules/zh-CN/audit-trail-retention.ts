import rule from '../audit-trail-retention.js';
import { translateRule } from '../../src/engine/types.js';

/** audit-trail-retention in zh-CN. */
export default translateRule(rule, {
  title: '操作审计日志保留六个月',
  description:
    '客户对其凭证负责（§4.5），并须保留法律要求的日志（§4.6；《网络安全法》第 21 条要求至少六个月）。对每个 `audit-trail` 日志库：已停用，或 `retention_days` 为 180 或更少，判定不通过（审计跟踪自身默认只保留 90 天）；181 至 183 给出警告（六个自然月为 181 至 184 天）；`-1`（永久保留）通过。`log_retention` 中没有审计日志库时，对账户给出警告。',
  fix:
    '开启操作审计（ActionTrail），并投递到保留事件至少 184 天（或 -1，永久）的日志库；跟踪自身的 90 天不够。在 `log_retention` 中以 `kind: audit-trail`、`enabled: true` 和 `retention_days` 记录该日志库。',
  messages: {
    disabled: (p) => `审计日志库 ${p.store} 已停用：账户上的操作没有被记录。`,
    tooShort: (p) =>
      `审计日志库 ${p.store} 保留日志 ${p.days} 天，不超过 180 天：请至少保留六个月（按起始日为 181 至 184 天，《网络安全法》第 21 条）；审计跟踪自身默认只保留 90 天。`,
    short: (p) => `审计日志库 ${p.store} 保留日志 ${p.days} 天，对某些起始日不足六个自然月：请至少保留 184 天。`,
    ok: (p) => `审计日志库 ${p.store} 保留日志${p.days === -1 ? '永久' : ` ${p.days} 天`}，不少于六个月。`,
    noRetention: (p) => `审计日志库 ${p.store} 没有给出 retention_days，未判断其保留期限。`,
    noStore: () =>
      'log_retention 中没有审计日志库：请把账户的操作记录（ActionTrail）存入保留至少六个月的日志库，以便追查泄漏凭证的使用情况（§4.5）。',
  },
});
