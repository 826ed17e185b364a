import { describe, expect, it } from 'vitest';
import { mapIndexed } from '../../src/model/indexed.js';
import { backupsByResource } from '../../src/model/facts.js';
import type { Backup } from '../../src/model/profile.js';

/** The former withIndex: a pair object per kept item (the reference mapIndexed must agree with). */
function pairs<T>(list: readonly T[] | undefined, keep: (item: T) => boolean): { item: T; index: number }[] {
  const out: { item: T; index: number }[] = [];
  (list ?? []).forEach((item, index) => {
    if (keep(item)) out.push({ item, index });
  });
  return out;
}

describe('mapIndexed', () => {
  it('maps the accepted items with their index in the whole list, in list order', () => {
    expect(mapIndexed(['a', 'b', 'c', 'b'], (x) => x === 'b', (item, index) => `${item}${index}`)).toEqual(['b1', 'b3']);
  });

  it('maps nothing of an absent list, and calls neither function', () => {
    let calls = 0;
    const count = () => ++calls > 0;
    expect(mapIndexed<number, boolean>(undefined, count, count)).toEqual([]);
    expect(calls).toBe(0);
  });

  it('gives equal items their own index (an indexOf scan would give the first one twice)', () => {
    const same = { id: 'x' };
    expect(mapIndexed([same, same], () => true, (_, index) => index)).toEqual([0, 1]);
  });

  it('agrees with the pair list of the former withIndex on random lists and tests', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: next() % 12 }, () => next() % 5);
      const wanted = next() % 5;
      const keep = (x: number) => x !== wanted;
      expect(mapIndexed(list, keep, (item, index) => ({ item, index }))).toEqual(pairs(list, keep));
    }
  });
});

describe('backupsByResource', () => {
  it('groups backups by resource in file order', () => {
    const b = (resource: string, enabled: boolean) => ({ resource, enabled }) as Backup;
    const list = [b('i-1', true), b('i-2', false), b('i-1', false)];
    const grouped = backupsByResource(list);
    expect([...grouped.keys()]).toEqual(['i-1', 'i-2']);
    expect(grouped.get('i-1')).toEqual([list[0], list[2]]);
    expect(grouped.get('i-2')).toEqual([list[1]]);
  });
});
