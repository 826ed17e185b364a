import { defineRule } from '../src/engine/types.js';
import { skipAccount, Verdict } from '../src/engine/verdict.js';
import { providerIncidents } from '../src/model/outage-facts.js';
import { formatBeijing } from '../src/model/time.js';

const messages = {
  reported: (p: { incident: string; ticket: string }) => `Incident ${p.incident} was reported through online ticket ${p.ticket}.`,
  noTicket: (p: { incident: string; service?: string; start: number }) =>
    `Incident ${p.incident}${p.service === undefined ? '' : ` on ${p.service}`} (from ${formatBeijing(p.start)}) has no online ticket: faults are reported through online tickets (§5.2.2); open one so the fault is on record.`,
};

/** §5.2.2: each provider-caused fault is reported through an online ticket. */
export default defineRule({
  id: 'fault-ticket',
  title: 'Faults are reported through online tickets',
  clauses: ['5.2.2'],
  description:
    'The provider supports faults not caused by the customer, and the customer reports them through online tickets (§5.2.2). A ticket also records the outage for a claim (§10.6) or a termination (§10.4). Each incident with `cause: provider` that had started by T needs a `ticket`.',
  fix:
    'Open an online ticket for the incident and record its number as `ticket`; the ticket is also the record a claim (§10.6) or a termination (§10.4) relies on.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const all = profile.incidents ?? [];
    const counted = providerIncidents(all, asOf);
    if (counted.length === 0) {
      const unknownCause = all.some((x) => x.cause === undefined);
      return [skipAccount(profile.incidents === undefined || unknownCause ? 'no data' : 'not applicable', 'incidents with cause: provider')];
    }
    return counted.map(({ incident, index }) => {
      const verdict = new Verdict(messages);
      if (incident.ticket === undefined) verdict.add('warn', 'noTicket', { incident: incident.id, service: incident.resource ?? incident.product, start: incident.start.at });
      return verdict.finding(incident.id, ['incidents', index], ['reported', { incident: incident.id, ticket: incident.ticket ?? '' }], { ticket: incident.ticket ?? null });
    });
  },
});
