import rule from '../backup-health.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';
import { days } from './words.js';

/** backup-health in zh-CN. */
export default translateRule(rule, {
  title: '备份成功、有保留且可恢复',
  description:
    '数据备份是客户的责任（§4.7），已停止运行、几天内即被删除或从未恢复过的备份并不能履行这一责任。设 I = `interval_hours`（未写时为 24）：超过 max(7 天, I + 24 小时) 没有成功备份判定不通过；超过 max(2 × I, 48 小时) 给出警告；保留期短于 `min_retention_days`，或 `restore_test_days` 内没有恢复测试，给出警告。',
  fix:
    '查明备份不再成功的原因并立即执行一次备份；每份备份至少保留 `min_retention_days` 天；至少每 `restore_test_days` 天做一次恢复测试。相应记录 `last_success_at`、`retention_days` 和 `last_restore_test_at`。',
  messages: {
    healthy: (p) => `${p.resource} 的备份状态良好：最近一次成功于 ${formatBeijing(p.last)}，每 ${p.interval} 小时一次。`,
    neverSucceeded: (p) => `${p.resource} 的备份从未成功。`,
    stale: (p) =>
      `${p.resource} 的备份最近一次成功于 ${formatBeijing(p.last)}，已过 ${p.hours} 小时（${days(Math.floor(p.hours / 24))}）（超过 ${p.limit} 小时）。`,
    shortRetention: (p) => `${p.resource} 的备份只保留 ${days(p.retention)}（应至少保留 ${days(p.min)}）。`,
    untested: (p) =>
      p.last === undefined
        ? `${p.resource} 的备份没有恢复测试记录（应每 ${days(p.limitDays)} 测试一次）。`
        : `${p.resource} 的备份最近一次恢复测试于 ${formatBeijing(p.last)}，已过 ${days(p.days)}（超过 ${days(p.limitDays)}）。`,
  },
});
