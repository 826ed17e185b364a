import rule from '../access-key-age.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';
import { ageBeyond, days } from './words.js';

const holderName = (holder: string) => (holder === 'root' ? '主账号' : `RAM 用户 ${holder} `);

/** access-key-age in zh-CN. */
export default translateRule(rule, {
  title: 'AccessKey 定期轮换，不用的及时删除',
  description:
    '客户对其密钥的保密性负责（§4.5）；陈旧或被遗忘的 AccessKey 是最常见的泄漏来源。对主账号和 RAM 用户的每个启用中的 AccessKey（未写 `status` 视为启用；创建于评估时点之后的尚不存在）：超过 `fail_age_days` 判定不通过，超过 `warn_age_days` 给出警告，连续 `unused_days` 天或更久未使用（自 `last_used_at` 起，否则自 `created_at` 起）给出警告，同一持有者有两个启用中的 AccessKey 时对每个给出警告。',
  fix:
    '轮换陈旧的 AccessKey：为同一用户创建第二个 AccessKey，把所有程序迁移过去，再禁用并删除旧的（标记 `status: inactive` 或删除）。禁用或删除 `unused_days` 天未使用的 AccessKey；轮换期之外每个用户只保留一个启用中的 AccessKey。',
  messages: {
    tooOld: (p) =>
      `${holderName(p.holder)}的 AccessKey ${p.key} 已超过 ${days(p.limit)}（创建于 ${formatBeijing(p.created)}，已有 ${ageBeyond(p.ageMs, p.limit)}）：请立即轮换（§4.5）。`,
    old: (p) =>
      `${holderName(p.holder)}的 AccessKey ${p.key} 已超过 ${days(p.limit)}（创建于 ${formatBeijing(p.created)}，已有 ${ageBeyond(p.ageMs, p.limit)}）：请安排轮换（§4.5）。`,
    unused: (p) =>
      `${holderName(p.holder)}的 AccessKey ${p.key} ${p.neverUsed ? '自创建时点' : '最近一次使用于'} ${formatBeijing(p.since)}${p.neverUsed ? '起从未使用' : ''}（已 ${days(p.idleDays)}）：请禁用或删除。`,
    twoKeys: (p) => `AccessKey ${p.key} 是${holderName(p.holder)}的 ${p.count} 个启用中的 AccessKey 之一：请只保留一个，轮换完成后禁用其余的。`,
    ok: (p) => `${holderName(p.holder)}的 AccessKey ${p.key} 在使用期限和闲置期限之内。`,
    undated: (p) => `${holderName(p.holder)}的 AccessKey ${p.key} 既没有 created_at 也没有 last_used_at，未判断其使用期限和使用情况。`,
  },
});
