import rule from '../data-residency.js';
import { translateRule } from '../../src/engine/types.js';
import { list } from './words.js';

const WHAT = { order: (n: string) => `订单 ${n}`, backupCopy: (n: string) => `${n} 的一份备份副本`, logStore: (n: string) => `日志库 ${n}` } as const;

/** data-residency in zh-CN. */
export default translateRule(rule, {
  title: '数据留在选定的地域',
  description:
    '阿里云在客户选定的数据中心存储用户业务数据（§6.6）。每个存有数据的订单、每份存放在平台上的备份副本，以及每个写明地域的日志库，都必须位于 `account.data_regions` 之一。',
  fix: '把该资源、备份副本或日志库迁移到已声明的地域之一；如该地域是有意选择的，请把它加入 `account.data_regions`。',
  messages: {
    inside: (p) => `${WHAT[p.holder](p.name)} 的数据存储在 ${p.region}，属于已声明的数据地域。`,
    outside: (p) =>
      `${WHAT[p.holder](p.name)} 的数据存储在 ${p.region}，不在已声明的数据地域（${p.regions.length === 0 ? '未声明任何地域' : list(p.regions)}）之内；依 §6.6，数据中心由客户选定。`,
  },
});
