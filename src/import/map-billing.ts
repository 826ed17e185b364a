/** Maps BssOpenApi answers to `account.billing` (balance, vouchers) and `orders` (subscriptions, orders, packages). */
import { parseMoney } from '../model/money.js';
import { answers, errorCode, listAt, objectAt, site, type JsonObject } from './body.js';
import { compact } from './map-identity.js';
import type { RecordedBody, ResponseSet } from './responses.js';
import { apiInstant, apiList, apiMoney, textOf, type Notes } from './values.js';

type Data = Record<string, unknown>;

/** `account.billing`: currency, cash balance (may be negative) and vouchers; undefined when nothing was recorded. */
export function billing(set: ResponseSet, notes: Notes): Data | undefined {
  const [balance] = answers(set, 'BssOpenApi.QueryAccountBalance', notes);
  const data = balance ? objectAt(balance.body, 'Data') : undefined;
  const coupons = answers(set, 'BssOpenApi.QueryCashCoupons', notes);
  const result = compact({
    currency: data ? textOf(data.Currency) : undefined,
    balance: data && balance ? apiMoney(data.AvailableCashAmount, site(balance, 'Data.AvailableCashAmount', notes), true) : undefined,
    credits: coupons.length > 0 ? credits(coupons, notes) : undefined,
  });
  return Object.keys(result).length > 0 ? result : undefined;
}

function credits(pages: RecordedBody[], notes: Notes): Data[] {
  const byId = new Map<string, Data>();
  for (const page of pages) {
    for (const coupon of listAt(page.body, 'Data', 'CashCoupon')) {
      const status = textOf(coupon.Status);
      const id = textOf(coupon.CashCouponNo) ?? textOf(coupon.CashCouponId);
      if (!id || (status !== undefined && status !== 'Available')) continue;
      byId.set(id, compact({
        id,
        kind: 'voucher',
        amount: apiMoney(coupon.Balance, site(page, 'Data.CashCoupon[].Balance', notes)),
        expires_at: apiInstant(coupon.ExpiryTime, site(page, 'Data.CashCoupon[].ExpiryTime', notes)),
      }));
    }
  }
  return [...byId.values()].sort(byId_);
}

function byId_(a: Data, b: Data): number {
  return String(a.id).localeCompare(String(b.id));
}

const INSTANCE_STATUS: Record<string, string> = { Normal: 'active', Expired: 'expired', Stopped: 'stopped', Release: 'released', Released: 'released', Available: 'active' };

/** A quantity with at most six decimals, minus another, as decimal text. */
function difference(total: string, remaining: string): string | undefined {
  const [t, r] = [parseMoney(total), parseMoney(remaining)];
  if (t === undefined || r === undefined || r > t) return undefined;
  const micro = t - r;
  const fraction = String(micro % 1_000_000n).padStart(6, '0').replace(/0+$/, '');
  return `${micro / 1_000_000n}${fraction ? `.${fraction}` : ''}`;
}

function billingOf(subscriptionType: string | undefined): { kind?: string; billing?: string } {
  if (subscriptionType === 'Subscription') return { kind: 'subscription', billing: 'prepaid' };
  if (subscriptionType === 'PayAsYouGo') return { kind: 'payg', billing: 'postpaid' };
  return {};
}

/** What an instance (QueryAvailableInstances) says about the order that provides it. */
function instanceFacts(instance: JsonObject, page: RecordedBody, notes: Notes): Data {
  const at = (field: string) => site(page, `Data.InstanceList[].${field}`, notes);
  const renew = textOf(instance.RenewStatus);
  const end = apiInstant(instance.EndTime, at('EndTime'));
  return compact({
    ...billingOf(textOf(instance.SubscriptionType)),
    product: textOf(instance.ProductCode)?.toLowerCase(),
    resource: textOf(instance.InstanceID),
    region: textOf(instance.Region) || undefined,
    status: INSTANCE_STATUS[textOf(instance.Status) ?? ''],
    release_at: apiInstant(instance.ExpectedReleaseTime, at('ExpectedReleaseTime')) ?? null,
    term: end ? { end } : undefined,
    renewal: renew ? compact({ intent: renew === 'NotRenewal' ? 'let-expire' : undefined, auto: renew === 'AutoRenewal' }) : undefined,
  });
}

/** What a resource package (QueryResourcePackageInstances) says about its order. */
function packageFacts(pkg: JsonObject, page: RecordedBody, notes: Notes): Data {
  const at = (field: string) => site(page, `Data.Instances.Instance[].${field}`, notes);
  const quantity = apiMoney(pkg.TotalAmount, at('TotalAmount'));
  const remaining = apiMoney(pkg.RemainingAmount, at('RemainingAmount'));
  return compact({
    kind: 'resource-package',
    billing: 'prepaid',
    resource: textOf(pkg.InstanceId),
    region: textOf(pkg.Region) || undefined,
    status: INSTANCE_STATUS[textOf(pkg.Status) ?? ''],
    package: compact({
      quantity,
      used: quantity && remaining ? difference(quantity, remaining) : undefined,
      unit: textOf(pkg.TotalAmountUnit) || undefined,
      expires_at: apiInstant(pkg.ExpiryTime, at('ExpiryTime')),
    }),
  });
}

/** Instances by id: subscriptions and pay-as-you-go (QueryAvailableInstances) and resource packages. */
function resources(set: ResponseSet, notes: Notes): Map<string, Data> {
  const found = new Map<string, Data>();
  for (const page of answers(set, 'BssOpenApi.QueryAvailableInstances', notes)) {
    for (const instance of listAt(page.body, 'Data', 'InstanceList')) {
      const id = textOf(instance.InstanceID);
      if (id) found.set(id, { ...instanceFacts(instance, page, notes), placed: apiInstant(instance.CreateTime, site(page, 'Data.InstanceList[].CreateTime', notes)) });
    }
  }
  for (const page of answers(set, 'BssOpenApi.QueryResourcePackageInstances', notes)) {
    for (const pkg of listAt(page.body, 'Data', 'Instances', 'Instance')) {
      const id = textOf(pkg.InstanceId);
      if (id) found.set(id, { ...packageFacts(pkg, page, notes), placed: apiInstant(pkg.EffectiveTime, site(page, 'Data.Instances.Instance[].EffectiveTime', notes)) });
    }
  }
  return found;
}

/** The order's instance ids (GetOrderDetail `InstanceIDs`), when its detail was recorded. */
function orderInstances(set: ResponseSet, orderId: string, notes: Notes): { ids: string[]; region?: string } {
  const detail = set.get('BssOpenApi.GetOrderDetail', orderId);
  if (!detail) return { ids: [] };
  const code = errorCode(detail.body);
  if (code !== undefined) {
    notes.add('warning', 'errorAnswer', { source: detail.source, code });
    return { ids: [] };
  }
  const [first] = listAt(detail.body, 'Data', 'OrderList', 'Order');
  return { ids: apiList(first?.InstanceIDs), region: textOf(first?.Region) || undefined };
}

/** `orders`, sorted by id; undefined when no BssOpenApi order or instance list was recorded. */
export function orders(set: ResponseSet, notes: Notes): Data[] | undefined {
  const recorded = ['QueryOrders', 'QueryAvailableInstances', 'QueryResourcePackageInstances'].some((a) => set.has(`BssOpenApi.${a}`));
  if (!recorded) return undefined;
  const instances = resources(set, notes);
  const result: Data[] = [];
  const provided = new Map<string, Data>();
  for (const page of answers(set, 'BssOpenApi.QueryOrders', notes)) {
    for (const order of listAt(page.body, 'Data', 'OrderList', 'Order')) {
      const id = textOf(order.OrderId);
      if (!id || textOf(order.PaymentStatus) === 'Cancelled') continue;
      const at = (field: string) => site(page, `Data.OrderList.Order[].${field}`, notes);
      const detail = orderInstances(set, id, notes);
      const entry = compact({
        id,
        ...billingOf(textOf(order.SubscriptionType)),
        product: textOf(order.ProductCode)?.toLowerCase(),
        resource: detail.ids[0],
        region: detail.region ?? (textOf(order.Region) || undefined),
        placed_at: apiInstant(order.CreateTime, at('CreateTime')),
        amount: apiMoney(order.PretaxAmount, at('PretaxAmount')),
        paid_at: textOf(order.PaymentStatus) === 'Paid' ? apiInstant(order.PaymentTime, at('PaymentTime')) : null,
      });
      result.push(entry);
      const resource = detail.ids[0];
      const previous = resource ? provided.get(resource) : undefined;
      if (resource && (!previous || String(previous.placed_at ?? '') <= String(entry.placed_at ?? ''))) provided.set(resource, entry);
    }
  }
  for (const [id, facts] of instances) {
    const { placed, ...rest } = facts;
    const order = provided.get(id);
    if (order) Object.assign(order, { ...rest, id: order.id, placed_at: order.placed_at, region: order.region ?? rest.region });
    // A prepaid instance or package exists only once paid: without its order, its creation is when it was paid at the latest.
    else result.push(compact({ id, ...rest, placed_at: placed, paid_at: rest.billing === 'prepaid' ? placed : undefined }));
  }
  return result.map(ordered).sort(byId_);
}

const ORDER_KEYS = ['id', 'kind', 'product', 'resource', 'region', 'billing', 'placed_at', 'amount', 'paid_at', 'status', 'release_at', 'term', 'renewal', 'package'];

/** The order's keys in the profile format's order, so output is stable. */
function ordered(order: Data): Data {
  return Object.fromEntries(ORDER_KEYS.filter((k) => order[k] !== undefined).map((k) => [k, order[k]]));
}
