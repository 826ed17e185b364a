/** Items of a profile list paired with their index there, so a finding's YAML path needs no `indexOf` scan per item. */

/** One item of a list and its index in that list. */
export interface Indexed<T> {
  item: T;
  index: number;
}

/** The items of `list` (none when absent) that `keep` accepts, each with its index in `list`, in list order. */
export function withIndex<T>(list: readonly T[] | undefined, keep: (item: T) => boolean = () => true): Indexed<T>[] {
  const out: Indexed<T>[] = [];
  if (list === undefined) return out;
  for (let index = 0; index < list.length; index++) {
    const item = list[index]!;
    if (keep(item)) out.push({ item, index });
  }
  return out;
}
