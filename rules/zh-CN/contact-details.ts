import rule from '../contact-details.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';
import { ageBeyond, days, list, orList } from './words.js';

/** contact-details in zh-CN. */
export default translateRule(rule, {
  title: '联系方式真实有效、完整且及时更新',
  description:
    '通知送达客户提供的联系方式；因联系方式不确切或未及时更新致使通知无法送达的，后果由客户承担（§11.1、§11.4）。既无电子邮件也无电话，或其格式错误，判定不通过；缺少电子邮件、电话或联系地址给出警告；联系方式在 `verified_days` 内未确认（或从未确认，或 `verified_at` 晚于评估时点）给出警告；通知接收人不是本账户的 RAM 用户或已被禁用时给出警告（仅在给出 `ram_users` 时判断；这样的名称不会使档案无效）。',
  fix:
    '更正或补充账户的电子邮件、电话和联系地址，确认后把日期记录在 `contacts.verified_at`（至少每 `verified_days` 天一次）。替换已不是启用 RAM 用户的通知接收人。',
  messages: {
    noChannel: () => '联系方式中既没有电子邮件也没有电话：通知无法送达账户（§11.1），而未送达的后果仍由客户承担（§11.4）。',
    badEmail: (p) => `联系电子邮件"${p.email}"不是有效地址：请更正（§11.4）。`,
    badPhone: (p) => `联系电话"${p.phone}"不是有效号码（可选的 + 后接数字、空格、连字符或括号，7 至 15 位数字）：请更正（§11.4）。`,
    missing: (p) => `联系方式中没有 ${orList(p.fields)}：请补充（通知发往已提供的任一联系方式；纸质通知寄往联系地址，§11.3）。`,
    neverVerified: () => '联系方式没有 verified_at：请确认其仍然有效并记录确认时间（§11.4）。',
    verifiedInFuture: (p) =>
      `联系方式的 verified_at ${formatBeijing(p.verified)} 晚于评估时点 ${formatBeijing(p.asOf)}：截至该时点联系方式尚未确认；请更正日期或在更晚的时点评估（§11.4）。`,
    stale: (p) =>
      `联系方式最近一次确认于 ${formatBeijing(p.verified)}（已 ${ageBeyond(p.ageMs, p.limit)}），超过 ${days(p.limit)}：请确认其仍然有效（§11.4）。`,
    recipients: (p) => `通知接收人 ${list(p.names)} 不是启用的 RAM 用户：发给${p.names.length === 1 ? '它' : '它们'}的系统消息无人接收（§11.1）。`,
    notRamUsers: (p) => `通知接收人 ${list(p.names)} 不是本账户的 RAM 用户：发给${p.names.length === 1 ? '它' : '它们'}的系统消息无人接收（§11.1）。`,
    ok: (p) => `联系方式完整、格式正确，并已于 ${formatBeijing(p.verified)} 确认。`,
  },
});
