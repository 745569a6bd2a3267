/**
 * Tie order. The largest remainder gives a leftover cent to the lower index on equal remainders;
 * the distribution feeds it rows in a canonical order instead of sheet order, so that sorting
 * or moving rows in the workbook never moves a cent: objectives by area, then id, then key
 * (digit runs compare as numbers: "1" < "1T" < "2" < "10"); people by name key; areas by name.
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

/**
 * Text comparison where digit runs compare as numbers: "2" < "10". Text in ASCII (ids, keys,
 * most names) is compared as it is read, lower-casing A-Z on the way, without making strings;
 * other text is lower-cased first (`compareNaturalKeys`).
 */
export function naturalCompare(a: string, b: string): number {
  if (a === b) return 0;
  const quick = compareAscii(a, b);
  return quick !== NOT_ASCII ? quick : compareNaturalKeys(naturalKey(a), naturalKey(b));
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What `compareAscii` answers when it meets a character outside ASCII. */
const NOT_ASCII = 2;

/** A-Z lower-cased, as `toLowerCase` does in ASCII; other codes unchanged. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * `compareNaturalKeys` (sign only) of the two strings lower-cased, read in place; NOT_ASCII
 * when that needs a character it has not read as ASCII. Up to such a character the lower-cased
 * strings are these strings with A-Z lowered, so a difference found before it decides; a
 * decision by a run's length needs the whole run, so the rest of both runs is checked first.
 */
function compareAscii(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ie = runEnd(a, i);
    const je = runEnd(b, j);
    if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      const d = compareDigitRuns(a, i, ie, b, j, je);
      if (d !== 0) return d;
    } else {
      const n = Math.min(ie - i, je - j);
      for (let k = 0; k < n; k++) {
        const x = a.charCodeAt(i + k);
        const y = b.charCodeAt(j + k);
        if (x > 127 || y > 127) return NOT_ASCII;
        const d = lowerAscii(x) - lowerAscii(y);
        if (d !== 0) return d < 0 ? -1 : 1;
      }
      if (ie - i !== je - j) {
        if (!isAscii(a, i + n, ie) || !isAscii(b, j + n, je)) return NOT_ASCII;
        return ie - i < je - j ? -1 : 1;
      }
    }
    i = ie;
    j = je;
  }
  // Equal so far: the one with runs left has more runs (lower-casing never empties a run).
  if (i < a.length) return 1;
  if (j < b.length) return -1;
  // Equal lower-cased and all read as ASCII: the raw strings decide.
  return a < b ? -1 : a > b ? 1 : 0;
}

function isAscii(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) > 127) return false;
  return true;
}

/** Two runs of digits as numbers: leading zeros ignored, then length, then digits (sign). */
function compareDigitRuns(a: string, i: number, ie: number, b: string, j: number, je: number): number {
  let x = i;
  let y = j;
  while (x < ie && a.charCodeAt(x) === 48) x++;
  while (y < je && b.charCodeAt(y) === 48) y++;
  if (ie - x !== je - y) return ie - x < je - y ? -1 : 1;
  for (; x < ie; x++, y++) {
    const d = a.charCodeAt(x) - b.charCodeAt(y);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

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
      const d = compareDigitRuns(a, i, ie, b, j, je);
      if (d !== 0) return d;
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

/**
 * `compareObjectives` for objectives of one area (the same `area`, or none): the area compares
 * equal, so id then key decide.
 */
export function compareWithinArea(a: Objective, b: Objective): number {
  return naturalCompare(a.id, b.id) || naturalCompare(a.key, b.key);
}

/**
 * `splitInOrder`, faster: the order of the items only decides which of the parts with equal
 * remainders get a leftover cent, so the split runs in the items' own order and compares only
 * those (`largestRemainder` with a tie order).
 */
export function splitByTieOrder<T>(
  total: Cents,
  items: readonly T[],
  weights: readonly number[],
  compare: (a: T, b: T) => number,
): Cents[] {
  return largestRemainder(total, weights, (i, j) => compare(items[i], items[j]));
}

/**
 * `largestRemainder` with ties broken by `compare` on the items rather than their position
 * (the definition `splitByTieOrder` and `NaturalSplitter` keep to, faster; tests compare them).
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
 * `splitInOrder` for many small splits in a row (the objectives of each area, the employees of
 * each unit): the caller fills `weights[0..n)` and `items[0..n)`, `split` leaves the parts in
 * `parts[0..n)`, in the items' own order. The arrays are reused from one split to the next, so
 * a split makes no garbage unless it needs the general BigInt path. The same parts as
 * `splitInOrder` with the same `compare`; items are compared only on ties.
 */
export class TieSplitter<T> {
  readonly weights: number[] = [];
  readonly items: T[] = [];
  readonly parts: Cents[] = [];
  readonly #scratch = new SplitScratch();
  /** One tie order for every split (not a closure per split). */
  readonly #compareTies: TieOrder;

  constructor(compare: (a: T, b: T) => number) {
    this.#compareTies = (i, j) => compare(this.items[i], this.items[j]);
  }

  split(total: Cents, n: number): void {
    // No `parts.length = n`: shrinking the array would drop storage the next split needs.
    const { parts, weights } = this;
    const compareTies = this.#compareTies;
    if (largestRemainderInto(total, weights, n, parts, compareTies, this.#scratch)) return;
    const general = largestRemainder(total, weights.slice(0, n), compareTies);
    for (let k = 0; k < n; k++) parts[k] = general[k];
  }
}

/** `TieSplitter` of people: ties by their name keys (`keys` are the items). */
export class NaturalSplitter extends TieSplitter<NaturalKey> {
  readonly keys: NaturalKey[] = this.items;

  constructor() {
    super(compareNaturalKeys);
  }
}
