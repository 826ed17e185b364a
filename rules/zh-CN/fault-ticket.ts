import rule from '../fault-ticket.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';

/** fault-ticket in zh-CN. */
export default translateRule(rule, {
  title: '通过在线工单申报故障',
  description:
    '阿里云为客户非人为操作出现的故障提供支持，客户应通过在线工单申报故障（§5.2.2）。工单也为索赔（§10.6）或终止（§10.4）记录了故障。评估时点前已开始的每个 `cause: provider` 故障都需要一个 `ticket`。',
  fix: '为该故障提交在线工单并把工单号记录为 `ticket`；索赔（§10.6）或终止（§10.4）也依赖该工单记录。',
  messages: {
    reported: (p) => `故障 ${p.incident} 已通过在线工单 ${p.ticket} 申报。`,
    noTicket: (p) =>
      `故障 ${p.incident}${p.service === undefined ? '' : `（${p.service}）`}自 ${formatBeijing(p.start)} 起，没有在线工单：故障应通过在线工单申报（§5.2.2）；请提交一个工单以留存记录。`,
  },
});
