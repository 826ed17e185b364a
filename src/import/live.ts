/**
 * `--live`: walks the account's OpenAPI (every page, every region) and records each answer under
 * the same `<Product>.<Action>[.<key>]` names the offline import reads, so one mapper serves both.
 * Any fault stops the run before anything is written.
 */
import { errorCode, listAt, objectAt } from './body.js';
import type { JsonValue } from './json-exact.js';
import { createLiveClient, ErrorAnswer, UNAVAILABLE_RE, CallFault, type LiveCall, type LiveClientOptions } from './live-client.js';
import { parseProjectArn, trailLogStore } from './map-events.js';
import { ResponseSet } from './responses.js';
import type { LiveSource } from './run-import.js';
import { textOf, type Notes } from './values.js';

/** Options of a live import. */
export interface LiveOptions extends LiveClientOptions {
  /** Limit regional calls to these regions (default: every region ECS lists). */
  regions?: string[];
  /** The clock (milliseconds), for time windows of QueryOrders and DescribeBackups. */
  now?: () => number;
}

const PAGE = 100;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const DAY = 86_400_000;

class Walk {
  readonly set = new ResponseSet();

  constructor(
    private readonly call: LiveCall,
    private readonly notes: Notes,
  ) {}

  /** One call, recorded under `key`; an absent entity's error answer is recorded as the answer. */
  async get(product: string, action: string, key: string, args: Record<string, string> = {}, region?: string): Promise<JsonValue> {
    const label = `${product}.${action}${key ? `(${key})` : ''}`;
    const result = await this.call(product, action, args, region, label);
    const body = result instanceof ErrorAnswer ? result.body : result;
    this.set.add(`${product}.${action}`, { key, body, source: label });
    return body;
  }

  /** Every page of a PageNumber/TotalCount list; keys `<prefix>.<page>` (or the page alone). */
  async pages(product: string, action: string, prefix: string, args: Record<string, string>, region: string | undefined, paging: { number: string; size: string; total: (b: JsonValue) => number; size_: number }): Promise<JsonValue[]> {
    const bodies: JsonValue[] = [];
    for (let page = 1; ; page++) {
      const key = prefix ? `${prefix}.${page}` : String(page);
      const body = await this.get(product, action, key, { ...args, [paging.number]: String(page), [paging.size]: String(paging.size_) }, region);
      bodies.push(body);
      // The server may cap the page size: count pages in the size it answered with.
      const answered = count(objectAt(body)?.PageSize ?? objectAt(body, 'Data')?.PageSize) || paging.size_;
      if (errorCode(body) !== undefined || page * answered >= paging.total(body)) return bodies;
    }
  }

  /** A regional product that may not be available in a region (or to the account): its data there stays unknown. */
  async optional(product: string, region: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (error instanceof CallFault && error.code && UNAVAILABLE_RE.test(error.code)) this.notes.add('warning', 'skippedOptional', { product, region, code: error.code });
      else throw error;
    }
  }
}

const count = (value: JsonValue | undefined) => Number(textOf(value) ?? 0);

async function identity(w: Walk): Promise<boolean> {
  const caller = await w.get('Sts', 'GetCallerIdentity', '');
  await w.get('Ims', 'GetAccountMFAInfo', '');
  await w.get('Ram', 'GetPasswordPolicy', '');
  await w.get('Ram', 'ListVirtualMFADevices', '');
  const users: string[] = [];
  let marker: string | undefined;
  for (let page = 1; ; page++) {
    const body = await w.get('Ram', 'ListUsers', String(page), { MaxItems: String(PAGE), ...(marker ? { Marker: marker } : {}) });
    users.push(...listAt(body, 'Users', 'User').map((u) => textOf(u.UserName)!).filter(Boolean));
    marker = textOf(objectAt(body)?.Marker);
    if (objectAt(body)?.IsTruncated !== true || !marker) break;
  }
  for (const user of users) {
    await w.get('Ram', 'GetLoginProfile', user, { UserName: user });
    await w.get('Ram', 'GetUser', user, { UserName: user });
    await w.get('Ram', 'ListPoliciesForUser', user, { UserName: user });
    const keys = await w.get('Ram', 'ListAccessKeys', user, { UserName: user });
    for (const key of listAt(keys, 'AccessKeys', 'AccessKey')) {
      const id = textOf(key.AccessKeyId)!;
      await w.get('Ram', 'GetAccessKeyLastUsed', id, { UserName: user, UserAccessKeyId: id });
    }
  }
  const isRoot = textOf(objectAt(caller)?.IdentityType) === 'Account';
  if (isRoot) {
    const keys = await w.get('Ram', 'ListAccessKeys', '');
    for (const key of listAt(keys, 'AccessKeys', 'AccessKey')) {
      const id = textOf(key.AccessKeyId)!;
      await w.get('Ram', 'GetAccessKeyLastUsed', id, { UserAccessKeyId: id });
    }
  }
  return isRoot;
}

async function billing(w: Walk, now: number): Promise<void> {
  const bss = { number: 'PageNum', size: 'PageSize' };
  await w.get('BssOpenApi', 'QueryAccountBalance', '');
  await w.pages('BssOpenApi', 'QueryAvailableInstances', '', {}, undefined, { ...bss, size_: 300, total: (b) => count(objectAt(b, 'Data')?.TotalCount) });
  const orders = await w.pages('BssOpenApi', 'QueryOrders', '', { CreateTimeStart: iso(now - 365 * DAY), CreateTimeEnd: iso(now) }, undefined, {
    ...bss,
    size_: PAGE,
    total: (b) => count(objectAt(b, 'Data')?.TotalCount),
  });
  for (const order of orders.flatMap((b) => listAt(b, 'Data', 'OrderList', 'Order'))) {
    const id = textOf(order.OrderId);
    if (id && textOf(order.PaymentStatus) !== 'Cancelled') await w.get('BssOpenApi', 'GetOrderDetail', id, { OrderId: id });
  }
  await w.pages('BssOpenApi', 'QueryResourcePackageInstances', '', {}, undefined, { ...bss, size_: PAGE, total: (b) => count(objectAt(b, 'Data')?.TotalCount) });
  await w.get('BssOpenApi', 'QueryCashCoupons', '', { EffectiveOrNot: 'true' });
}

async function resources(w: Walk, regions: string[], now: number): Promise<void> {
  const ecs = { number: 'PageNumber', size: 'PageSize', size_: PAGE, total: (b: JsonValue) => count(objectAt(b)?.TotalCount) };
  for (const region of regions) {
    const disks = await w.pages('Ecs', 'DescribeDisks', region, { RegionId: region }, region, ecs);
    await w.pages('Ecs', 'DescribeAutoSnapshotPolicyEx', region, { RegionId: region }, region, ecs);
    for (const disk of disks.flatMap((b) => listAt(b, 'Disks', 'Disk'))) {
      const id = textOf(disk.DiskId);
      if (id && textOf(disk.InstanceId)) await w.get('Ecs', 'DescribeSnapshots', id, { RegionId: region, DiskId: id, Status: 'accomplished', PageSize: '10' }, region);
    }
    await w.pages('Ecs', 'DescribeInstanceHistoryEvents', region, { RegionId: region }, region, ecs);
    const rds = await w.pages('Rds', 'DescribeDBInstances', region, { RegionId: region }, region, { ...ecs, total: (b) => count(objectAt(b)?.TotalRecordCount) });
    for (const db of rds.flatMap((b) => listAt(b, 'Items', 'DBInstance'))) {
      const id = textOf(db.DBInstanceId)!;
      await w.get('Rds', 'DescribeBackupPolicy', id, { DBInstanceId: id }, region);
      await w.get('Rds', 'DescribeBackups', id, { DBInstanceId: id, StartTime: iso(now - 30 * DAY).slice(0, 16) + 'Z', EndTime: iso(now).slice(0, 16) + 'Z', BackupStatus: 'Success', PageSize: String(PAGE) }, region);
    }
    await w.optional('Hbr', region, () => w.pages('Hbr', 'DescribeBackupPlans', region, { SourceType: 'UDM_ECS' }, region, ecs).then(() => undefined));
    let trails: JsonValue = {};
    await w.optional('Actiontrail', region, async () => {
      trails = await w.get('Actiontrail', 'DescribeTrails', region, { IncludeShadowTrails: 'false' }, region);
    });
    for (const trail of listAt(trails, 'TrailList')) {
      const name = textOf(trail.Name);
      const sls = parseProjectArn(textOf(trail.SlsProjectArn));
      const store = name ? trailLogStore(name) : '';
      if (name && sls && !w.set.get('Sls.GetLogStore', `${sls.project}.${store}`)) {
        await w.get('Sls', 'GetLogStore', `${sls.project}.${store}`, { project: sls.project, logstore: store }, sls.region);
      }
    }
  }
}

/** The live source: the account's answers through the SDK. */
export function liveSource(options: LiveOptions): LiveSource {
  return {
    async fetch(notes: Notes): Promise<ResponseSet> {
      const call = await createLiveClient(options);
      const now = (options.now ?? Date.now)();
      const w = new Walk(call, notes);
      await identity(w);
      await billing(w, now);
      const listed = listAt(await w.get('Ecs', 'DescribeRegions', ''), 'Regions', 'Region').map((r) => textOf(r.RegionId)!).filter(Boolean);
      await resources(w, (options.regions ?? listed).slice().sort(), now);
      return w.set;
    },
  };
}
