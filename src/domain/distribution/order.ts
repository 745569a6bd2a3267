/**
 * Tie order. The largest remainder gives a leftover cent to the lower index on equal remainders;
 * the distribution feeds it rows in a canonical order instead of sheet order, so that sorting
 * or moving rows in the workbook never moves a cent: objectives by area, then id, then key
 * ("1" < "2" < "10" < "1T" sorts as people number them); people by name key; areas by name.
 * Results are still listed in the plan's order.
 */
import type { Cents, Objective } from '../model';
import { largestRemainder } from '../money';

/** Text comparison where digit runs compare as numbers: "2" < "10". */
export function naturalCompare(a: string, b: string): number {
  const ta = a.toLowerCase().match(/\d+|\D+/g) ?? [];
  const tb = b.toLowerCase().match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (ta.length !== tb.length) return ta.length - tb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareObjectives(a: Objective, b: Objective): number {
  return (
    naturalCompare(a.area ?? '', b.area ?? '') || naturalCompare(a.id, b.id) || naturalCompare(a.key, b.key)
  );
}

/**
 * `largestRemainder` with ties broken by `compare` on the items rather than their position.
 * Parts come back in the items' own order.
 */
export function splitInOrder<T>(
  total: Cents,
  items: readonly T[],
  weights: readonly number[],
  compare: (a: T, b: T) => number,
): Cents[] {
  const order = items.map((_, i) => i).sort((i, j) => compare(items[i], items[j]) || i - j);
  const parts = largestRemainder(
    total,
    order.map((i) => weights[i]),
  );
  const out = new Array<Cents>(items.length);
  order.forEach((i, k) => (out[i] = parts[k]));
  return out;
}
