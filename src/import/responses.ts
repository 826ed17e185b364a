/**
 * A set of recorded API answers: for each `<Product>.<Action>`, every body with its key (the
 * entity, page or region it was asked for) and the file it came from. Offline import reads it
 * from a folder; live import fills it from the API and can save it as the same files.
 */
import type { JsonValue } from './json-exact.js';

/** One recorded answer. */
export interface RecordedBody {
  /** What it was asked for: a RAM user name, an instance id, `project.logstore`, a region, a page; '' for a single call. */
  key: string;
  body: JsonValue;
  /** Where it came from (a file name, or the API call), for messages. */
  source: string;
}

/** The product codes the importer knows, as in the OpenAPI. */
export const PRODUCTS = ['BssOpenApi', 'Sts', 'Ram', 'Ims', 'Ecs', 'Rds', 'Actiontrail', 'Sls', 'Hbr'] as const;

/** The actions the importer reads, per product. */
const ACTIONS: Readonly<Record<(typeof PRODUCTS)[number], readonly string[]>> = {
  Sts: ['GetCallerIdentity'],
  Ims: ['GetAccountMFAInfo'],
  Ram: ['ListUsers', 'GetLoginProfile', 'ListVirtualMFADevices', 'GetUser', 'ListPoliciesForUser', 'ListAccessKeys', 'GetAccessKeyLastUsed', 'GetPasswordPolicy'],
  BssOpenApi: ['QueryAccountBalance', 'QueryAvailableInstances', 'QueryOrders', 'GetOrderDetail', 'QueryResourcePackageInstances', 'QueryCashCoupons'],
  Ecs: ['DescribeRegions', 'DescribeDisks', 'DescribeAutoSnapshotPolicyEx', 'DescribeSnapshots', 'DescribeInstanceHistoryEvents'],
  Rds: ['DescribeDBInstances', 'DescribeBackupPolicy', 'DescribeBackups'],
  Hbr: ['DescribeBackupPlans'],
  Actiontrail: ['DescribeTrails'],
  Sls: ['GetLogStore'],
};

/** True when `Product.Action` is one the importer reads. */
export function isKnownAction(name: string): boolean {
  const [product, action] = name.split('.') as [string, string];
  return (ACTIONS as Record<string, readonly string[]>)[product]?.includes(action) ?? false;
}

/** Recorded answers by `Product.Action`. */
export class ResponseSet {
  private readonly byAction = new Map<string, RecordedBody[]>();

  /** Adds one answer. */
  add(action: string, recorded: RecordedBody): void {
    const list = this.byAction.get(action) ?? [];
    list.push(recorded);
    this.byAction.set(action, list);
  }

  /** True when any answer of the action was recorded. */
  has(action: string): boolean {
    return this.byAction.has(action);
  }

  /** Every answer of an action, ordered by key (pages and regions combined). */
  all(action: string): RecordedBody[] {
    return [...(this.byAction.get(action) ?? [])].sort((a, b) => compareKeys(a.key, b.key));
  }

  /** The answer for one key, or undefined when it was not recorded (unknown, never "no"). */
  get(action: string, key: string): RecordedBody | undefined {
    return this.byAction.get(action)?.find((r) => r.key === key);
  }

  /** Every action with answers, sorted. */
  actions(): string[] {
    return [...this.byAction.keys()].sort();
  }
}

/** Orders keys so that page 10 follows page 9 (dot-separated parts, numbers compared as numbers). */
function compareKeys(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [x, y] = [pa[i], pb[i]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x) ? Number(x) : NaN, /^\d+$/.test(y) ? Number(y) : NaN];
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The file name that holds an answer: `<Product>.<Action>.json` or `<Product>.<Action>.<key>.json`. */
export function fileNameFor(action: string, key: string): string {
  return key === '' ? `${action}.json` : `${action}.${key}.json`;
}
