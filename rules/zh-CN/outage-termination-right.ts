import rule from '../outage-termination-right.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';

const span = (p: { from: number; to: number; open: boolean }) =>
  p.open ? `自 ${formatBeijing(p.from)} 起，至 ${formatBeijing(p.to)} 仍在持续` : `自 ${formatBeijing(p.from)} 至 ${formatBeijing(p.to)}`;

/** outage-termination-right in zh-CN. */
export default translateRule(rule, {
  title: '连续 72 小时不能使用服务可终止',
  description:
    '因阿里云原因造成客户连续 72 小时不能正常使用服务的，客户可终止接受服务（§10.4）；系统维护（§10.3.1，由 maintenance-window 判断）、网络阻塞（§10.3.2）以及不可抗力或黑客攻击等其他不可预见事件（§12.1、§12.2）不计在内，因此只计 `cause: provider` 的故障。故障按资源分组（否则按产品）；重叠或相接的合并计算，仍在持续的计至评估时点。终止权自故障结束起一年内不行使即消灭（《民法典》第 564 条），按故障结束之日后一个自然年的期间计算。',
  fix:
    '在消息给出的消灭时点前决定是否终止受影响的服务；行使终止权时，向阿里云发出书面通知并保留故障记录。消灭时点之后终止权不复存在（《民法典》第 564 条）。',
  messages: {
    available: (p) =>
      `可行使终止权（§10.4）：${p.subject} 连续 ${p.hours} 小时不能正常使用，${span(p)}；${p.open ? '如故障此刻结束，' : ''}未行使的终止权将于 ${formatBeijing(p.lapsesAt)} 消灭（《民法典》第 564 条）。`,
    lapsed: (p) =>
      `${p.subject} 连续 ${p.hours} 小时的故障（${span(p)}）曾产生终止权；该权利已于 ${formatBeijing(p.lapsesAt)} 消灭（《民法典》第 564 条）。`,
    short: (p) => `${p.subject} 因阿里云原因最长的一次故障：${p.hours} 小时，${span(p)}（不足 ${p.threshold} 小时）。`,
  },
});
