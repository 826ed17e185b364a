import { describe, expect, it } from 'vitest';
import { withIndex } from '../../src/model/indexed.js';
import { backupsByResource } from '../../src/model/facts.js';
import type { Backup } from '../../src/model/profile.js';

describe('withIndex', () => {
  it('keeps the accepted items with their index in the whole list, in list order', () => {
    expect(withIndex(['a', 'b', 'c', 'b'], (x) => x === 'b')).toEqual([
      { item: 'b', index: 1 },
      { item: 'b', index: 3 },
    ]);
  });

  it('keeps every item without a test, and none of an absent list', () => {
    expect(withIndex([5, 6])).toEqual([
      { item: 5, index: 0 },
      { item: 6, index: 1 },
    ]);
    expect(withIndex(undefined)).toEqual([]);
  });

  it('gives equal items their own index (an indexOf scan would give the first one twice)', () => {
    const same = { id: 'x' };
    expect(withIndex([same, same]).map((x) => x.index)).toEqual([0, 1]);
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
