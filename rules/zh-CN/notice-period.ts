import rule from '../notice-period.js';
import { translateRule } from '../../src/engine/types.js';
import { formatMoney } from '../../src/model/money.js';
import { formatBeijing } from '../../src/model/time.js';
import { andList, channelName, days } from './words.js';

const KIND_TEXT = { 'agreement-change': '协议变更', termination: '终止', 'service-change': '服务变更' } as const;

/** notice-period in zh-CN. */
export default translateRule(rule, {
  title: '协议变更和终止提前 30 天通知',
  description:
    '阿里云应提前 30 天公告协议修改内容（§14.2），并可提前 30 天通知终止本协议，届时将已预付但未消费的款项退还至客户账户（§9.3.4）。通知期自依 §11.3 送达之时（发送成功，或交邮后的第五个自然日）起算至 `effective_at`，至少应为 `notice_days` × 24 小时。协议变更应在阿里云网站公告（§14.2 在阿里云网站的适当版面公告）：仅以其他渠道通知、且没有记录在同一时点生效的 `announcement` 通知的，给出警告。`service-change` 通知（服务变更或中止，§9.4）应在变更生效前送达：在 `effective_at` 当时或之后送达的，给出警告。',
  fix:
    '对送达与 `effective_at` 之间不足 `notice_days` × 24 小时的通知，在其生效前向阿里云提出异议。对终止通知，主张退还已预付但未消费的款项（§9.3.4），并记录为 `refund`。',
  messages: {
    enoughNotice: (p) => {
      const parts: string[] = [];
      if (p.effectiveAt !== undefined) parts.push(`于 ${formatBeijing(p.effectiveAt)} 生效，即送达后 ${days(p.days ?? 0)}`);
      if (p.refund !== undefined) parts.push(`记录了 ${formatMoney(p.refund)} 的退款`);
      return `通知 ${p.notice}（${KIND_TEXT[p.kind]}）${parts.join('，并')}。`;
    },
    shortNotice: (p) =>
      p.effectiveAt <= p.deliveredAt
        ? `通知 ${p.notice}（${KIND_TEXT[p.kind]}）于 ${formatBeijing(p.effectiveAt)} 生效，不晚于其送达时点 ${formatBeijing(p.deliveredAt)}：应提前 ${days(p.required)} 通知。`
        : `通知 ${p.notice}（${KIND_TEXT[p.kind]}）于 ${formatBeijing(p.effectiveAt)} 生效，距其送达时点 ${formatBeijing(p.deliveredAt)} 仅 ${days(p.days)}：应提前 ${days(p.required)} 通知。`,
    notInAdvance: (p) =>
      `通知 ${p.notice}（服务变更）于 ${formatBeijing(p.deliveredAt)} 送达，并未早于变更的生效时点 ${formatBeijing(p.effectiveAt)}：服务的变更和中止应提前公告（§9.4）。`,
    notAnnounced: (p) =>
      `协议变更 ${p.notice} 以${channelName(p.channel)}通知，但没有记录在同一时点生效的变更的网站公告：协议的修改应在网站公告（§14.2）。`,
    notDelivered: (p) => `通知 ${p.notice}（${KIND_TEXT[p.kind]}）未送达（发送失败），其通知期尚未开始。`,
    noRefund: (p) => `终止通知 ${p.notice} 没有记录退款：已预付但未消费的款项应退还至账户（§9.3.4）。`,
    noData: (p) => `通知 ${p.notice} 没有 ${andList(p.missing)}，无法判断其通知期。`,
    notYetSent: (p) => `通知 ${p.notice} 的日期为 ${formatBeijing(p.dispatchedAt)}，晚于评估时点：当时尚未发出。`,
  },
});
