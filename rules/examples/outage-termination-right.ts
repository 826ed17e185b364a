import type { RuleExample } from './example.js';

/** The incident most examples share. */
const INCIDENT = { id: 'a', product: 'ecs', start: '2026-11-01T00:00', end: '2026-11-04T00:00', cause: 'provider' };

/** Example cases of outage-termination-right for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'grouped by resource where given, else product',
    asOf: '2026-11-26',
    profile: {
      incidents: [
        { ...INCIDENT, start: '2026-11-01', end: '2026-11-03', resource: 'i-1' },
        { ...INCIDENT, id: 'b', start: '2026-11-02', end: '2026-11-04' },
        { id: 'c', product: 'ecs', start: '2026-11-03', end: '2026-11-04', cause: 'provider', resource: 'i-1' },
      ],
    },
  },
  { name: 'no incidents section: skip no data', asOf: '2026-11-26', profile: {} },
  {
    name: 'the lapse instant: pass, right lapsed',
    asOf: '2026-11-21',
    profile: { incidents: [{ ...INCIDENT, start: '2025-11-10', end: '2025-11-20T10:00' }] },
  },
  { name: 'exactly 72 h: warn, right available', asOf: '2026-11-26', profile: { incidents: [INCIDENT] } },
  {
    name: '71 h 59 min 59 s: pass, under 72 h',
    asOf: '2026-11-26',
    profile: { incidents: [{ ...INCIDENT, end: '2026-11-03T23:59:59' }] },
  },
  {
    name: 'touching intervals merge into 72 h',
    asOf: '2026-11-26',
    profile: { incidents: [{ ...INCIDENT, id: 'b', start: '2026-11-02T12:00' }, { ...INCIDENT, end: '2026-11-02T12:00' }] },
  },
  {
    name: 'an outage ended on 2028-02-29: the right lapses at 2029-03-01 00:00',
    asOf: '2029-02-28T23:59:59',
    profile: { incidents: [{ ...INCIDENT, start: '2028-02-25', end: '2028-02-29T10:00' }] },
  },
] satisfies RuleExample[];
