import rule from '../snapshot-age.js';
import { translateRule } from '../../src/engine/types.js';
import { formatBeijing } from '../../src/model/time.js';
import { days } from './words.js';

/** snapshot-age in zh-CN. */
export default translateRule(rule, {
  title: '档案是账户的近期采集',
  description:
    '档案是账户在 `captured_at` 时的采集；此后发生的情况是未知，而不是缺失。判断时间远近的规则——备份（§4.7）、AccessKey 和控制台的使用（§4.5）、已确认的联系方式（§11.4）——都以采集时点为准，因此在评估时点采集已超过 `max_age_days` 的，给出警告：这些判断可能已过时。',
  fix: '重新采集账户（导出或导入新的档案），并把 `captured_at` 设为采集这些事实的时点；如可以接受更早的采集，在配置中调高 `max_age_days`。',
  messages: {
    stale: (p) =>
      `档案采集于 ${formatBeijing(p.captured)}，早于评估时点 ${days(p.ageDays)}（超过 ${days(p.limit)}）：此后发生的情况未知，因此备份、密钥和登录的使用以及联系方式的检查均以采集时点为准。请重新采集账户。`,
    fresh: (p) => `档案采集于 ${formatBeijing(p.captured)}，早于评估时点 ${days(p.ageDays)}。`,
    later: (p) => `档案采集于 ${formatBeijing(p.captured)}，晚于评估时点：晚于评估时点的事实视为尚未发生。`,
  },
});
