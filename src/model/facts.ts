/** Facts derived from a profile at the evaluation instant T, shared by rules (rules.md, Time). */
import type { Money } from './money.js';
import type { Backup, Order, Profile } from './profile.js';
import { inclusiveEnd, periodEnd, type When } from './time.js';

/** True when a dated fact has happened by T (facts dated after T have not happened yet). */
export function happened(when: When | undefined, asOf: number): when is When {
  return when !== undefined && when.at <= asOf;
}

/**
 * The instant the profile's facts are known up to: `captured_at` when it is before T, else T.
 * Rules that judge how recent a fact is (a backup, a key's last use, a sign-in) measure from here:
 * what happened after the capture is unknown, not missing.
 */
export function factsInstant(profile: Pick<Profile, 'captured_at'>, asOf: number): number {
  const captured = profile.captured_at?.at;
  return captured !== undefined && captured < asOf ? captured : asOf;
}

/** Cash paid on an order by T: `paid_amount`, defaulting to `amount` once `paid_at` has happened. */
export function paidAmount(order: Order, asOf: number): Money {
  if (order.paid_at !== undefined && !happened(order.paid_at, asOf)) return 0n;
  if (order.paid_amount !== undefined) return order.paid_amount;
  return happened(order.paid_at, asOf) ? (order.amount ?? 0n) : 0n;
}

/** True when the order is paid in full by T. */
export function isPaid(order: Order, asOf: number): boolean {
  if (order.paid_at !== undefined && !happened(order.paid_at, asOf)) return false;
  return paidAmount(order, asOf) >= (order.amount ?? 0n) && (order.paid_at !== undefined || order.paid_amount !== undefined);
}

/** The expiry instant of a subscription (`term.end`) or package (`package.expires_at`), if known. */
export function expiryInstant(order: Order): number | undefined {
  const end = order.kind === 'resource-package' ? order.package?.expires_at : order.term?.end;
  return end === undefined ? undefined : inclusiveEnd(end);
}

const DATA_PRODUCTS = new Set(['ecs', 'rds', 'oss', 'nas', 'tablestore', 'polardb']);

/** Whether the order's resource stores customer data (profile-format.md defaults). */
export function holdsData(order: Order): boolean {
  if (order.kind === 'resource-package') return false;
  return order.holds_data ?? DATA_PRODUCTS.has(order.product ?? '');
}

/** True when the renewal of the current term was paid by T (ignoring earlier renewals). */
export function renewalPaid(order: Order, asOf: number): boolean {
  const paid = order.renewal?.paid_at;
  if (!happened(paid, asOf)) return false;
  const start = order.term?.start;
  return start === undefined || paid.at >= start.at;
}

/** True when the order exists at T: placed by T, or with no `placed_at` (orders placed after T have not happened yet). */
export function placedBy(order: Order, asOf: number): boolean {
  return order.placed_at === undefined || happened(order.placed_at, asOf);
}

/** The orders that give each resource its state at T: for a resource named by several, the one placed last by T. */
export function latestOrderByResource(orders: readonly Order[], asOf: number): Map<string, Order> {
  const byResource = new Map<string, Order>();
  for (const order of orders) {
    if (!placedBy(order, asOf)) continue;
    if (order.resource === undefined) continue;
    const current = byResource.get(order.resource);
    if (!current || (order.placed_at?.at ?? -Infinity) >= (current.placed_at?.at ?? -Infinity)) byResource.set(order.resource, order);
  }
  return byResource;
}

/** The backups of each resource, in file order, so a rule looks them up per order instead of scanning the list. */
export function backupsByResource(backups: readonly Backup[]): Map<string, Backup[]> {
  const byResource = new Map<string, Backup[]>();
  for (const backup of backups) {
    const list = byResource.get(backup.resource);
    if (list) list.push(backup);
    else byResource.set(backup.resource, [backup]);
  }
  return byResource;
}

/** Days an unpaid prepaid order is held before it lapses (clause 3.2.1). */
export const HOLD_DAYS = 7;

/** True when an unpaid prepaid order has lapsed by T (clause 3.2.1): sold out, or its hold ended unpaid. */
export function lapsedUnpaid(order: Order, asOf: number, holdDays = HOLD_DAYS): boolean {
  if (isPaid(order, asOf) || (order.billing ?? (order.kind === 'payg' ? 'postpaid' : 'prepaid')) !== 'prepaid') return false;
  if (order.sold_out) return true;
  return order.placed_at !== undefined && asOf >= periodEnd(order.placed_at.at, holdDays);
}
