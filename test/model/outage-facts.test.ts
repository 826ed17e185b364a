import { describe, expect, it } from 'vitest';
import { mergeOutages, outageGroupKey, providerIncidents } from '../../src/model/outage-facts.js';
import type { Incident } from '../../src/model/profile.js';
import { parseWhen, type When } from '../../src/model/time.js';

const at = (text: string) => (parseWhen(text) as When).at;
const incident = (id: string, start: string, end?: string, extra: Partial<Incident> = {}): Incident => ({
  id,
  start: parseWhen(start) as When,
  ...(end ? { end: parseWhen(end) as When } : {}),
  cause: 'provider',
  ...extra,
});
const T = at('2026-11-26');

describe('provider-caused outages', () => {
  it('counts only provider causes that had started by T', () => {
    const list = [
      incident('a', '2026-11-01'),
      incident('b', '2026-11-01', undefined, { cause: 'customer' }),
      incident('c', '2026-11-01', undefined, { cause: undefined }),
      incident('d', '2026-11-26T00:00:01'),
    ];
    expect(providerIncidents(list, T).map((x) => x.incident.id)).toEqual(['a']);
  });

  it('groups by resource, else product, else id', () => {
    expect(outageGroupKey(incident('a', '2026-11-01', undefined, { resource: 'i-1', product: 'ecs' }))).toBe('i-1');
    expect(outageGroupKey(incident('a', '2026-11-01', undefined, { product: 'ecs' }))).toBe('ecs');
    expect(outageGroupKey(incident('a', '2026-11-01'))).toBe('a');
  });

  it('merges overlapping and touching intervals, not those a second apart', () => {
    const items = providerIncidents(
      [
        incident('c', '2026-11-05', '2026-11-06'),
        incident('a', '2026-11-01', '2026-11-02'),
        incident('b', '2026-11-02', '2026-11-03'),
        incident('d', '2026-11-06T00:00:01', '2026-11-07'),
        incident('e', '2026-11-06T12:00', '2026-11-06T13:00'),
      ],
      T,
    );
    const merged = mergeOutages(items, T);
    expect(merged.map((o) => [o.from, o.to, o.parts.map((p) => p.incident.id)])).toEqual([
      [at('2026-11-01'), at('2026-11-03'), ['a', 'b']],
      [at('2026-11-05'), at('2026-11-06'), ['c']],
      [at('2026-11-06T00:00:01'), at('2026-11-07'), ['d', 'e']],
    ]);
  });

  it('ends an open incident, or one ending after T, at T', () => {
    const merged = mergeOutages(providerIncidents([incident('a', '2026-11-20'), incident('b', '2026-11-25', '2026-12-01')], T), T);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ from: at('2026-11-20'), to: T, open: true });
  });
});
