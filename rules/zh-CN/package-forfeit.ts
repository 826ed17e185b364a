import rule from '../package-forfeit.js';
import { translateRule } from '../../src/engine/types.js';
import { formatMoney } from '../../src/model/money.js';
import { formatBeijing } from '../../src/model/time.js';
import { days, units } from './words.js';

const worth = (value: bigint | undefined) => (value === undefined ? '' : `，价值 ${formatMoney(value)}`);

/** package-forfeit in zh-CN. */
export default translateRule(rule, {
  title: '资源包在到期前用完',
  description:
    '资源包的服务期限至资源包到期或其中服务被使用完毕为止，以二者早发生为准（§9.1.2）；期限届满时未使用完毕的服务将被作废，且阿里云不提供其他替代或补充（§9.1.3）。本规则报告已作废的数量及其对应价款；对 `warn_days` 内到期的固定总量资源包，按自付款（否则自下单）以来的使用速度，报告到期时将剩余未用的数量。',
  fix:
    '在消息给出的到期时点前，把资源包可抵扣的用量转到该资源包上，或接受损失；到期时剩余的数量将被作废且无替代（§9.1.3）。按使用速度确定下一个资源包的规格，并保持 `package.used` 最新，以便预测准确。',
  messages: {
    forfeited: (p) =>
      `资源包 ${p.order} ${p.expiry === undefined ? '已到期' : `已于 ${formatBeijing(p.expiry)} 到期`}，${units(p.units, p.unit)} 未使用而被作废${worth(p.value)}（不提供替代）。`,
    projected: (p) =>
      `资源包 ${p.order} 将于 ${formatBeijing(p.expiry)} 到期（剩余 ${days(p.daysLeft)}）：按自 ${formatBeijing(p.since)} 以来的使用速度（至今已用 ${units(p.used, p.unit)}），到期时约有 ${units(p.left, p.unit)} 剩余并被作废${worth(p.value)}。`,
    allUsed: (p) => `资源包 ${p.order} 没有未使用的数量会被作废。`,
    usedUp: (p) =>
      `资源包 ${p.order} 已用完（已用 ${units(p.used, p.unit)}，共 ${units(p.quantity, p.unit)}）：其服务期限已届满，没有剩余可被作废（§9.1.2）。`,
    lapsed: (p) => `资源包 ${p.order} 从未付款，其订单已失效（§3.2.1）：该资源包从未生效，没有任何数量被作废。`,
    onTrack: (p) =>
      `资源包 ${p.order} 将于 ${formatBeijing(p.expiry)} 到期（剩余 ${days(p.daysLeft)}）；按自 ${formatBeijing(p.since)} 以来的使用速度，届时可以用完。`,
    notSoon: (p) => `资源包 ${p.order} 将于 ${formatBeijing(p.expiry)} 到期（剩余 ${days(p.daysLeft)}）。`,
    unknown: (p) => `资源包 ${p.order}：缺少 ${p.missing}，无法判断是否会作废。`,
  },
});
