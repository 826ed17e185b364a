import rule from '../payg-balance.js';
import { translateRule } from '../../src/engine/types.js';
import { formatMoney } from '../../src/model/money.js';
import { andList, days } from './words.js';

/** payg-balance in zh-CN. */
export default translateRule(rule, {
  title: '现金余额足以支付后付费消费',
  description:
    '后付费服务从账户余额中扣费，客户应确保账户余额充足以便持续使用（§9.2）；余额只计现金（§3.5）。当账户有未释放的后付费订单或每日后付费消费时，如现金余额不足以支付 `runway_days` 天的日均消费，本规则给出警告。金额按显示值比较，精确到分：所需金额为 `runway_days` × 日均消费（四舍五入到分）。余额为 ¥0.00 或更低时可支付 0 天；余额为负时，欠费本身由 `arrears` 规则报告。',
  fix:
    '把现金余额至少充值到消息所示金额（`runway_days` × `billing.payg_daily_spend`），并记录新的 `billing.balance`；代金券、优惠券和赠送项目不计入。余额为负时先清偿欠费（见 arrears）。',
  messages: {
    covered: (p) =>
      `现金余额 ${formatMoney(p.balance)} 可支付 ${days(p.days)}的后付费消费，每日 ${formatMoney(p.spend)}（至少需要 ${days(p.runway)}，§9.2）。`,
    notDrawn: (p) => `现金余额 ${formatMoney(p.balance)} 未被扣用：没有记录后付费消费（每日 ${formatMoney(0n)}）。`,
    short: (p) =>
      `现金余额 ${formatMoney(p.balance)} ${p.days === 0 ? '不足以支付一天的' : `只能支付 ${days(p.days)}的`}后付费消费（每日 ${formatMoney(p.spend)}），少于所需的 ${days(p.runway)}（${formatMoney(p.needed)}）：请充值以保证后付费服务持续运行（§9.2）。`,
    empty: (p) =>
      `现金余额为 ${formatMoney(p.balance)}：无法支付任何后付费消费（每日 ${formatMoney(p.spend)}），而需要 ${days(p.runway)}（${formatMoney(p.needed)}）：请充值以保证后付费服务持续运行（§9.2）。`,
    inDebt: (p) =>
      `现金余额为 ${formatMoney(p.balance)}，低于零：无法支付任何后付费消费（每日 ${formatMoney(p.spend)}）；请先清偿欠费（由 arrears 规则报告），再保持至少 ${days(p.runway)}的消费额（${formatMoney(p.needed)}）的现金（§9.2）。`,
    noData: (p) => `无法判断后付费余额可支付的天数：档案中没有 ${andList(p.missing)}。`,
  },
});
