import rule from '../backup-independence.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';

const STATE = { expired: '已到期', overdue: '已欠费', stopped: '已停机', release: '计划释放' } as const;

function riskText(r: { state: keyof typeof STATE; since?: number }): string {
  if (r.state === 'release') return `计划于 ${formatBeijing(r.since!)} 释放`;
  return r.since === undefined ? STATE[r.state] : `自 ${formatBeijing(r.since)} 起${STATE[r.state]}`;
}

/** backup-independence in zh-CN. */
export default translateRule(rule, {
  title: '备份在资源删除后仍然存在',
  description:
    '服务期届满、发生欠费或服务被释放时，阿里云在缓冲期届满后删除客户的用户业务数据，包括所有缓存或者备份的副本，且一经删除即不可恢复（§6.4、§6.5）。数据备份是客户的责任（§4.7），因此备份应在另一账号或平台外有副本，且不应随资源一起删除。',
  fix:
    '把备份复制到另一账号或平台外，并阻止自动快照随资源一起删除；以 `account: other` 或 `off-platform` 记录为 `copies`，并设置 `delete_with_resource: false`。判定不通过时先做这一步，再在缓冲期届满前为资源续费或付清欠费：阿里云会把同一账号内的备份与数据一起删除。',
  messages: {
    independent: (p) => `${p.resource} 的备份在另一账号或平台外有副本。`,
    noCopy: (p) => `${p.resource} 的备份在另一账号或平台外没有副本：到期或欠费时，阿里云会把备份与数据一起删除（§6.4、§6.5）。`,
    deleteWithResource: (p) => `${p.resource} 的备份会随资源一起删除（delete_with_resource: true）。`,
    atRisk: (p) =>
      `资源 ${p.resource} ${riskText(p)}，其备份在另一账号或平台外没有副本且会随资源一起删除：数据及其备份将被一并删除，不可恢复（§6.4、§6.5）。`,
  },
});
