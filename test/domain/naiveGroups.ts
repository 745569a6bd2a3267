/**
 * The plain way to group: the positions holding each key, keys in order of first appearance.
 * The reference the grouping tests compare the engine's typed-array groups with.
 */
export function naiveGroups(keys: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  });
  return out;
}
