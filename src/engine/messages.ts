/** The engine's own words: skip reasons and snapshot notes, in English and zh-CN. */
import { formatBeijing } from '../model/time.js';
import { catalogs } from '../util/i18n.js';
import { needsZh } from './needs-text.js';

/** Skip texts and snapshot notes by language. */
export const ENGINE_TEXT = catalogs(
  {
    skipNoData: (p: { needs?: string }) => `Skipped: no data${p.needs === undefined ? '' : ` (needs ${p.needs})`}.`,
    skipNotApplicable: (p: { needs?: string }) => `Skipped: not applicable${p.needs === undefined ? '' : ` (needs ${p.needs})`}.`,
    exportedAfter: (p: { exported: number; asOf: number }) =>
      `The snapshot was exported at ${formatBeijing(p.exported)}, after the evaluation instant ${formatBeijing(p.asOf)}; facts dated after it are treated as not yet happened.`,
    exportedLongBefore: (p: { exported: number }) =>
      `The snapshot was exported at ${formatBeijing(p.exported)}, more than 7 days before the evaluation instant; what was unpaid then may be paid now.`,
  },
  {
    skipNoData: (p) => `已跳过：无数据${p.needs === undefined ? '' : `（需要 ${needsZh(p.needs)}）`}。`,
    skipNotApplicable: (p) => `已跳过：不适用${p.needs === undefined ? '' : `（需要 ${needsZh(p.needs)}）`}。`,
    exportedAfter: (p) =>
      `快照导出于 ${formatBeijing(p.exported)}，晚于评估时点 ${formatBeijing(p.asOf)}；其后发生的事实按尚未发生处理。`,
    exportedLongBefore: (p) =>
      `快照导出于 ${formatBeijing(p.exported)}，早于评估时点 7 天以上；当时未付的款项现在可能已经付清。`,
  },
);
