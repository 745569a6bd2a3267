/**
 * Tie order. The largest remainder gives a leftover cent to the lower index on equal remainders;
 * the distribution feeds it rows in a canonical order instead of sheet order, so that sorting
 * or moving rows in the workbook never moves a cent: objectives by area, then id, then key
 * ("1" < "2" < "10" < "1T" sorts as people number them); people by name key; areas by name.
 * Results are still listed in the plan's order.
 */
import type { Cents, Objective } from '../model';
import { largestRemainder, largestRemainderInto, SplitScratch, type TieOrder } from '../money';

/** A string prepared for natural comparison: lower-cased once, compared many times. */
export interface NaturalKey {
  readonly lower: string;
  readonly raw: string;
}

export function naturalKey(s: string): NaturalKey {
  return { lower: s.toLowerCase(), raw: s };
}

/** Text comparison where digit runs compare as numbers: "2" < "10". */
export function naturalCompare(a: string, b: string): number {
  return compareNaturalKeys(naturalKey(a), naturalKey(b));
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** End (exclusive) of the run of digits, or of non-digits, starting at `i`. */
function runEnd(s: string, i: number): number {
  const digits = isDigit(s.charCodeAt(i));
  let j = i + 1;
  while (j < s.length && isDigit(s.charCodeAt(j)) === digits) j++;
  return j;
}

/**
 * `naturalCompare` on prepared keys. The lower-cased strings are cut into runs of digits and
 * runs of other characters (scanned in place, no regular expression, no substrings); run by
 * run, two digit runs compare as numbers (leading zeros ignored, then length, then digits), any
 * other pair as text. When all runs compare equal, fewer runs come first, then the raw strings.
 */
export function compareNaturalKeys(ka: NaturalKey, kb: NaturalKey): number {
  const a = ka.lower;
  const b = kb.lower;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ie = runEnd(a, i);
    const je = runEnd(b, j);
    if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      let x = i;
      let y = j;
      while (x < ie && a.charCodeAt(x) === 48) x++;
      while (y < je && b.charCodeAt(y) === 48) y++;
      if (ie - x !== je - y) return ie - x - (je - y);
      for (; x < ie; x++, y++) {
        const d = a.charCodeAt(x) - b.charCodeAt(y);
        if (d !== 0) return d < 0 ? -1 : 1;
      }
    } else {
      // Text order of the two runs (code units, a prefix first), as `x < y` on strings.
      const n = Math.min(ie - i, je - j);
      for (let k = 0; k < n; k++) {
        const d = a.charCodeAt(i + k) - b.charCodeAt(j + k);
        if (d !== 0) return d < 0 ? -1 : 1;
      }
      if (ie - i !== je - j) return ie - i < je - j ? -1 : 1;
    }
    i = ie;
    j = je;
  }
  // Equal so far: the one with runs left has more runs.
  if (i < a.length) return 1;
  if (j < b.length) return -1;
  return ka.raw < kb.raw ? -1 : ka.raw > kb.raw ? 1 : 0;
}

export function compareObjectives(a: Objective, b: Objective): number {
  return (
    naturalCompare(a.area ?? '', b.area ?? '') || naturalCompare(a.id, b.id) || naturalCompare(a.key, b.key)
  );
}

/** An objective's tie-order key, prepared once: area, id and key as natural keys. */
export interface ObjectiveSortKey {
  readonly area: NaturalKey;
  readonly id: NaturalKey;
  readonly key: NaturalKey;
}

export function objectiveSortKey(o: Objective): ObjectiveSortKey {
  return { area: naturalKey(o.area ?? ''), id: naturalKey(o.id), key: naturalKey(o.key) };
}

/** `compareObjectives` on prepared keys: the same order, without lower-casing per comparison. */
export function compareObjectiveSortKeys(a: ObjectiveSortKey, b: ObjectiveSortKey): number {
  return (
    compareNaturalKeys(a.area, b.area) || compareNaturalKeys(a.id, b.id) || compareNaturalKeys(a.key, b.key)
  );
}

/**
 * `splitInOrder` where the order compares keys of the items (`keyOf`, prepared at most once per
 * item): the same parts when `compareKeys(keyOf(a), keyOf(b))` orders as `compare(a, b)` would.
 * The order of the items only decides which of the parts with equal remainders get a leftover
 * cent, so the split runs in the items' own order and compares (and prepares keys for) only
 * those (`largestRemainder` with a tie order).
 */
export function splitInOrderBy<T, K>(
  total: Cents,
  items: readonly T[],
  weights: readonly number[],
  keyOf: (item: T) => K,
  compareKeys: (a: K, b: K) => number,
): Cents[] {
  return largestRemainder(total, weights, tieOrderBy(items, keyOf, compareKeys));
}

/** Items' order by their keys, each key prepared the first time the item is compared. */
function tieOrderBy<T, K>(
  items: readonly T[],
  keyOf: (item: T) => K,
  compareKeys: (a: K, b: K) => number,
): TieOrder {
  const keys: K[] = [];
  const prepared: boolean[] = [];
  const keyAt = (i: number): K => {
    if (!prepared[i]) {
      keys[i] = keyOf(items[i]);
      prepared[i] = true;
    }
    return keys[i];
  };
  return (i, j) => compareKeys(keyAt(i), keyAt(j));
}

/**
 * `largestRemainder` with ties broken by `compare` on the items rather than their position
 * (the definition `splitInOrderBy` and `NaturalSplitter` keep to, faster; tests compare them).
 * Parts come back in the items' own order.
 */
export function splitInOrder<T>(
  total: Cents,
  items: readonly T[],
  weights: readonly number[],
  compare: (a: T, b: T) => number,
): Cents[] {
  const order = items.map((_, i) => i);
  if (order.length > 1) order.sort((i, j) => compare(items[i], items[j]) || i - j);
  const parts = largestRemainder(
    total,
    order.map((i) => weights[i]),
  );
  const out = new Array<Cents>(items.length);
  order.forEach((i, k) => (out[i] = parts[k]));
  return out;
}

/**
 * `splitInOrder` for many small splits in a row (the employees of each unit): the caller fills
 * `weights[0..n)` and `keys[0..n)` (tie-order keys), `split` leaves the parts in `parts[0..n)`,
 * in the items' own order. The arrays are reused from one split to the next, so a split makes
 * no garbage unless it needs the general BigInt path. The same parts as `splitInOrder` with
 * `compare(i, j) = compareNaturalKeys(keys[i], keys[j])`; keys are compared only on ties.
 */
export class NaturalSplitter {
  readonly weights: number[] = [];
  readonly keys: NaturalKey[] = [];
  readonly parts: Cents[] = [];
  private readonly scratch = new SplitScratch();
  /** One tie order for every split (not a closure per split). */
  private readonly compareTies = (i: number, j: number): number =>
    compareNaturalKeys(this.keys[i], this.keys[j]);

  split(total: Cents, n: number): void {
    const { parts, weights } = this;
    parts.length = n;
    if (largestRemainderInto(total, weights, n, parts, this.compareTies, this.scratch)) return;
    const general = largestRemainder(total, weights.slice(0, n), this.compareTies);
    for (let k = 0; k < n; k++) parts[k] = general[k];
  }
}
