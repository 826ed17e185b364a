import rule from '../data-deletion-risk.js';
import { translateRule } from '../../src/engine/types.js';
import type { AppliedBuffer } from '../../src/model/lifecycle-facts.js';
import { formatBeijing } from '../../src/model/time.js';
import { days } from './words.js';

const bufferNote = (b: AppliedBuffer) =>
  b.isDefault
    ? `依据默认的 ${b.days} 天缓冲期：${b.product === undefined ? '未写明产品的订单' : `产品 ${b.product}`}没有载明的时限`
    : `依据 ${b.product} ${b.kind === 'payg' ? '后付费' : '包年包月'}的 ${b.days} 天缓冲期`;

const stopText = (p: { cause: 'expired' | 'overdue' | 'terminated'; since: number }) =>
  p.cause === 'expired'
    ? `已于 ${formatBeijing(p.since)} 到期`
    : p.cause === 'overdue'
      ? `自 ${formatBeijing(p.since)} 起欠费`
      : `已于 ${formatBeijing(p.since)} 提前终止`;
const UNLESS = { expired: '除非续费，', overdue: '除非付清欠费，', terminated: '无论现在是否付款，' } as const;

/** data-deletion-risk in zh-CN. */
export default translateRule(rule, {
  title: '数据不因到期或欠费而丢失',
  description:
    '包年包月服务到期未续费或后付费资源发生欠费时，阿里云仅在产品文档等载明的缓冲期内继续存储其数据，缓冲期届满即删除数据及所有备份副本（§6.4）；数据一经删除即不可恢复（§6.5）。服务提前终止的，自终止生效之时起同样适用（§6.4 服务提前终止，记录为 `terminated_at`）。对每个存有数据且未释放的订单，本规则计算删除时点（提前终止的 `terminated_at`，否则为到期时点或 `overdue_since`，加上该产品的缓冲天数，按整日计），并在未续费的包年包月服务于 `warn_days` 内到期、或提前终止于 `warn_days` 内生效时给出警告。',
  fix:
    '在消息给出的删除时点前为包年包月服务续费（记录 `renewal.paid_at`）或付清后付费欠费；缓冲期后被删除的数据不可恢复（§6.5）。如该资源本就要终止，请先把数据复制出来。',
  messages: {
    deleted: (p) => `订单 ${p.order} ${stopText(p)}；其数据已于 ${formatBeijing(p.deletion)} 被删除，不可恢复（${bufferNote(p.buffer)}）。`,
    stopped: (p) =>
      `订单 ${p.order} ${stopText(p)}，已停机；${UNLESS[p.cause]}其数据将于 ${formatBeijing(p.deletion)} 被删除且不可恢复（剩余 ${days(p.daysLeft)}；${bufferNote(p.buffer)}）${p.cause === 'terminated' ? '：请先把数据复制出来' : ''}。`,
    terminating: (p) =>
      `订单 ${p.order} 将于 ${formatBeijing(p.terminatedAt)} 提前终止（剩余 ${days(p.daysLeft)}）；缓冲期随即开始，其数据将于 ${formatBeijing(p.deletion)} 被删除且不可恢复（${bufferNote(p.buffer)}，§6.4）：请先把数据复制出来。`,
    expiredUndated: (p) =>
      `订单 ${p.order} 已到期（status），除非续费，其数据将在到期后 ${days(p.buffer.days)} 被删除且不可恢复；档案中没有 term.end，具体日期未知（${bufferNote(p.buffer)}）。`,
    expiring: (p) =>
      `订单 ${p.order} 将于 ${formatBeijing(p.expiry)} 到期（剩余 ${days(p.daysLeft)}），续费款项未付；其数据将于 ${formatBeijing(p.deletion)} 被删除且不可恢复（${bufferNote(p.buffer)}）。`,
    renewed: (p) => `订单 ${p.order} 的续费款项已付，其数据会被保留。`,
    notSoon: (p) => `订单 ${p.order} 将于 ${formatBeijing(p.expiry)} 到期（剩余 ${days(p.daysLeft)}）。`,
    notOverdue: (p) => `订单 ${p.order}（后付费）没有欠费。`,
    noTerm: (p) => `订单 ${p.order} 没有 term.end，无法确定其数据何时会被删除。`,
  },
});
