/**
 * Tie order. The largest remainder gives a leftover cent to the lower index on equal remainders;
 * the distribution feeds it rows in a canonical order instead of sheet order, so that sorting
 * or moving rows in the workbook never moves a cent: objectives by area, then id, then key
 * ("1" < "2" < "10" < "1T" sorts as people number them); people by name key; areas by name.
 * Results are still listed in the plan's order.
 */
import type { Cents, Objective } from '../model';
import { largestRemainder } from '../money';

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
 * `splitInOrder` where the order compares keys prepared once per item (`keyOf`), rather than
 * preparing them again in every comparison of the sort: the same parts when
 * `compareKeys(keyOf(a), keyOf(b))` orders as `compare(a, b)` would.
 */
export function splitInOrderBy<T, K>(
  total: Cents,
  items: readonly T[],
  weights: readonly number[],
  keyOf: (item: T) => K,
  compareKeys: (a: K, b: K) => number,
): Cents[] {
  if (items.length <= 1) return splitInOrder(total, items, weights, () => 0);
  const keys = items.map(keyOf);
  const positions = items.map((_, i) => i);
  return splitInOrder(total, positions, weights, (i, j) => compareKeys(keys[i], keys[j]));
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
  const order = items.map((_, i) => i);
  if (order.length > 1) order.sort((i, j) => compare(items[i], items[j]) || i - j);
  const ordered = order.map((i) => weights[i]);
  const parts = integerSplit(total, ordered) ?? largestRemainder(total, ordered);
  const out = new Array<Cents>(items.length);
  order.forEach((i, k) => (out[i] = parts[k]));
  return out;
}

/**
 * `largestRemainder` for whole-number weights, in plain numbers: the same parts (floor of
 * total x w / sum, leftover cents to the largest remainders, the lower index on ties), without
 * the BigInt arithmetic, when every product stays an exact integer (below 2^53). Most splits
 * are like this (shares of whole percents and hours, whole coefficients); undefined otherwise,
 * and the caller uses the general BigInt split.
 */
function integerSplit(total: Cents, w: readonly number[]): Cents[] | undefined {
  const parts = new Array<number>(w.length);
  return integerSplitInto(total, w, w.length, parts, new Array<number>(w.length), []) ? parts : undefined;
}

/**
 * `integerSplit` of the first `n` weights into `parts` (false when it does not apply), with
 * caller-owned scratch arrays for the remainders and their order: no allocation per split.
 * Exact: with total x sum + sum <= 2^53 every product total x w_i and every remainder is an
 * integer a double holds exactly, and one correction step fixes the float quotient.
 */
function integerSplitInto(
  total: Cents,
  w: readonly number[],
  n: number,
  parts: number[],
  remainders: number[],
  order: number[],
): boolean {
  if (!Number.isSafeInteger(total) || total < 0) return false;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = w[i];
    if (!Number.isSafeInteger(x) || x < 0) return false;
    sum += x;
  }
  if (sum === 0 || total * sum + sum > Number.MAX_SAFE_INTEGER) return false;
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = total * w[i];
    // The float quotient can round to the next integer: one step corrects it.
    let q = Math.floor(product / sum);
    let r = product - q * sum;
    if (r < 0) {
      q -= 1;
      r += sum;
    } else if (r >= sum) {
      q += 1;
      r -= sum;
    }
    parts[i] = q;
    remainders[i] = r;
    given += q;
  }
  let left = total - given;
  if (left > 0) {
    order.length = 0;
    for (let i = 0; i < n; i++) if (remainders[i] > 0) order.push(i);
    order.sort((a, b) => remainders[b] - remainders[a] || a - b);
    for (const i of order) {
      if (left === 0) break;
      parts[i] += 1;
      left -= 1;
    }
  }
  return true;
}

/**
 * `splitInOrder` for many small splits in a row (the employees of each unit): the caller fills
 * `weights[0..n)` and `keys[0..n)` (tie-order keys), `split` leaves the parts in `parts[0..n)`,
 * in the items' own order. The arrays are reused from one split to the next, so a split makes
 * no garbage unless it needs the general BigInt path. The same parts as `splitInOrder` with
 * `compare(i, j) = compareNaturalKeys(keys[i], keys[j])`.
 */
export class NaturalSplitter {
  readonly weights: number[] = [];
  readonly keys: NaturalKey[] = [];
  readonly parts: Cents[] = [];
  private readonly order: number[] = [];
  private readonly ordered: number[] = [];
  private readonly sortedParts: number[] = [];
  private readonly remainders: number[] = [];
  private readonly byRemainder: number[] = [];
  /** One comparator for every split (not a closure per split): positions by key, then index. */
  private readonly compare = (i: number, j: number): number =>
    compareNaturalKeys(this.keys[i], this.keys[j]) || i - j;

  split(total: Cents, n: number): void {
    const { order, ordered, sortedParts, weights } = this;
    order.length = n;
    for (let i = 0; i < n; i++) order[i] = i;
    if (n > 1) order.sort(this.compare);
    ordered.length = n;
    for (let k = 0; k < n; k++) ordered[k] = weights[order[k]];
    let parts: readonly number[] = sortedParts;
    if (!integerSplitInto(total, ordered, n, sortedParts, this.remainders, this.byRemainder)) {
      parts = largestRemainder(total, ordered);
    }
    this.parts.length = n;
    for (let k = 0; k < n; k++) this.parts[order[k]] = parts[k];
  }
}
