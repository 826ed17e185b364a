/**
 * Everything a rule author needs, in one import: `import { defineRule, Verdict, … } from '../src/rule-kit.js'`
 * (a rule's options are a function of zod, which receives it).
 * It only re-exports the engine's rule contract and the model's exact time, money and derived facts
 * (its layer sits between src/engine and rules/, so it may import nothing higher).
 */
export type { Status, YamlPath } from './contract/report.js';
export { defineRawRule, defineRule, type MessageCatalog, type RuleContext, type RuleFinding } from './engine/types.js';
export { atLeast, single, skipAccount, skipFor, Verdict, type SkipReason } from './engine/verdict.js';
export type { Backup, Bill, Claim, Incident, LogStore, Notice, Order, Profile, RamUser } from './model/profile.js';
export { expiryInstant, happened, HOLD_DAYS, holdsData, isPaid, lapsedUnpaid, latestOrderByResource, paidAmount, placedBy, renewalPaid } from './model/facts.js';
export { FEN, formatMoney, minMoney, roundToFen, scaleToFen, sumMoney, toDecimalString, YUAN, type Money } from './model/money.js';
export {
  beijingDay,
  beijingMidnight,
  DAY_MS,
  daysLeft,
  daysSince,
  formatAgeBeyond,
  formatBeijing,
  formatDay,
  formatDays,
  formatSpan,
  HOUR_MS,
  hoursBetween,
  inclusiveEnd,
  periodEnd,
  toRfc3339,
  type When,
} from './model/time.js';
export { noticeDispatch, type Dispatch } from './model/notice-facts.js';
export { bufferFor, currentOrders } from './model/lifecycle-facts.js';
export { mapIndexed } from './model/indexed.js';
export { billStanding, LATE_FEE_RATE, overdueFrom, type BillStanding } from './model/late-fee.js';
