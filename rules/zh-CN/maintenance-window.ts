import rule from '../maintenance-window.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';

const span = (p: { from: number; to: number; ongoing: boolean }) =>
  p.ongoing ? `自 ${formatBeijing(p.from)} 起，至 ${formatBeijing(p.to)} 仍在持续` : `自 ${formatBeijing(p.from)} 至 ${formatBeijing(p.to)}`;

/** maintenance-window in zh-CN. */
export default translateRule(rule, {
  title: '系统维护只短时间中断服务',
  description:
    '为配置、维护、升级系统而需要短时间中断服务的，不视为违约（§10.3.1：需要短时间中断服务）。协议未规定多短；本规则以 `max_hours`（默认 4）为上限。对每个 `cause: maintenance` 且在评估时点前已开始的故障：持续超过 `max_hours` × 1 小时（未结束的计至评估时点）的给出警告，因为该免责已不再适用；较短的判定通过；仍在持续的写明其不再属于短时间中断的时点。',
  fix:
    '对超过上限的系统维护中断，向阿里云询问其为何不是短时间中断并保留记录：通过在线工单申报（§5.2.2），在考虑 §10.4 和任何索赔时把这段时间视为阿里云的故障。如阿里云事先公告的维护时段更长，记录该约定并在配置中调高 `max_hours`。',
  messages: {
    tooLong: (p) =>
      `服务 ${p.service} 的系统维护故障 ${p.incident} 中断服务超过 ${p.limit} 小时（${p.hours} 小时，${span(p)}）：只有短时间的维护中断可以免责（§10.3.1），因此应视为阿里云的故障（通过在线工单申报，§5.2.2；见 outage-termination-right，§10.4）。`,
    short: (p) => `服务 ${p.service} 的系统维护故障 ${p.incident} 持续 ${p.hours} 小时，${span(p)}：属于短时间中断，可以免责（§10.3.1；至多 ${p.limit} 小时）。`,
    ongoing: (p) =>
      `服务 ${p.service} 的系统维护故障 ${p.incident} 仍在持续（${span(p)}）：在 ${formatBeijing(p.overrunAt)} 之前仍属于短时间中断（§10.3.1），届时将超过 ${p.limit} 小时。`,
    notYet: (p) => `系统维护故障 ${p.incident} 于 ${formatBeijing(p.start)} 开始，晚于评估时点：当时尚未开始。`,
  },
});
