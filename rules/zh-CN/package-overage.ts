import rule from '../package-overage.js';
import { translateRule } from '../../src/engine/types.js';
import { formatMoney } from '../../src/model/money.js';
import type { PackageState } from '../../src/model/lifecycle-facts.js';
import { describeEndZh, list } from './words.js';

interface SuccessorCheck {
  id: string;
  via: string[];
  gap: { kind: 'released' } | { kind: 'unpaid' } | { kind: 'ended'; state: PackageState } | undefined;
}

const viaText = (s: SuccessorCheck) => (s.via.length ? `（经由 ${list(s.via)}）` : '');
const gapText = (s: SuccessorCheck) => {
  if (!s.gap) return '';
  const why = s.gap.kind === 'ended' ? describeEndZh(s.gap.state) : s.gap.kind === 'unpaid' ? '未付款' : '已释放';
  return `其后续资源包 ${s.id}${viaText(s)}${why}`;
};

/** package-overage in zh-CN. */
export default translateRule(rule, {
  title: '已结束且仍在使用的资源包有后续资源包',
  description:
    '服务的使用优先消耗资源包；资源包使用完毕或到期后未继续订购而持续使用的，视为使用后付费形式售卖的该服务，持续计费并扣划服务费用（§9.1.4）。对仍有资源在消耗的已结束资源包，本规则沿后续资源包链查找一个有效的后续资源包：已付款、未释放、未到期且未用完。',
  fix:
    '为仍在消耗已结束资源包的资源购买并支付后续资源包，并在 `package.successor` 中记录其订单号；付款之前，用量按后付费从现金余额扣费。如不应再有资源消耗该资源包，请停止相应使用并设置 `package.in_use: false`。',
  messages: {
    billed: (p) =>
      `资源包 ${p.order} ${describeEndZh(p.end)}，仍有资源在消耗它：用量现按后付费计费，因为${p.successor ? gapText(p.successor) : '没有后续资源包'}。` +
      (p.balance === undefined ? '' : `现金余额为 ${formatMoney(p.balance)}。`),
    covered: (p) => `资源包 ${p.order} ${describeEndZh(p.end)}；后续资源包 ${p.successor.id}${viaText(p.successor)} 接续生效。`,
  },
});
