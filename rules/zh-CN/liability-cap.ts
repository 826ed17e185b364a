import rule from '../liability-cap.js';
import { translateRule } from '../../src/engine/types.js';
import { formatMoney } from '../../src/model/money.js';
import { formatBeijing } from '../../src/model/time.js';
import { causeName } from './words.js';

const CATEGORY_TEXT = { direct: '直接损失', indirect: '间接损失', 'lost-profit': '利润损失' } as const;

const UNJUDGED_TEXT = {
  cap: '上限（需要金额、产品以及故障或 made_at）',
  category: '损失类别（需要 category）',
  cause: '原因（需要带原因的故障）',
} as const;

const capSpan = (p: { product: string; from: number; to: number }) =>
  `自 ${formatBeijing(p.from)} 至 ${formatBeijing(p.to)} 就 ${p.product} 以现金缴纳的服务费用`;

/** liability-cap in zh-CN. */
export default translateRule(rule, {
  title: '索赔不超过赔偿责任上限',
  description:
    '阿里云的损失赔偿责任不超过就该服务过往 12 个月所缴纳的服务费用的总和（§10.6），只计现金，因为赠送的服务项目或优惠活动不可折价、冲抵服务价格（§3.5）；且不对间接损失和利润损失承担责任（§10.5）。依据非阿里云原因造成的故障提出的索赔没有依据，消息按原因写明理由：客户自身原因（§5.2.2 因您的人为原因，§10.4 非阿里云控制之内的原因）、系统维护（§10.3.1）、网络阻塞（§10.3.2）、不可抗力（§12.1、§12.2）或黑客攻击（§12.2）。判定通过时写明未能判断的内容。12 个月自锚定时点（故障开始时点，否则 `made_at`）之前 12 个自然月的同一北京日期时间起算，至锚定时点为止。',
  fix:
    '把索赔限制在所示上限（锚定时点前 12 个月就该产品以现金缴纳的费用）之内，并限于直接损失：间接损失和利润损失不予赔偿（§10.5）。依据非阿里云原因造成的故障提出的索赔在本协议下没有依据：请先核对故障的 `cause`。',
  messages: {
    withinCap: (p) => {
      const parts: string[] = [];
      if (p.cap) parts.push(`${formatMoney(p.cap.amount)} 未超过上限 ${formatMoney(p.cap.cap)}（${capSpan(p.cap)}，§10.6）`);
      if (p.category) parts.push(`索赔${CATEGORY_TEXT[p.category]}`);
      if (p.providerCaused) parts.push('故障由阿里云原因造成');
      if (p.unjudged.length) parts.push(`未判断：${p.unjudged.map((u) => UNJUDGED_TEXT[u]).join('、')}`);
      return `索赔 ${p.claim}：${parts.join('；')}。`;
    },
    overCap: (p) =>
      `索赔 ${p.claim} 金额 ${formatMoney(p.amount)}，超过上限 ${formatMoney(p.cap)}：赔偿责任以${capSpan(p)}为限（§10.6；赠送、优惠券和代金券不计入，§3.5）。`,
    excluded: (p) => `索赔 ${p.claim} 针对${CATEGORY_TEXT[p.category]}，§10.5 不予赔偿。`,
    notProvider: (p) => `索赔 ${p.claim} 依据故障 ${p.incident}，其原因为${causeName(p.cause)}（${p.cause}），而非阿里云（${p.basis.map((c) => `§${c}`).join('、')}）。`,
    noData: (p) => `无法判断索赔 ${p.claim}：它既没有带产品和锚定时点（故障或 made_at）的金额，也没有类别，也没有带原因的故障。`,
    notYetMade: (p) => `索赔 ${p.claim} 的日期为 ${formatBeijing(p.madeAt)}，晚于评估时点：当时尚未提出。`,
  },
});
