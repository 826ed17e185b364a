/** Items of a profile list visited with their index there, so a finding's YAML path needs no `indexOf` scan per item. */

/**
 * `each(item, index)` for the items of `list` (none when absent) that `keep` accepts, in list order,
 * with `index` the item's index in `list`; their results in that order. No pair object per item.
 */
export function mapIndexed<T, R>(list: readonly T[] | undefined, keep: (item: T) => boolean, each: (item: T, index: number) => R): R[] {
  const out: R[] = [];
  if (list === undefined) return out;
  for (let index = 0; index < list.length; index++) {
    const item = list[index]!;
    if (keep(item)) out.push(each(item, index));
  }
  return out;
}
