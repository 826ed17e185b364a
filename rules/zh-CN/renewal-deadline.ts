import rule from '../renewal-deadline.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';
import { days } from './words.js';

const autoNote = (p: { auto: boolean; failed: boolean }) =>
  (p.auto ? '已开启自动续费，但自动续费不等于付款：扣费成功后续费才算已付。' : '') + (p.failed ? '最近一次自动续费扣费失败。' : '');

/** renewal-deadline in zh-CN. */
export default translateRule(rule, {
  title: '续费款项在服务期满前至少 7 天支付',
  description:
    '要继续使用包年包月服务，客户至少应在服务期满前 7 天支付续费款项（§3.2.2）；服务期限至订购的期限届满为止（§9.1.2）。截止时点为到期时点减去 7 × 24 小时；截止前一周内本规则给出警告，逾期未付则判定不通过，并提示自动续费不等于付款。',
  fix:
    '在消息给出的截止时点（到期前 `days_before` × 24 小时）前支付续费款项，并记录为 `renewal.paid_at`；开启自动续费不等于付款，扣费失败须手动支付。如该服务本就打算到期终止，请设置 `renewal.intent: let-expire`，并先保存其数据（见 data-deletion-risk）。',
  messages: {
    paid: (p) => `订单 ${p.order} 的续费款项已于 ${formatBeijing(p.paidAt)} 支付，早于截止时点 ${formatBeijing(p.deadline)}。`,
    paidLate: (p) =>
      `订单 ${p.order} 续费迟延：于 ${formatBeijing(p.paidAt)} 支付，未在 ${formatBeijing(p.deadline)}（到期前 ${days(p.daysBefore)}）之前支付。`,
    dueLater: (p) => `订单 ${p.order} 的续费款项须在 ${formatBeijing(p.deadline)} 前支付（剩余 ${days(p.daysLeft)}）。`,
    renewSoon: (p) => `请在 ${formatBeijing(p.deadline)} 前为订单 ${p.order} 续费，剩余 ${days(p.daysLeft)}。${autoNote(p)}`,
    notPaid: (p) =>
      `订单 ${p.order} 的续费款项未在到期前 ${days(p.daysBefore)}（${formatBeijing(p.deadline)} 前）支付；该订单将于 ${formatBeijing(p.expiry)} 到期（剩余 ${days(p.daysLeft)}）。${autoNote(p)}`,
    expired: (p) => `订单 ${p.order} 已于 ${formatBeijing(p.expiry)} 到期，续费款项未支付。`,
  },
});
