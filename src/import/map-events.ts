/** Maps ActionTrail trails (with their SLS log store's `ttl`) to `log_retention`, and ECS maintenance events to `incidents`. */
import { answers, errorCode, listAt, objectAt, site } from './body.js';
import { compact } from './map-identity.js';
import type { ResponseSet } from './responses.js';
import { apiInstant, apiInt, textOf, type Notes } from './values.js';

type Data = Record<string, unknown>;

/** SLS keeps logs forever when a log store's ttl is 3650 days. */
const SLS_FOREVER_TTL = 3650;

/** The SLS project and region of a trail's `SlsProjectArn` (`acs:log:cn-hangzhou:123:project/audit-logs`). */
export function parseProjectArn(arn: string | undefined): { region: string; project: string } | undefined {
  const m = /^acs:log:([a-z0-9-]+):\d*:project\/([a-z0-9][a-z0-9-]*)$/.exec(arn ?? '');
  return m ? { region: m[1]!, project: m[2]! } : undefined;
}

/** The log store ActionTrail writes a trail to. */
export function trailLogStore(trailName: string): string {
  return `actiontrail_${trailName}`;
}

/** `log_retention` entries for audit trails, sorted by name; undefined when DescribeTrails was not recorded. */
export function auditTrails(set: ResponseSet, notes: Notes): Data[] | undefined {
  const pages = answers(set, 'Actiontrail.DescribeTrails', notes);
  if (pages.length === 0) return undefined;
  const trails = new Map<string, Data>();
  for (const page of pages) {
    for (const trail of listAt(page.body, 'TrailList')) {
      const name = textOf(trail.Name);
      if (!name || trails.has(name)) continue;
      const sls = parseProjectArn(textOf(trail.SlsProjectArn));
      const store = sls ? set.get('Sls.GetLogStore', `${sls.project}.${trailLogStore(name)}`) : undefined;
      let retention: number | undefined;
      if (store && errorCode(store.body) !== undefined) notes.add('warning', 'errorAnswer', { source: store.source, code: errorCode(store.body)! });
      else if (store) {
        const ttl = apiInt(objectAt(store.body)?.ttl, site(store, 'ttl', notes));
        retention = ttl === SLS_FOREVER_TTL ? -1 : ttl;
      }
      trails.set(name, compact({
        name,
        kind: 'audit-trail',
        region: sls?.region ?? (textOf(trail.HomeRegion) || undefined),
        enabled: textOf(trail.Status) === 'Enable',
        retention_days: retention,
      }));
    }
  }
  return [...trails.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

/** How an ECS event type names the cause of an interruption; other types (expiry, arrears) are not provider incidents. */
function causeOf(eventType: string): string | undefined {
  if (eventType.startsWith('SystemMaintenance.')) return 'maintenance';
  if (eventType.startsWith('SystemFailure.')) return 'provider';
  if (eventType.startsWith('InstanceFailure.')) return 'customer';
  return undefined;
}

/** `incidents` from executed (or executing) ECS maintenance and failure events, sorted by id; undefined when not recorded. */
export function maintenanceEvents(set: ResponseSet, notes: Notes): Data[] | undefined {
  const pages = answers(set, 'Ecs.DescribeInstanceHistoryEvents', notes);
  if (pages.length === 0) return undefined;
  const events = new Map<string, Data>();
  for (const page of pages) {
    for (const event of listAt(page.body, 'InstanceSystemEventSet', 'InstanceSystemEventType')) {
      const id = textOf(event.EventId);
      const cause = causeOf(textOf(objectAt(event, 'EventType')?.Name) ?? '');
      if (!id || !cause) continue;
      const at = (field: string) => site(page, `InstanceSystemEventSet.InstanceSystemEventType[].${field}`, notes);
      const start = apiInstant(event.NotBefore, at('NotBefore')) ?? apiInstant(event.EventPublishTime, at('EventPublishTime'));
      const cycle = textOf(objectAt(event, 'EventCycleStatus')?.Name);
      if (!start || (cycle !== 'Executed' && cycle !== 'Executing')) continue;
      const finished = cycle === 'Executed';
      events.set(id, compact({
        id,
        product: 'ecs',
        resource: textOf(event.InstanceId),
        start,
        end: finished ? apiInstant(event.EventFinishTime, at('EventFinishTime')) : undefined,
        cause,
      }));
    }
  }
  return [...events.values()].sort((a, b) => String(a.id).localeCompare(String(b.id)));
}
