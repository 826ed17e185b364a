import type { RuleExample } from './example.js';

/** The incident most examples share. */
const INCIDENT = { id: 'm1', resource: 'i-1', start: '2026-11-20T01:00', cause: 'maintenance' };

/** Example cases of maintenance-window for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'ongoing at the last instant of the limit: pass, with the instant it turns to warn',
    asOf: '2026-11-20T05:00',
    profile: { incidents: [INCIDENT] },
  },
  { name: 'ongoing one second past the limit: warn', asOf: '2026-11-20T05:00:01', profile: { incidents: [INCIDENT] } },
  {
    name: 'starts after T: skip not applicable',
    asOf: '2026-11-20T00:59:59',
    profile: { incidents: [{ ...INCIDENT, end: '2026-11-20T05:00' }] },
  },
  {
    name: 'no resource: the product names the service',
    asOf: '2026-11-26',
    profile: { incidents: [{ id: 'm1', start: '2026-11-20T01:00', end: '2026-11-20T02:00', cause: 'maintenance', product: 'rds' }] },
  },
] satisfies RuleExample[];
