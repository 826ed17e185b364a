import rule from '../credits.js';
import { translateRule } from '../../src/engine/types.js';
import { formatMoney } from '../../src/model/money.js';
import { formatBeijing } from '../../src/model/time.js';
import { days } from './words.js';

type Kind = 'voucher' | 'coupon' | 'gift' | 'credit';
const KIND: Record<Kind, string> = { voucher: '代金券', coupon: '优惠券', gift: '赠送项目', credit: '抵扣额度' };
const name = (p: { credit: string; kind: Kind; amount: bigint | undefined }) =>
  `${KIND[p.kind]} ${p.credit}${p.amount === undefined ? '' : `（${formatMoney(p.amount)}）`}`;

/** credits in zh-CN. */
export default translateRule(rule, {
  title: '代金券、优惠券和赠送项目在到期前使用',
  description:
    '赠送的服务项目或优惠活动为一次性特别优惠，不可兑换现金，也不可折价、冲抵服务价格（§3.5 一次性特别优惠 … 不可折价、冲抵服务价格）。对 `billing.credits` 中的每一项：已使用的（`used_at` 不晚于评估时点）按已用完判定通过；`expires_at`（含当日的截止日期）已过而未使用的给出警告，其已作废；在 `warn_days` 内到期且未使用的给出警告；其余判定通过并写明到期时点。代金券等从不计入现金：`billing.balance` 和 `paid_amount` 只计现金，因此 payg-balance、liability-cap 和终止时的退款均不计入它们。',
  fix:
    '在消息所示时点前把即将到期的代金券等用于账单或订单，并记录 `used_at`；已过期的无法恢复，也不可兑换现金。不要把代金券等计入 `billing.balance`。',
  messages: {
    used: (p) => `${name(p)} 已于 ${formatBeijing(p.usedAt)} 使用：它是一次性优惠，已无剩余（§3.5）。`,
    expired: (p) =>
      `${name(p)} 已于 ${formatBeijing(p.expiry)} 到期且未使用：已作废，因为代金券、优惠券和赠送项目为一次性优惠，不可兑换现金，也不可另行折价、冲抵服务价格（§3.5）。`,
    expiring: (p) =>
      `${name(p)} 将于 ${formatBeijing(p.expiry)} 到期（剩余 ${days(p.daysLeft)}）且尚未使用：请在此之前使用；它不是现金，也不予退款（§3.5）。`,
    valid: (p) => `${name(p)} 尚未使用，将于 ${formatBeijing(p.expiry)} 到期（剩余 ${days(p.daysLeft)}）。`,
    noExpiry: (p) => `${name(p)} 尚未使用且没有 expires_at，未判断其何时失效；它不是现金（§3.5）。`,
  },
});
