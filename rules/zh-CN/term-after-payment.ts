import rule from '../term-after-payment.js';
import { translateRule } from '../../src/engine/types.js';
import { beijingDay, formatBeijing, formatDay } from '../../src/model/time.js';
import { spanZh } from './words.js';

/** term-after-payment in zh-CN. */
export default translateRule(rule, {
  title: '预付费服务期限自付费后起算',
  description:
    '预付费服务在付费之后才开始提供（§3.2.1 在您付费之后，阿里云才开始为您提供服务），付费后开通，服务期限自开通之时起算（§9.1.1 服务期限自开通之时起算）。对每个有 `term.start` 且未释放的预付费包年包月订单：服务期限早于 `paid_at` 开始的给出警告（所记录的服务期限因此缩短了这段时间；只写日期的 `term.start` 指一整天，因此只有早于付费当日的才给出警告）；订单未付费而服务期限已开始的，也给出警告；服务期限在付费时点当时或之后开始的判定通过。',
  fix:
    '要求阿里云更正服务期限，使其自付费（开通）时点起算，并记录更正后的 `term.start` 和 `term.end`。对未付费的订单，在保留期内付费（见 order-payment-window）后再依赖该服务。',
  messages: {
    startsBeforePayment: (p) =>
      `订单 ${p.order} 的服务期限自 ${formatBeijing(p.start)} 开始，比其付费时点 ${formatBeijing(p.paidAt)} 早 ${spanZh(p.paidAt - p.start)}：服务在付费后才开通，服务期限自开通之时起算（§3.2.1、§9.1.1），因此所记录的服务期限缩短了这段时间；请要求阿里云更正。`,
    startedUnpaid: (p) =>
      `订单 ${p.order} 的服务期限已于 ${formatBeijing(p.start)} 开始，但订单尚未付费：服务在付费后才开通（§3.2.1、§9.1.1），因此服务期限尚未开始。`,
    startsAfterPayment: (p) => `订单 ${p.order} 的服务期限自 ${formatBeijing(p.start)} 开始，不早于其付费时点 ${formatBeijing(p.paidAt)}（§9.1.1）。`,
    startsOnPaymentDay: (p) =>
      `订单 ${p.order} 的服务期限自 ${formatDay(beijingDay(p.start))} 起算，即其付费当日（付费于 ${formatBeijing(p.paidAt)}）：服务期限自付费起算（§9.1.1）。`,
    notStarted: (p) => `订单 ${p.order} 尚未付费；其服务期限记录为自 ${formatBeijing(p.start)} 开始，晚于评估时点。`,
    noStart: (p) => `订单 ${p.order} 没有 term.start，无法判断其服务期限何时开始。`,
    noPaidAt: (p) => `订单 ${p.order} 记录了 paid_amount 但没有 paid_at，无法判断其服务期限是否在付费后开始。`,
  },
});
