import rule from '../notice-delivery.js';
import { translateRule } from '../../src/engine/types.js';
import { beijingDay, formatBeijing, formatDay } from '../../src/model/time.js';
import { channelName } from './words.js';

const FIELD = { email: '电子邮件', phone: '电话', address: '联系地址' } as const;

/** notice-delivery in zh-CN. */
export default translateRule(rule, {
  title: '通知何时视为送达',
  description:
    '以电子方式发出的书面通知（公告、手机短信、电子邮件、系统消息以及站内信）在发送成功后即视为送达；以纸质载体发出的书面通知，按照联系地址交邮后的第五个自然日即视为送达（§11.3），本规则取该日 00:00 +08:00。发送失败的通知未送达。通知送达客户提供的联系方式（§11.2）：给出 `account.contacts` 时，以电子邮件、手机短信或纸质方式发出、而联系方式中没有相应电子邮件、电话或联系地址的通知，给出警告（系统消息和网站公告不需要联系方式）。',
  fix:
    '对发送失败的通知，查明其内容（必要时向阿里云询问），并更正发送失败所用的联系方式（见 contact-details）：因联系方式错误而未送达的通知，后果由客户承担（§11.4）。以消息中的送达时点作为任何通知期的起点。',
  messages: {
    delivered: (p) => `通知 ${p.notice}（${channelName(p.channel)}）已于 ${formatBeijing(p.deliveredAt)} 送达。`,
    deemedDelivered: (p) =>
      `通知 ${p.notice}（纸质，${formatDay(beijingDay(p.postedAt))} 交邮）视为于 ${formatBeijing(p.deliveredAt)} 送达，即交邮后的第 5 个自然日。`,
    failed: (p) => `通知 ${p.notice}（${channelName(p.channel)}）未送达：${p.dispatchedAt === undefined ? '' : `于 ${formatBeijing(p.dispatchedAt)} `}发送失败。`,
    noContact: (p) =>
      `通知 ${p.notice} 以${channelName(p.channel)}发出，但账户的联系方式中没有${FIELD[p.field]}：通知送达账户提供的联系方式（§11.2），故该通知未送达；请补充${FIELD[p.field]}（§11.1、§11.4）。`,
    noDate: (p) => `通知 ${p.notice} 没有与其渠道相符的 sent_at（电子）或 posted_at（纸质），无法确定其送达。`,
    notYetSent: (p) => `通知 ${p.notice} 的日期为 ${formatBeijing(p.dispatchedAt)}，晚于评估时点：当时尚未发出。`,
  },
});
