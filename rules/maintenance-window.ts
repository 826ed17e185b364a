import { defineRule, formatBeijing, happened, HOUR_MS, hoursBetween, single, skipFor, toRfc3339, mapIndexed } from '../src/rule-kit.js';

interface Window {
  incident: string;
  service: string;
  from: number;
  /** The end, or T when still ongoing. */
  to: number;
  ongoing: boolean;
  /** Whole hours, floored. */
  hours: number;
  limit: number;
}

const span = (p: Window) => (p.ongoing ? `from ${formatBeijing(p.from)}, still ongoing at ${formatBeijing(p.to)}` : `from ${formatBeijing(p.from)} to ${formatBeijing(p.to)}`);

const messages = {
  tooLong: (p: Window) =>
    `Maintenance incident ${p.incident} on ${p.service} interrupted service for more than ${p.limit} h (${p.hours} h, ${span(p)}): only a short interruption for maintenance is excused (§10.3.1), so treat it as the provider's outage (open a ticket, §5.2.2; see outage-termination-right, §10.4).`,
  short: (p: Window) => `Maintenance incident ${p.incident} on ${p.service} lasted ${p.hours} h, ${span(p)}: a short interruption, excused (§10.3.1; at most ${p.limit} h).`,
  ongoing: (p: Window & { overrunAt: number }) =>
    `Maintenance incident ${p.incident} on ${p.service} is ongoing (${span(p)}): it stays a short interruption (§10.3.1) until ${formatBeijing(p.overrunAt)}, when it exceeds ${p.limit} h.`,
  notYet: (p: { incident: string; start: number }) => `Maintenance incident ${p.incident} starts at ${formatBeijing(p.start)}, after the evaluation instant: it had not begun.`,
};

/** §10.3.1: maintenance excuses only a short interruption; a longer one is not excused. */
export default defineRule({
  id: 'maintenance-window',
  title: 'Maintenance interruptions are short',
  clauses: ['10.3.1'],
  description:
    'Interrupting service for a short time to configure, maintain or upgrade systems is not a breach (§10.3.1: 需要短时间中断服务). The agreement does not say how short; this rule takes `max_hours` (default 4) as the limit. Each incident with `cause: maintenance` that had started by T is judged: one that lasted more than `max_hours` × 1 h (an open one runs to T) warns, since the excuse no longer covers it; a shorter one passes, and an ongoing one states the instant at which it stops being short.',
  fix:
    'For a maintenance interruption longer than the limit, ask the provider why it was not short and keep the records: open an online ticket (§5.2.2) and treat the time as the provider\'s outage when weighing §10.4 and any claim. If the provider announced the window as longer, record that agreement and raise `max_hours` in the configuration.',
  options: (z) => z.strictObject({ max_hours: z.number().int().min(1).default(4) }),
  messages,
  check(profile, { asOf, options }) {
    const findings = mapIndexed(profile.incidents, (x) => x.cause === 'maintenance', (incident, index) => {
      const path = ['incidents', index];
      const id = incident.id;
      if (incident.start.at > asOf) return single(messages, 'skip', id, path, 'notYet', { incident: id, start: incident.start.at }, { reason: 'not applicable' });
      const ongoing = !happened(incident.end, asOf);
      const to = ongoing ? asOf : incident.end!.at;
      const limitMs = options.max_hours * HOUR_MS;
      const w: Window = { incident: id, service: incident.resource ?? incident.product ?? 'the service', from: incident.start.at, to, ongoing, hours: hoursBetween(incident.start.at, to), limit: options.max_hours };
      const data: Record<string, unknown> = { from: toRfc3339(w.from), to: toRfc3339(to), ongoing, hours: w.hours, maxHours: options.max_hours };
      if (to - w.from > limitMs) return single(messages, 'warn', id, path, 'tooLong', w, data);
      if (!ongoing) return single(messages, 'pass', id, path, 'short', w, data);
      // Longer than the limit from the first instant past start + limit: that is when the finding turns to warn.
      const overrunAt = w.from + limitMs + 1;
      return single(messages, 'pass', id, path, 'ongoing', { ...w, overrunAt }, { ...data, dueAt: toRfc3339(overrunAt), dueKind: 'maintenance-overrun', dueTurnsTo: 'warn' });
    });
    return findings.length > 0 ? findings : [skipFor(profile.incidents, 'incidents with cause: maintenance')];
  },
});
