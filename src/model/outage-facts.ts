/** Provider-caused outages (clauses 5.2.2, 10.4): which incidents count, and their merged intervals. */
import { happened } from './facts.js';
import type { Incident } from './profile.js';

/** An incident with its index in `incidents`, for its YAML path. */
export interface IndexedIncident {
  incident: Incident;
  index: number;
}

/** A continuous outage: merged overlapping or touching incident intervals. */
export interface Outage {
  from: number;
  /** The end, or T when still open at T. */
  to: number;
  /** True when it had not ended by T. */
  open: boolean;
  /** The incidents merged into it, in start order. */
  parts: IndexedIncident[];
}

/** Incidents caused by the provider that had started by T (an absent cause never counts). */
export function providerIncidents(incidents: readonly Incident[], asOf: number): IndexedIncident[] {
  return incidents.flatMap((incident, index) => (incident.cause === 'provider' && happened(incident.start, asOf) ? [{ incident, index }] : []));
}

/** The service an incident hit: its `resource`, else its `product`, else (neither given) its own `id`. */
export function outageGroupKey(incident: Incident): string {
  return incident.resource ?? incident.product ?? incident.id;
}

/** Merges incidents into outages: overlapping or touching intervals join; an end after T (or none) is open and ends at T. */
export function mergeOutages(items: readonly IndexedIncident[], asOf: number): Outage[] {
  const intervals = items
    .map((item) => {
      const open = !happened(item.incident.end, asOf);
      return { from: item.incident.start.at, to: open ? asOf : item.incident.end!.at, open, parts: [item] };
    })
    .sort((a, b) => a.from - b.from || a.parts[0]!.index - b.parts[0]!.index);
  const merged: Outage[] = [];
  for (const next of intervals) {
    const last = merged[merged.length - 1];
    if (last && next.from <= last.to) {
      last.to = Math.max(last.to, next.to);
      last.open = last.open || next.open;
      last.parts.push(...next.parts);
    } else {
      merged.push({ ...next, parts: [...next.parts] });
    }
  }
  return merged;
}
