import rule from '../payg-unpaid-dues.js';
import { translateRule } from '../../src/engine/types.js';
import { formatMoney } from '../../src/model/money.js';
import { formatBeijing } from '../../src/model/time.js';
import { list } from './words.js';

const duesText = (p: { bills: string[]; balanceDebt: bigint }) =>
  [p.bills.length ? `逾期账单 ${list(p.bills)}` : '', p.balanceDebt > 0n ? `现金余额为负 -${formatMoney(p.balanceDebt)}` : ''].filter(Boolean).join('，以及');

/** payg-unpaid-dues in zh-CN. */
export default translateRule(rule, {
  title: '存在未结清的其他应付款项时不使用后付费服务',
  description:
    '后付费服务开通后即可使用，"除非另有其他约定或您未结清其他应付款项的"（§9.2 除非另有其他约定或您未结清其他应付款项的）。对评估时点前下单且未释放的每个后付费订单：如评估时点有本金未付清的逾期账单，或现金余额低于零（精确到分比较），本规则给出警告；如订单开通时（`placed_at`）已有逾期未付的账单，也给出警告。否则判定通过。余额为负只按评估时点判断：档案中没有其历史。',
  fix:
    '付清逾期账单并清偿为负的余额（见 arrears）；之后后付费服务不再面临被暂停提供的风险。仅在没有任何逾期款项时开通新的后付费服务。',
  messages: {
    inUseWhileUnpaid: (p) =>
      `后付费订单 ${p.order} 正在使用，而有 ${formatMoney(p.total)} 未结清（${duesText(p)}）：后付费服务仅在您没有未结清的其他应付款项时可以使用（§9.2 除非…您未结清其他应付款项），因此在这些款项付清前阿里云可不提供该服务。`,
    openedWhileUnpaid: (p) =>
      `后付费订单 ${p.order} 于 ${formatBeijing(p.placedAt)} 开通，当时有 ${formatMoney(p.total)} 已逾期（${duesText(p)}）：§9.2 以其他应付款项已结清作为开通后付费服务的条件。`,
    clear: (p) => `后付费订单 ${p.order}：没有其他逾期款项，使用该服务不受影响（§9.2）。`,
  },
});
