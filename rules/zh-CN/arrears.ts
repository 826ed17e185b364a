import rule from '../arrears.js';
import { translateRule } from '../../src/engine/types.js';
import { formatMoney } from '../../src/model/money.js';
import { formatBeijing } from '../../src/model/time.js';
import { days } from './words.js';

const exposure = (p: { fee: bigint; days: number }) => `违约金敞口 ${formatMoney(p.fee)}（按日万分之五即 0.05%，${days(p.days)}）`;

/** arrears in zh-CN. */
export default translateRule(rule, {
  title: '账单在到期日前付清',
  description:
    '在客户付清全部费用前，阿里云可不提供或终止服务，并可就欠费按日收取万分之五的违约金（§3.4）。每张逾期付清或仍未付清的账单都会报告其违约金敞口：自到期日后的每个北京日起至评估当日，按当日 00:00 尚欠本金的万分之五计算。现金余额为负按账户欠费报告；如给出 `billing.overdue_since`（余额转负的时点），还报告其违约金敞口：自账户处于欠费状态的每个北京日起至评估当日，按当前欠费金额的万分之五计算（档案中没有欠费的历史，故以当前欠费金额代表每一日）。',
  fix:
    '立即付清每张逾期账单的未付本金，并在账单的 `payments` 下记录付款（`amount`、`paid_at`）：付款次日起违约金不再增加。现金余额 `billing.balance` 为负时，至少充值消息所示金额；已逾期付清的账单无需其他操作，但须预计消息所示的违约金。',
  messages: {
    overdue: (p) => `账单 ${p.bill}：${formatMoney(p.outstanding)} 自 ${formatBeijing(p.since)} 起逾期；${exposure(p)}。`,
    paidLate: (p) => `账单 ${p.bill} 已于 ${formatBeijing(p.paidAt)} 付清，晚于其逾期时点 ${formatBeijing(p.since)}；${exposure(p)}。`,
    paidOnTime: (p) => `账单 ${p.bill} 已在到期日前付清。`,
    nothingDue: (p) => `账单 ${p.bill} 金额为 ${formatMoney(0n)}；无应付款项。`,
    notDue: (p) => `账单 ${p.bill} 尚未到期：${formatMoney(p.outstanding)} 须在 ${formatBeijing(p.payBy)} 前支付（剩余 ${days(p.daysLeft)}）。`,
    inArrears: (p) => `账户欠费 ${formatMoney(-p.balance)}。`,
    inArrearsSince: (p) =>
      `账户自 ${formatBeijing(p.since)} 起欠费 ${formatMoney(-p.balance)}；违约金敞口 ${formatMoney(p.fee)}（按日万分之五即 0.05%，${days(p.days)}，按当前欠费金额计）。`,
    inCredit: (p) => `账户现金余额为 ${formatMoney(p.balance)}。`,
  },
});
