/** Maps ECS snapshot, RDS backup and HBR answers to `backups`, one entry per protected instance. */
import { answers, listAt, objectAt, site, type JsonObject } from './body.js';
import { compact } from './map-identity.js';
import type { RecordedBody, ResponseSet } from './responses.js';
import { apiBool, apiInstant, apiInt, apiList, textOf, unixInstant, type Notes } from './values.js';

type Data = Record<string, unknown>;

const WEEK_HOURS = 168;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The longest gap in hours between runs scheduled at these hours of the week (0 = Monday 00:00), cyclic. */
function longestGap(hoursOfWeek: number[]): number | undefined {
  const runs = [...new Set(hoursOfWeek)].sort((a, b) => a - b);
  if (runs.length === 0) return undefined;
  return Math.max(...runs.map((h, i) => (i + 1 < runs.length ? runs[i + 1]! - h : runs[0]! + WEEK_HOURS - h)));
}

/** Hours of an ISO 8601 duration such as `P1D`, `PT12H`, `P1W`; undefined for months and years. */
function durationHours(text: string): number | undefined {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/.exec(text);
  if (!m || text === 'P' || text === 'PT') return undefined;
  const hours = Number(m[1] ?? 0) * WEEK_HOURS + Number(m[2] ?? 0) * 24 + Number(m[3] ?? 0);
  return hours > 0 ? hours : undefined;
}

/** The weaker of two retentions in days (-1 is forever). */
function shorter(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (a === -1) return b;
  if (b === -1) return a;
  return Math.min(a, b);
}

/** The stronger of two retentions in days (-1 is forever). */
function longer(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return a === -1 || b === -1 ? -1 : Math.max(a, b);
}

function latest(values: (string | undefined)[]): string | undefined {
  return values.filter((v): v is string => !!v).sort().at(-1);
}

function ecsBackups(set: ResponseSet, notes: Notes): Map<string, Data> {
  const policies = new Map<string, { policy: JsonObject; page: RecordedBody }>();
  for (const page of answers(set, 'Ecs.DescribeAutoSnapshotPolicyEx', notes)) {
    for (const policy of listAt(page.body, 'AutoSnapshotPolicies', 'AutoSnapshotPolicy')) policies.set(textOf(policy.AutoSnapshotPolicyId) ?? '', { policy, page });
  }
  const lastSnapshot = new Map<string, string>();
  for (const page of answers(set, 'Ecs.DescribeSnapshots', notes)) {
    for (const snap of listAt(page.body, 'Snapshots', 'Snapshot')) {
      if (textOf(snap.Status) !== 'accomplished') continue;
      const disk = textOf(snap.SourceDiskId) ?? '';
      const when = latest([lastSnapshot.get(disk), apiInstant(snap.CreationTime, site(page, 'Snapshots.Snapshot[].CreationTime', notes))]);
      if (when) lastSnapshot.set(disk, when);
    }
  }
  type Disk = { id: string; interval?: number; retention?: number; deletes?: boolean; regions?: string[]; last?: string; protectedBy: boolean };
  const byInstance = new Map<string, Disk[]>();
  for (const page of answers(set, 'Ecs.DescribeDisks', notes)) {
    for (const disk of listAt(page.body, 'Disks', 'Disk')) {
      const instance = textOf(disk.InstanceId);
      const id = textOf(disk.DiskId) ?? '';
      if (!instance) continue;
      const found = policies.get(textOf(disk.AutoSnapshotPolicyId) ?? '');
      const at = (field: string) => site(found?.page ?? page, `AutoSnapshotPolicies.AutoSnapshotPolicy[].${field}`, notes);
      const policy = found?.policy;
      const hours = policy ? apiList(policy.TimePoints).map(Number) : [];
      const days = policy ? apiList(policy.RepeatWeekdays).map(Number) : [];
      const crossRegion = policy ? apiBool(policy.EnableCrossRegionCopy, at('EnableCrossRegionCopy')) : undefined;
      byInstance.set(instance, [...(byInstance.get(instance) ?? []), {
        id,
        protectedBy: policy !== undefined && apiBool(disk.EnableAutoSnapshot, site(page, 'Disks.Disk[].EnableAutoSnapshot', notes)) !== false,
        interval: longestGap(days.flatMap((d) => hours.map((h) => (d - 1) * 24 + h))),
        retention: policy ? apiInt(policy.RetentionDays, at('RetentionDays')) : undefined,
        deletes: apiBool(disk.DeleteAutoSnapshot, site(page, 'Disks.Disk[].DeleteAutoSnapshot', notes)),
        regions: crossRegion ? apiList(policy?.TargetCopyRegions) : [],
        last: lastSnapshot.get(id),
      }]);
    }
  }
  const result = new Map<string, Data>();
  for (const [instance, disks] of byInstance) {
    const regions = disks.map((d) => d.regions ?? []).reduce((a, b) => a.filter((r) => b.includes(r)));
    const lasts = disks.map((d) => d.last);
    result.set(instance, compact({
      resource: instance,
      enabled: disks.every((d) => d.protectedBy),
      interval_hours: disks.every((d) => d.interval !== undefined) ? Math.max(...disks.map((d) => d.interval!)) : undefined,
      retention_days: disks.map((d) => d.retention).reduce(shorter),
      last_success_at: lasts.every((l) => l !== undefined) ? (lasts as string[]).sort()[0] : undefined,
      delete_with_resource: disks.some((d) => d.deletes === true) ? true : disks.every((d) => d.deletes === false) ? false : undefined,
      copies: regions.length > 0 ? regions.sort().map((region) => ({ region, account: 'same' })) : undefined,
    }));
  }
  return result;
}

function rdsBackups(set: ResponseSet, notes: Notes): Map<string, Data> {
  const result = new Map<string, Data>();
  for (const answer of answers(set, 'Rds.DescribeBackupPolicy', notes)) {
    const body = objectAt(answer.body) ?? {};
    const at = (field: string) => site(answer, field, notes);
    const days = apiList(body.PreferredBackupPeriod).map((d) => WEEKDAYS.indexOf(d)).filter((d) => d >= 0);
    const gap = longestGap(days.map((d) => d * 24));
    const keep = textOf(body.ReleasedKeepPolicy);
    const backups = set.get('Rds.DescribeBackups', answer.key);
    const successes = backups ? listAt(backups.body, 'Items', 'Backup').filter((b) => textOf(b.BackupStatus) === 'Success') : [];
    result.set(answer.key, compact({
      resource: answer.key,
      enabled: true,
      interval_hours: gap,
      retention_days: apiInt(body.BackupRetentionPeriod, at('BackupRetentionPeriod')),
      last_success_at: backups ? latest(successes.map((b) => apiInstant(b.BackupEndTime, site(backups, 'Items.Backup[].BackupEndTime', notes)))) : undefined,
      delete_with_resource: keep === undefined ? undefined : keep === 'None',
    }));
  }
  return result;
}

function hbrBackups(set: ResponseSet, notes: Notes): Map<string, Data> {
  const result = new Map<string, Data>();
  for (const page of answers(set, 'Hbr.DescribeBackupPlans', notes)) {
    for (const plan of listAt(page.body, 'BackupPlans', 'BackupPlan')) {
      const instance = textOf(plan.InstanceId);
      if (!instance) continue;
      const at = (field: string) => site(page, `BackupPlans.BackupPlan[].${field}`, notes);
      const [kind, start, every] = (textOf(plan.Schedule) ?? '').split('|');
      if (kind === 'I') unixInstant(start, at('Schedule'));
      const regions = [...new Set(listAt(plan, 'Rules', 'Rule').map((r) => textOf(r.DestinationRegionId)).filter((r): r is string => !!r))].sort();
      const entry = compact({
        resource: instance,
        enabled: apiBool(plan.Disabled, at('Disabled')) !== true,
        interval_hours: kind === 'I' && every ? durationHours(every) : undefined,
        retention_days: apiInt(plan.Retention, at('Retention')),
        delete_with_resource: false,
        copies: regions.length > 0 ? regions.map((region) => ({ region, account: 'same' })) : undefined,
      });
      const previous = result.get(instance);
      result.set(instance, previous ? stronger(previous, entry) : entry);
    }
  }
  return result;
}

/** The stronger protection of two entries for the same resource (it is protected if either works). */
function stronger(a: Data, b: Data): Data {
  const intervals = [a.interval_hours, b.interval_hours].filter((v): v is number => typeof v === 'number');
  const copies = [...((a.copies as Data[] | undefined) ?? []), ...((b.copies as Data[] | undefined) ?? [])];
  const regions = [...new Set(copies.map((c) => String(c.region)))].sort();
  return compact({
    resource: a.resource,
    enabled: a.enabled === true || b.enabled === true,
    interval_hours: intervals.length > 0 ? Math.min(...intervals) : undefined,
    retention_days: longer(a.retention_days as number | undefined, b.retention_days as number | undefined),
    last_success_at: latest([a.last_success_at as string | undefined, b.last_success_at as string | undefined]),
    delete_with_resource: a.delete_with_resource === false || b.delete_with_resource === false ? false : (a.delete_with_resource ?? b.delete_with_resource),
    copies: regions.length > 0 ? regions.map((region) => ({ region, account: 'same' })) : undefined,
  });
}

/** `backups`, sorted by resource; undefined when no backup source was recorded. */
export function backups(set: ResponseSet, notes: Notes): Data[] | undefined {
  const sources = ['Ecs.DescribeDisks', 'Rds.DescribeBackupPolicy', 'Hbr.DescribeBackupPlans'];
  if (!sources.some((s) => set.has(s))) return undefined;
  const all = new Map<string, Data>();
  for (const found of [ecsBackups(set, notes), rdsBackups(set, notes), hbrBackups(set, notes)]) {
    for (const [resource, entry] of found) {
      const previous = all.get(resource);
      all.set(resource, previous ? stronger(previous, entry) : entry);
    }
  }
  const KEYS = ['resource', 'enabled', 'interval_hours', 'retention_days', 'last_success_at', 'delete_with_resource', 'copies'];
  return [...all.values()]
    .map((b) => Object.fromEntries(KEYS.filter((k) => b[k] !== undefined).map((k) => [k, b[k]])))
    .sort((a, b) => String(a.resource).localeCompare(String(b.resource)));
}
