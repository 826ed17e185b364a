import type { RuleExample } from './example.js';

/** The incident most examples share. */
const INCIDENT = { id: 'b', product: 'ecs', start: '2026-11-01T10:00', end: '2026-11-01T12:00', cause: 'provider' };

/** Example cases of fault-ticket for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'only provider-caused incidents that had started by T are subjects',
    asOf: '2026-11-26',
    profile: {
      incidents: [
        { ...INCIDENT, id: 'x', cause: 'maintenance' },
        { ...INCIDENT, id: 'a', ticket: 'T-1' },
        INCIDENT,
        { id: 'c', product: 'ecs', start: '2026-11-26T00:00:01', cause: 'provider' },
      ],
    },
  },
  { name: 'no incidents section: skip no data', asOf: '2026-11-26', profile: {} },
] satisfies RuleExample[];
