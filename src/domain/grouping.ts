/**
 * Items grouped by a string key, as positions: group g holds `members[start[g] .. start[g + 1])`
 * in the items' order, groups numbered in order of first appearance. Three typed arrays and one
 * map instead of an array per group: on a plan of 500,000 indicators an array per objective is
 * 100,000 arrays for the collector to copy.
 *
 * Rows that belong together usually come together (an objective's indicators, its staff), so a
 * key equal to the previous item's reuses its group without a map lookup: on large plans the
 * lookups, not the arithmetic, are what costs.
 */
export interface Groups {
  groupOf: ReadonlyMap<string, number>;
  start: Int32Array;
  members: Int32Array;
}

export function groupByKey<T>(items: readonly T[], keyOf: (item: T) => string): Groups {
  const groupOf = new Map<string, number>();
  const group = new Int32Array(items.length);
  let groupCount = 0;
  let previousKey: string | undefined;
  let previousGroup = -1;
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i]);
    let g: number;
    if (key === previousKey) g = previousGroup;
    else {
      const found = groupOf.get(key);
      if (found === undefined) {
        g = groupCount++;
        groupOf.set(key, g);
      } else g = found;
      previousKey = key;
      previousGroup = g;
    }
    group[i] = g;
  }
  return { groupOf, ...membersByGroup(group, groupCount) };
}

/**
 * Positions grouped by the group each has (`group[i]`, 0 .. groupCount - 1; negative: in no
 * group): group g holds `members[start[g] .. start[g + 1])`, in position order. A counting sort,
 * for every grouping by key or by objective in the engine.
 */
export function membersByGroup(
  group: Int32Array,
  groupCount: number,
): { start: Int32Array; members: Int32Array } {
  const start = new Int32Array(groupCount + 1);
  for (let i = 0; i < group.length; i++) if (group[i] >= 0) start[group[i] + 1] += 1;
  for (let g = 0; g < groupCount; g++) start[g + 1] += start[g];
  const next = start.slice(0, groupCount);
  const members = new Int32Array(start[groupCount]);
  for (let i = 0; i < group.length; i++) if (group[i] >= 0) members[next[group[i]]++] = i;
  return { start, members };
}

/** The first item of each key, keys in order of first appearance: what `find` by key gives. */
export function firstByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (!byKey.has(key)) byKey.set(key, item);
  }
  return byKey;
}

/** The items of every key that more than one item has, in order, keys by first appearance. */
export function repeatedGroups<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const { start, members } = groupByKey(items, keyOf);
  const out: T[][] = [];
  for (let g = 0; g + 1 < start.length; g++) {
    if (start[g + 1] - start[g] < 2) continue;
    const list: T[] = [];
    for (let k = start[g]; k < start[g + 1]; k++) list.push(items[members[k]]);
    out.push(list);
  }
  return out;
}
