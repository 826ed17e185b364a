import rule from '../backup-coverage.js';
import { translateRule } from '../../src/engine/types.js';

/** backup-coverage in zh-CN. */
export default translateRule(rule, {
  title: '存有数据的资源已备份',
  description:
    '数据备份是客户的责任（§4.7）：阿里云可能提供备份功能或工具，但须由客户操作完成备份。评估时点前下单、未释放且其资源存有数据的每个包年包月或后付费订单，都需要在 `backups` 中为其 `resource` 配置一个已启用的备份策略。',
  fix:
    '为该资源创建并启用备份策略（产品的自动备份或快照），或重新启用已停用的策略，并在 `backups` 中按订单的 `resource` 列出。',
  messages: {
    covered: (p) => `订单 ${p.order}：资源 ${p.resource} 有已启用的备份。`,
    uncovered: (p) => `订单 ${p.order}：资源 ${p.resource} 存有数据但没有备份策略；数据备份是您的责任（§4.7）。`,
    disabled: (p) => `订单 ${p.order}：资源 ${p.resource} 的备份策略已停用；数据备份是您的责任（§4.7）。`,
    noResource: (p) => `订单 ${p.order} 存有数据但未写明资源，无法匹配其备份。`,
  },
});
