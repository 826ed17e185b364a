import { defineRule } from '../src/engine/types.js';
import { skipAccount, single } from '../src/engine/verdict.js';
import { yearPeriodEnd } from '../src/model/calendar-months.js';
import { mergeOutages, outageGroupKey, providerIncidents, type IndexedIncident, type Outage } from '../src/model/outage-facts.js';
import { addDue } from '../src/engine/due.js';
import { formatBeijing, HOUR_MS, hoursBetween, toRfc3339 } from '../src/model/time.js';

interface Facts {
  subject: string;
  hours: number;
  from: number;
  to: number;
  open: boolean;
}

const span = (p: Facts) => (p.open ? `from ${formatBeijing(p.from)}, still ongoing at ${formatBeijing(p.to)}` : `from ${formatBeijing(p.from)} to ${formatBeijing(p.to)}`);

const messages = {
  available: (p: Facts & { lapsesAt: number }) =>
    `Termination right available (§10.4): ${p.hours} h on ${p.subject}, ${span(p)}; it lapses at ${formatBeijing(p.lapsesAt)}${p.open ? ' if the outage ends now' : ''} unless exercised (Civil Code art. 564).`,
  lapsed: (p: Facts & { lapsesAt: number }) =>
    `Outage of ${p.hours} h on ${p.subject} ${span(p)} gave a termination right; right lapsed at ${formatBeijing(p.lapsesAt)} (Civil Code art. 564).`,
  short: (p: Facts & { threshold: number }) =>
    `Longest provider-caused outage on ${p.subject}: ${p.hours} h, ${span(p)} (under ${p.threshold} h).`,
};

/** The longest outage; among equals, the one that ended last. */
function longest(outages: readonly Outage[]): Outage | undefined {
  return [...outages].sort((a, b) => b.to - b.from - (a.to - a.from) || b.to - a.to)[0];
}

/** §10.4: a provider-caused outage of 72 hours or more lets the customer terminate, within a year. */
export default defineRule({
  id: 'outage-termination-right',
  title: 'Outages of 72 hours give a right to terminate',
  clauses: ['10.4', '10.3.2', '12.1', '12.2'],
  description:
    'If the provider\'s cause keeps the customer from using a service for 72 consecutive hours, the customer may terminate it (§10.4); maintenance (§10.3.1, judged by maintenance-window), internet congestion (§10.3.2) and force majeure or other unforeseeable events such as attacks (§12.1, §12.2) do not count, so only incidents with `cause: provider` do. Incidents are grouped by resource, else product; overlapping or touching ones merge, and an open one runs to T. The right lapses one year after the outage ended (Civil Code art. 564), counted as a period of one calendar year after the day it ended.',
  fix:
    'Decide before the lapse instant in the message whether to end the affected service; to exercise the right, give the provider written notice and keep the incident records. After the lapse instant the right is gone (Civil Code art. 564).',
  options: (z) => z.strictObject({ hours: z.number().int().min(1).default(72) }),
  messages,
  check(profile, { asOf, options }) {
    const all = profile.incidents ?? [];
    const counted = providerIncidents(all, asOf);
    if (counted.length === 0) {
      const unknownCause = all.some((x) => x.cause === undefined);
      return [skipAccount(profile.incidents === undefined || unknownCause ? 'no data' : 'not applicable', 'incidents with cause: provider')];
    }
    const groups = new Map<string, IndexedIncident[]>();
    for (const item of counted) {
      const key = outageGroupKey(item.incident);
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    return [...groups].map(([subject, items]) => {
      const outages = mergeOutages(items, asOf);
      const qualifying = outages.filter((o) => o.to - o.from >= options.hours * HOUR_MS);
      const live = qualifying.filter((o) => asOf < yearPeriodEnd(o.to, 1));
      const chosen = longest(live) ?? longest(qualifying) ?? longest(outages)!;
      const facts: Facts = { subject, hours: hoursBetween(chosen.from, chosen.to), from: chosen.from, to: chosen.to, open: chosen.open };
      const lapsesAt = yearPeriodEnd(chosen.to, 1);
      const path = ['incidents', chosen.parts[0]!.index];
      const data: Record<string, unknown> = {
        hours: facts.hours,
        from: toRfc3339(chosen.from),
        to: toRfc3339(chosen.to),
        ongoing: chosen.open,
        incidents: chosen.parts.map((p) => p.incident.id),
      };
      if (live.length > 0) return single(messages, 'warn', subject, path, 'available', { ...facts, lapsesAt }, addDue({ ...data, lapsesAt: toRfc3339(lapsesAt) }, asOf, { at: lapsesAt, kind: 'right-lapses', turnsTo: 'warn' }));
      if (qualifying.length > 0) return single(messages, 'pass', subject, path, 'lapsed', { ...facts, lapsesAt }, { ...data, lapsedAt: toRfc3339(lapsesAt) });
      return single(messages, 'pass', subject, path, 'short', { ...facts, threshold: options.hours }, data);
    });
  },
});
