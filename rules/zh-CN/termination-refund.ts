import rule from '../termination-refund.js';
import { translateRule } from '../../src/engine/types.js';
import { formatMoney } from '../../src/model/money.js';
import { formatBeijing } from '../../src/model/time.js';
import { list } from './words.js';

const unjudgedText = (ids: string[]) => (ids.length ? `；未判断 ${list(ids)}（需要 term.start、term.end 和现金付款）` : '');

/** termination-refund in zh-CN. */
export default translateRule(rule, {
  title: '终止时退还已预付但未消费的款项',
  description:
    '阿里云终止本协议的，将客户已预付但未消费的款项退还至客户的阿里云账户（§9.3.4 将您已预付但未消费的款项退还至您的阿里云账户），服务费用按照实际提供服务月份计算，不足一个月的按天计（§9.3.3 按照实际提供服务月份计算（不足一个月的按天计））。对每个写明其终止的预付费订单（`orders`）的 `termination` 通知，应退款项按订单计算：以现金支付的金额 ×（1 − 已提供服务月数 ÷ 服务期限月数），月份自 `term.start` 起按自然月计算，不足一个月的按已开始的天数除以该月天数计算；其总和精确到分与通知的 `refund` 比较。代金券、优惠券和赠送项目不是现金，从不退还（§3.5）。',
  fix:
    '凭消息中的计算（以现金支付的金额、已提供服务的月数、不足一个月的按天计）向阿里云主张差额，并把实际收到的退款记录为该通知的 `refund`。记录每个被终止订单的 `term.start`、`term.end` 以及 `paid_amount`/`paid_at`，以便核对金额。',
  messages: {
    due: (p) =>
      `终止通知 ${p.notice} 于 ${formatBeijing(p.effectiveAt)} 生效：届时应把 ${list(p.orders)} 已预付但未消费的款项 ${formatMoney(p.owed)} 退还至账户（§9.3.4；按实际提供服务月份计算，不足一个月的按天计，§9.3.3）${unjudgedText(p.unjudged)}。`,
    refunded: (p) =>
      `终止通知 ${p.notice} 记录了 ${formatMoney(p.refund)} 的退款，不少于 ${list(p.orders)} 应退的已预付但未消费的款项 ${formatMoney(p.owed)}（§9.3.4、§9.3.3）${unjudgedText(p.unjudged)}。`,
    shortRefund: (p) =>
      `终止通知 ${p.notice} 记录了 ${formatMoney(p.refund)} 的退款，比 ${list(p.orders)} 应退的已预付但未消费的款项 ${formatMoney(p.owed)} 少 ${formatMoney(p.owed - p.refund)}：应退款项为以现金支付的金额减去已提供服务的月份，不足一个月的按天计（§9.3.4、§9.3.3）${unjudgedText(p.unjudged)}。`,
    noRefund: (p) =>
      `终止通知 ${p.notice} 已生效但没有记录退款，而 ${list(p.orders)} 应退已预付但未消费的款项 ${formatMoney(p.owed)}（§9.3.4、§9.3.3）${unjudgedText(p.unjudged)}。`,
    noData: (p) => `终止通知 ${p.notice}：缺少 ${p.missing}，无法计算应退款项。`,
  },
});
