import rule from '../scheduled-release.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';
import { days } from './words.js';

const releasedAt = (p: { release: number; daysLeft: number }) => `${formatBeijing(p.release)}（剩余 ${days(p.daysLeft)}）`;

/** scheduled-release in zh-CN. */
export default translateRule(rule, {
  title: '计划释放不会带走未备份的数据',
  description:
    '释放服务即是删除其数据的指令，阿里云将按指令删除且不再保留（§6.3）。对每个计划在将来 `release_at` 释放的订单，存有数据的资源需要一个在释放后仍然存在的已启用备份：不随资源删除（`delete_with_resource: false`），或在另一账号或平台外有副本。这是唯一仍会判断 `status: released` 订单的规则。',
  fix:
    '在 `release_at` 之前，确保该资源有一个在释放后仍然存在的已启用备份（`delete_with_resource: false`，或在另一账号或平台外有副本），或取消计划释放。释放会删除数据，阿里云不再保留（§6.3）。',
  messages: {
    atRisk: (p) => `订单 ${p.order} 的数据将在 ${releasedAt(p)}释放时被删除：其资源没有在释放后仍然存在的已启用备份（§6.3）。`,
    backedUp: (p) => `订单 ${p.order} 将于 ${releasedAt(p)}释放；其资源有一个在释放后仍然存在的已启用备份。`,
    noData: (p) => `订单 ${p.order} 将于 ${releasedAt(p)}释放；其中没有用户业务数据。`,
    noBackups: (p) => `订单 ${p.order} 将于 ${releasedAt(p)}释放，档案中没有 backups 部分，无法判断其数据能否保留。`,
    unknown: (p) => `订单 ${p.order} 将于 ${releasedAt(p)}释放；不知道其备份是否随之删除（未给出 delete_with_resource）。`,
  },
});
