import rule from '../order-payment-window.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';
import { days } from './words.js';

/** order-payment-window in zh-CN. */
export default translateRule(rule, {
  title: '预付费订单在保留期内付款',
  description:
    '未在下单后立即付费的预付费订单保留 7 天；7 天届满仍未付费，或 7 天内服务售罄的，订单失效，双方就该服务达成的合意失效（§3.2.1）。保留期于下单之日后第 7 日 24:00（北京时间）届满。',
  fix:
    '在保留期届满前（下单之日后第 `hold_days` 日 24:00 北京时间；消息中给出具体时点）付清订单并记录 `paid_at`，如实付金额少于 `amount` 则同时记录 `paid_amount`。已失效或已售罄的订单无法再付款：请重新下单；保留期后才付款的订单，请向阿里云确认已被接受。',
  messages: {
    paid: (p) => `订单 ${p.order} 已在保留期内付款。`,
    paidLate: (p) => `订单 ${p.order} 在保留期于 ${formatBeijing(p.lapse)} 届满后才付款；请向阿里云确认已被接受。`,
    unpaid: (p) => `订单 ${p.order} 未付款：请在 ${formatBeijing(p.lapse)} 前付款（剩余 ${days(p.daysLeft)}），否则订单失效。`,
    lapsed: (p) => `订单 ${p.order} 未付款，已于 ${formatBeijing(p.lapse)} 失效。`,
    soldOut: (p) => `订单 ${p.order} 已失效：付款前服务已售罄。`,
    noPlacedAt: (p) => `订单 ${p.order} 未付款且没有 placed_at，无法确定其保留期。`,
  },
});
