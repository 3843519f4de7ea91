/** The changes that turn the items on screen into the planned ones, by stable id. */
export interface ItemDiff<T> {
  readonly add: T[];
  readonly update: T[];
  readonly remove: string[];
}

/**
 * Diffs by id and a content key (anything that changes the item's look), so vis re-lays out only
 * the items that really changed instead of everything on every pan.
 */
export function diffItems<T extends { id: string }>(
  current: ReadonlyMap<string, { readonly key: string }>,
  next: readonly T[],
  keyOf: (item: T) => string,
): ItemDiff<T> {
  const add: T[] = [];
  const update: T[] = [];
  const seen = new Set<string>();
  for (const item of next) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const before = current.get(item.id)?.key;
    if (before === undefined) add.push(item);
    else if (before !== keyOf(item)) update.push(item);
  }
  const remove = [...current.keys()].filter((id) => !seen.has(id));
  return { add, update, remove };
}
