/** Shared Chinese wording for the zh-CN rule catalog (terms as in docs/glossary.md). */
import { DAY_MS, formatBeijing, spanParts } from '../../src/model/time.js';
import { formatUnits, type PackageState } from '../../src/model/lifecycle-facts.js';

/** A day count: `7 天`. */
export const days = (n: number): string => `${n} 天`;

/** A list joined with the Chinese enumeration comma: `a、b、c`. */
export const list = (items: readonly string[]): string => items.join('、');

/** A list joined with 和 before the last item: `a、b 和 c`. */
export const andList = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')} 和 ${items[items.length - 1]}`;

/** A list joined with 或 before the last item. */
export const orList = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')} 或 ${items[items.length - 1]}`;

/** Units with the unit name; the model's default `units` reads 个单位. */
export const units = (millionths: bigint, unit: string): string =>
  unit === 'units' ? formatUnits(millionths, '').trimEnd() + ' 个单位' : formatUnits(millionths, unit);

/** How a resource package ended: `已于 … 到期`, `已用完（已用 … / 共 …）`, or both. */
export function describeEndZh(state: PackageState): string {
  const parts: string[] = [];
  if (state.expired) parts.push(state.expiry === undefined ? '已到期' : `已于 ${formatBeijing(state.expiry)} 到期`);
  if (state.usedUp) parts.push(`已用完（已用 ${units(state.used!, state.unit)}，共 ${units(state.quantity!, state.unit)}）`);
  return parts.join('且');
}

const CHANNELS: Record<string, string> = { email: '电子邮件', sms: '手机短信', message: '站内信', announcement: '公告', paper: '纸质' };

/** A notice channel as the agreement names it (§11.3); an unknown one as given. */
export const channelName = (channel: string): string => CHANNELS[channel] ?? channel;

const CAUSES: Record<string, string> = {
  provider: '阿里云',
  customer: '客户',
  maintenance: '系统维护',
  network: '网络阻塞',
  'force-majeure': '不可抗力',
  attack: '黑客攻击',
};

/** An incident cause in words (§10.3, §12); an unknown one as given. */
export const causeName = (cause: string): string => CAUSES[cause] ?? cause;

/** A span in words, as formatSpan: `3 天 4 小时 5 分 6 秒`. */
export function spanZh(ms: number): string {
  const { days: d, h, min, s } = spanParts(ms);
  let units = h ? `${h} 小时` : '';
  if (min) units = units === '' ? `${min} 分` : `${units} ${min} 分`;
  if (s) units = units === '' ? `${s} 秒` : `${units} ${s} 秒`;
  if (units === '') return days(d);
  return d > 0 ? `${days(d)} ${units}` : units;
}

/** An age beside "超过 N 天": whole days when that count already exceeds N, else the exact span (as formatAgeBeyond). */
export function ageBeyond(ms: number, limitDays: number): string {
  const d = Math.floor(ms / DAY_MS);
  return d > limitDays ? days(d) : spanZh(ms);
}
