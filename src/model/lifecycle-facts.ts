/**
 * Facts about the life of subscriptions, resource packages and their data, shared by the rules
 * auto-renew-funding, package-forfeit, package-overage, data-deletion-risk and scheduled-release.
 */
import { DEFAULT_BUFFER_DAYS, type BufferTable } from './buffer-days.js';
import { expiryInstant, latestOrderByResource, placedBy } from './facts.js';
import { divRound } from './money.js';
import type { Order } from './profile.js';
import { formatBeijing } from './time.js';

/**
 * The last answer of currentOrders: several rules ask it of the same profile at the same T, one
 * after another. One entry, not a WeakMap by orders list: V8's young-generation collector kept a
 * WeakMap's values (and through them each file's whole profile) alive until they were promoted.
 */
let last: { orders: readonly Order[]; asOf: number; current: ReadonlySet<Order> } | undefined;

/** The orders that give their resource its state at T: per resource the one placed last by T, and every order without a resource. */
export function currentOrders(orders: readonly Order[], asOf: number): ReadonlySet<Order> {
  if (last !== undefined && last.orders === orders && last.asOf === asOf) return last.current;
  const latest = new Set(latestOrderByResource(orders, asOf).values());
  const current = new Set(orders.filter((o) => placedBy(o, asOf) && (o.resource === undefined || latest.has(o))));
  last = { orders, asOf, current };
  return current;
}

/** The buffer before data deletion that applies to an order (clause 6.4), and whether it is the default figure. */
export interface AppliedBuffer {
  days: number;
  /** True when the product is not in the table, so the `default` figure applies. */
  isDefault: boolean;
  source: string;
  product: string | undefined;
  kind: 'subscription' | 'payg';
}

/** The buffer days for an order's product and billing kind; `default` for a product the table does not list. */
export function bufferFor(table: BufferTable, order: Order): AppliedBuffer {
  const kind = order.kind === 'payg' ? 'payg' : 'subscription';
  const product = order.product;
  const listed = product !== undefined && product !== 'default' && Object.hasOwn(table, product) ? table[product] : undefined;
  const entry = listed ?? table.default ?? DEFAULT_BUFFER_DAYS.default!;
  return { days: entry[kind], isDefault: listed === undefined, source: entry.source, product, kind };
}

/** A resource package's state at T: expiry, units and whether it has ended (clause 9.1.2). */
export interface PackageState {
  /** The expiry instant, when `package.expires_at` is given. */
  expiry: number | undefined;
  /** T at or after the expiry instant; without one, `status: expired`. */
  expired: boolean;
  quantity: bigint | undefined;
  used: bigint | undefined;
  /** `used` >= `quantity` (both known). */
  usedUp: boolean;
  /** `package.unit`, else `units`. */
  unit: string;
}

/** The state of a resource package at T. */
export function packageState(order: Order, asOf: number): PackageState {
  const expiry = expiryInstant(order);
  const quantity = order.package?.quantity;
  const used = order.package?.used;
  return {
    expiry,
    expired: expiry !== undefined ? asOf >= expiry : order.status === 'expired',
    quantity,
    used,
    usedUp: quantity !== undefined && used !== undefined && used >= quantity,
    unit: order.package?.unit ?? 'units',
  };
}

/** True when a package has ended: expired or used up (clause 9.1.2, whichever comes first). */
export function packageEnded(state: PackageState): boolean {
  return state.expired || state.usedUp;
}

/** Millionths of a unit as a plain decimal without trailing zeros, e.g. `12.5` (for report data). */
export function unitsDecimal(millionths: bigint): string {
  const negative = millionths < 0n;
  const abs = negative ? -millionths : millionths;
  const fraction = String(abs % 1_000_000n).padStart(6, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / 1_000_000n}${fraction ? `.${fraction}` : ''}`;
}

/** Millionths of a unit with the unit for messages, thousands grouped, e.g. `1,000,000 requests`. */
export function formatUnits(millionths: bigint, unit: string): string {
  const [whole, fraction] = unitsDecimal(millionths).split('.') as [string, string | undefined];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''} ${unit}`;
}

/** A ratio of millionths rounded half away from zero to 0.01 unit, still in millionths (for projections). */
export function unitsToHundredths(numerator: bigint, denominator: bigint): bigint {
  return divRound(numerator, denominator * 10_000n) * 10_000n;
}

/** How a package ended, for messages: `expired at …`, `is used up (… of … used)`, or both. */
export function describeEnd(state: PackageState): string {
  const parts: string[] = [];
  if (state.expired) parts.push(state.expiry === undefined ? 'has expired' : `expired at ${formatBeijing(state.expiry)}`);
  if (state.usedUp) parts.push(`is used up (${formatUnits(state.used!, state.unit)} of ${formatUnits(state.quantity!, state.unit)} used)`);
  return parts.join(' and ');
}
