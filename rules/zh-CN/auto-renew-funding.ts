import rule from '../auto-renew-funding.js';
import { translateRule } from '../../src/engine/types.js';
import { formatMoney } from '../../src/model/money.js';
import { formatBeijing } from '../../src/model/time.js';
import { andList, days } from './words.js';

const expires = (p: { expiry: number; daysLeft: number }) => `${formatBeijing(p.expiry)}（剩余 ${days(p.daysLeft)}）`;

/** auto-renew-funding in zh-CN. */
export default translateRule(rule, {
  title: '自动续费的包年包月服务有足够现金续费',
  description:
    '自动续费不等于付款：续费款项须在服务期满前支付（§3.2.2），扣费从现金余额中扣划，客户应确保账户余额充足（§9.2）。在到期前的窗口期内，对每个已开启自动续费且续费款项未付的订阅，本规则检查最近一次扣费是否失败，以及现金余额是否低于续费价格（代金券、优惠券和赠送项目不是现金，§3.5）。',
  fix:
    '在扣费前把现金余额充值到不低于续费价格（代金券、优惠券和赠送项目不计入），或手动支付续费款项并记录 `renewal.paid_at`。扣费失败后，请排除原因，并在消息给出的到期时点前支付续费款项。',
  messages: {
    funded: (p) =>
      `订单 ${p.order} 将在 ${expires(p)}到期前自动续费；现金余额 ${formatMoney(p.balance)} 足以支付续费价格 ${formatMoney(p.price)}。`,
    failed: (p) => `订单 ${p.order}：最近一次自动续费扣费失败；除非支付续费款项，该订单将于 ${expires(p)}到期。`,
    short: (p) =>
      `订单 ${p.order} 将在 ${expires(p)}到期前自动续费，但现金余额 ${formatMoney(p.balance)} 比续费价格 ${formatMoney(p.price)} 少 ${formatMoney(p.shortfall)}（代金券、优惠券和赠送项目不是现金）。`,
    unknownFunding: (p) =>
      `订单 ${p.order} 将在 ${expires(p)}到期前自动续费，但档案中没有 ${andList(p.missing)}，无法判断资金是否充足。`,
    noExpiry: (p) => `订单 ${p.order} 已开启自动续费且续费款项未付，但没有 term.end，无法确定其续费窗口。`,
  },
});
