/**
 * Money helpers. Amounts are integer euro cents (`Cents`); every split of an amount adds up
 * exactly to the whole (docs/domain.md section 6).
 *
 * Exactness: weights, percents and fractions arrive as JS numbers (2.5, 33.33, 0.85). They are
 * read as the decimal they print as (the shortest decimal that round-trips: 33.33 is 3333/100,
 * not the binary value just below it) and the arithmetic is done on BigInt, so a split of
 * 10^11 cents over 200,000 weights has no float drift and ties are real ties.
 */
import type { Cents } from './model';

/** A number read as the exact decimal `mantissa / 10^scale` (scale >= 0). */
export interface ExactDecimal {
  mantissa: bigint;
  scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;
const powCache = new Map<number, bigint>();

function pow10(n: number): bigint {
  let p = powCache.get(n);
  if (p === undefined) {
    p = 10n ** BigInt(n);
    powCache.set(n, p);
  }
  return p;
}

/** The decimal a finite number prints as, exactly. Throws on NaN and infinities. */
export function exactDecimal(n: number): ExactDecimal {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  if (Number.isSafeInteger(n)) return { mantissa: BigInt(n), scale: 0 };
  return shortDecimal(n) ?? decimalFromText(n);
}

/** 10^0 .. 10^22: the powers of ten a double holds exactly. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Below this a scaled mantissa is off by under 1/4 (see shortScale), so rounding finds it. */
const SHORT_LIMIT = 2 ** 49;

/**
 * The scale of a number's decimal when it is short (0.85, 33.33, 12.5; not an integer): the
 * smallest s whose integer m = round(|n| x 10^s) reads back as |n| (m / 10^s === |n|, a
 * correctly rounded division of exact operands); -1 otherwise. That is the decimal
 * `String(n)` prints: the shortest decimal that reads back as n has the smallest scale too,
 * and below SHORT_LIMIT the product |n| x 10^s is within 1/4 of it (n is within n x 2^-53 of
 * it, the product rounds by another n x 10^s x 2^-53), so rounding gives it and no other
 * integer reads back. Longer decimals (0.8523999999999999) give -1: the caller reads the text.
 */
function shortScale(n: number): number {
  const a = Math.abs(n);
  for (let s = 1; s < EXACT_POWERS.length; s++) {
    const p = EXACT_POWERS[s];
    const scaled = a * p;
    if (!(scaled < SHORT_LIMIT)) return -1;
    if (Math.round(scaled) / p === a) return s;
  }
  return -1;
}

/** The mantissa of |n| at a scale `shortScale` found: exact, below SHORT_LIMIT. */
function shortMantissa(n: number, scale: number): number {
  return Math.round(Math.abs(n) * EXACT_POWERS[scale]);
}

function shortDecimal(n: number): ExactDecimal | undefined {
  const scale = shortScale(n);
  if (scale < 0) return undefined;
  const m = shortMantissa(n, scale);
  return { mantissa: BigInt(n < 0 ? -m : m), scale };
}

function decimalFromText(n: number): ExactDecimal {
  const m = DECIMAL_TEXT.exec(String(n));
  if (m === null) throw new RangeError(`Unreadable number: ${n}`);
  const [, sign, int, frac = '', exp = '0'] = m;
  let mantissa = BigInt(int + frac);
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    mantissa *= pow10(-scale);
    scale = 0;
  }
  return { mantissa: sign === '-' ? -mantissa : mantissa, scale };
}

function checkCents(c: Cents, what: string): void {
  if (!Number.isSafeInteger(c)) throw new RangeError(`${what} must be integer cents: ${c}`);
}

/**
 * Non-negative numbers as integers sharing one scale: value_i = values_i / 10^scale.
 * Throws on negative, NaN or infinite numbers.
 */
export function toCommonScale(numbers: readonly number[]): { values: bigint[]; scale: number } {
  const decimals = numbers.map((w, i) => {
    if (!(w >= 0) || !Number.isFinite(w)) {
      throw new RangeError(`Weight ${i} must be a finite non-negative number: ${w}`);
    }
    return exactDecimal(w);
  });
  let scale = 0;
  for (const d of decimals) if (d.scale > scale) scale = d.scale;
  const values = decimals.map((d) => (d.scale === scale ? d.mantissa : d.mantissa * pow10(scale - d.scale)));
  return { values, scale };
}

/** 10^n as a BigInt. */
export function powerOfTen(n: number): bigint {
  return pow10(n);
}

/**
 * Splits `total` cents in parts proportional to `weights` (largest remainder, Hamilton):
 * each part gets floor(total x w / W), and the cents left over go one each to the largest
 * remainders; equal remainders favour the lower index (the row listed first), or what
 * `compareTies` puts first.
 *
 * - The parts always add up to `total`; a zero weight gets 0.
 * - All weights zero (or no weights): every part is 0 and the parts do NOT add up to a
 *   non-zero total. The caller detects `sum(weights) === 0` and reports it (a pool whose
 *   coefficients add up to 0 is a refusal reason, not something to guess about).
 * - A negative total is split as its absolute value, then negated.
 * Throws on a non-integer total and on negative, NaN or infinite weights.
 */
export function largestRemainder(total: Cents, weights: readonly number[], compareTies?: TieOrder): Cents[] {
  checkCents(total, 'Total');
  if (total < 0) return largestRemainder(-total, weights, compareTies).map((c) => (c === 0 ? 0 : -c));
  const parts = new Array<number>(weights.length);
  if (largestRemainderInto(total, weights, weights.length, parts, compareTies)) return parts;
  return largestRemainderExact(total, toCommonScale(weights).values, compareTies);
}

/**
 * Order of two parts (by index) whose remainders are equal, before the lower index: the
 * caller's tie order (names, ids) without sorting every part by it.
 */
export type TieOrder = (i: number, j: number) => number;

/** Arrays a caller making many splits in a row lends to `largestRemainderInto`. */
export class SplitScratch {
  readonly scaled: number[] = [];
  readonly remainders: number[] = [];
  readonly order: number[] = [];
}

/**
 * `largestRemainder` of the first `n` weights into `parts`, in plain numbers; false (parts
 * undefined) when that is not exact and the caller must use the BigInt split. Most splits can:
 * whole weights (shares of whole percents, hours), or short decimals (relevance 0.12,
 * coefficient 12.5) scaled to whole numbers, with every product total x w below 2^53. The
 * weights, their common scale and so every floor and remainder are then those of the BigInt
 * split, exactly.
 */
export function largestRemainderInto(
  total: Cents,
  weights: readonly number[],
  n: number,
  parts: number[],
  compareTies?: TieOrder,
  scratch: SplitScratch = new SplitScratch(),
): boolean {
  if (!Number.isSafeInteger(total) || total < 0) return false;
  const w = wholeWeights(weights, n, scratch.scaled);
  if (w === undefined) return false;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += w[i];
  // total x sum + sum below 2^53: every product, quotient and remainder below is exact.
  if (sum === 0 || total * sum + sum > Number.MAX_SAFE_INTEGER) return false;
  const remainders = scratch.remainders;
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
  const left = total - given;
  if (left > 0) giveLeftover(parts, remainders, n, left, scratch.order, compareTies);
  return true;
}

/**
 * The first `n` weights as whole numbers on one scale (the weights themselves when they are
 * whole, else in `scaled`), like `toCommonScale`; undefined when one is negative, not finite,
 * not a short decimal, or its scaled value would not be an exact safe integer.
 */
function wholeWeights(
  weights: readonly number[],
  n: number,
  scaled: number[],
): readonly number[] | undefined {
  // First each weight's own scale (in `scaled`), then the weights on the largest one.
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const x = weights[i];
    if (!(x >= 0)) return undefined;
    const s = Number.isSafeInteger(x) ? 0 : shortScale(x);
    if (s < 0) return undefined;
    if (s > scale) scale = s;
    scaled[i] = s;
  }
  if (scale === 0) return weights;
  for (let i = 0; i < n; i++) {
    const x = weights[i];
    const s = scaled[i];
    const v = (s === 0 ? x : shortMantissa(x, s)) * EXACT_POWERS[scale - s];
    // A product of exact integers below 2^53 is exact; above, the split is not for plain numbers.
    if (!Number.isSafeInteger(v)) return undefined;
    scaled[i] = v;
  }
  return scaled;
}

/**
 * Gives the `left` cents one each to the largest remainders (positive ones only), equal
 * remainders by `compareTies` then the lower index. Sorted by remainder and index, then only
 * the parts tied at the last cent given are put in the tie order: the others get a cent (or
 * none) whatever it says, and comparing names or ids costs more than comparing numbers.
 */
function giveLeftover(
  parts: number[],
  remainders: readonly number[],
  n: number,
  left: number,
  order: number[],
  compareTies: TieOrder | undefined,
): void {
  // The loops are in helpers of their own: a first call with many parts would otherwise have
  // this function compiled in the middle of its first loop (on-stack replacement), before the
  // calls after it had ever run, and that code left it again at each later call with many
  // parts (hundreds of deoptimisations on the largest benchmark plan).
  const m = positiveRemainders(remainders, n, order);
  sortByRemainder(order, m, remainders);
  const given = Math.min(left, m);
  if (compareTies !== undefined && given < m) sortTiesAtCut(order, given, m, remainders, compareTies);
  giveOneEach(parts, order, given);
}

/**
 * The positions of the positive remainders, in the first entries of `order`; returns how many.
 * The first entries are used: emptying the array (length = 0) would drop its storage, and the
 * next split would allocate it again.
 */
function positiveRemainders(remainders: readonly number[], n: number, order: number[]): number {
  let m = 0;
  for (let i = 0; i < n; i++) if (remainders[i] > 0) order[m++] = i;
  return m;
}

/** Puts in the tie order the parts whose remainder equals the last one given a cent. */
function sortTiesAtCut(
  order: number[],
  given: number,
  m: number,
  remainders: readonly number[],
  compareTies: TieOrder,
): void {
  const cut = remainders[order[given - 1]];
  if (remainders[order[given]] !== cut) return;
  let from = given - 1;
  while (from > 0 && remainders[order[from - 1]] === cut) from--;
  let to = given + 1;
  while (to < m && remainders[order[to]] === cut) to++;
  sortTies(order, from, to, compareTies);
}

function giveOneEach(parts: number[], order: readonly number[], given: number): void {
  for (let k = 0; k < given; k++) parts[order[k]] += 1;
}

/** Above this many parts the built-in sort; below, an insertion sort that makes no garbage. */
const INSERTION_SORT_LIMIT = 32;

/**
 * The first m positions of `order` by remainder, largest first, then by position. Most splits
 * are small (the people of one objective) and `Array.prototype.sort` copies the array each
 * time: 100,000 small sorts are tens of MB for the collector.
 */
function sortByRemainder(order: number[], m: number, remainders: readonly number[]): void {
  if (m > INSERTION_SORT_LIMIT) {
    order.length = m;
    order.sort((a, b) => remainders[b] - remainders[a] || a - b);
    return;
  }
  for (let k = 1; k < m; k++) {
    const i = order[k];
    const r = remainders[i];
    let j = k - 1;
    // Positions come in increasing order: a later one moves only before a smaller remainder.
    while (j >= 0 && remainders[order[j]] < r) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = i;
  }
}

/**
 * `order[from .. to)` by `compareTies`, then position. In place by insertion when short (most
 * ties are between the two or three people of an objective: no copy per split), else by the
 * built-in sort on a copy.
 */
function sortTies(order: number[], from: number, to: number, compareTies: TieOrder): void {
  if (to - from > INSERTION_SORT_LIMIT) {
    const tied = order.slice(from, to).sort((a, b) => compareTies(a, b) || a - b);
    for (let k = 0; k < tied.length; k++) order[from + k] = tied[k];
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const i = order[k];
    let j = k - 1;
    while (j >= from && (compareTies(order[j], i) || order[j] - i) > 0) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = i;
  }
}

/** `largestRemainder` on exact integer weights (already scaled); `total` must be >= 0. */
export function largestRemainderExact(total: Cents, w: readonly bigint[], compareTies?: TieOrder): Cents[] {
  checkCents(total, 'Total');
  if (total < 0) throw new RangeError(`Total must not be negative: ${total}`);
  let sum = 0n;
  for (const x of w) {
    if (x < 0n) throw new RangeError('Weights must not be negative');
    sum += x;
  }
  if (sum === 0n) return w.map(() => 0);

  const t = BigInt(total);
  const parts: number[] = new Array<number>(w.length);
  const remainders: bigint[] = new Array<bigint>(w.length);
  let given = 0;
  for (let i = 0; i < w.length; i++) {
    const product = t * w[i];
    const q = product / sum;
    parts[i] = Number(q);
    remainders[i] = product - q * sum;
    given += parts[i];
  }
  let left = total - given;
  if (left > 0) {
    const order: number[] = [];
    for (let i = 0; i < w.length; i++) if (remainders[i] > 0n) order.push(i);
    order.sort((a, b) => {
      const ra = remainders[a];
      const rb = remainders[b];
      if (ra !== rb) return rb > ra ? 1 : -1;
      return (compareTies === undefined ? 0 : compareTies(a, b)) || a - b;
    });
    for (const i of order) {
      if (left === 0) break;
      parts[i] += 1;
      left -= 1;
    }
  }
  return parts;
}

/** Sum of integer cents. */
export function sumCents(values: readonly Cents[]): Cents {
  // An index, not for-of: before the function is optimised, for-of makes an object per item.
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

/** a x num / den rounded half away from zero (half up for the non-negative amounts of money). */
function mulDivHalfUp(a: bigint, num: bigint, den: bigint): bigint {
  const p = a * num;
  const negative = p < 0n !== den < 0n;
  const ap = p < 0n ? -p : p;
  const ad = den < 0n ? -den : den;
  const q = (2n * ap + ad) / (2n * ad);
  return negative ? -q : q;
}

/** Above this a product's fraction part is not exact in a double. */
const PRODUCT_LIMIT = 2 ** 51;
/** Fractions below this may be subnormal, where the relative bound below does not hold. */
const SMALLEST_FRACTION = 2 ** -1000;

/**
 * `amount x fraction` rounded half up, in plain numbers, when that is certainly what the exact
 * decimal product gives; undefined when it is too close to a half cent to tell (or the inputs
 * are negative, huge or tiny). The fraction's decimal d is within f x 2^-53 of the double f and
 * the product rounds by another 2^-53, so the float product P is within P x 2^-52 of amount x d:
 * away from a half by more than P x 2^-48, both round to the same cent. Most payments are such
 * products, and the decimal of an achievement like 0.6734736842105263 takes its text to read.
 */
function roundedProduct(amount: Cents, fraction: number): Cents | undefined {
  if (amount === 0 || fraction === 0) return 0;
  if (!(amount > 0 && fraction >= SMALLEST_FRACTION)) return undefined;
  const p = amount * fraction;
  if (!(p < PRODUCT_LIMIT)) return undefined;
  const whole = Math.floor(p);
  const part = p - whole;
  if (Math.abs(part - 0.5) <= p * 2 ** -48) return undefined;
  return part > 0.5 ? whole + 1 : whole;
}

/** `percent` % of `amount`, rounded half up to the cent (half away from zero when negative). */
export function percentOf(amount: Cents, percent: number): Cents {
  checkCents(amount, 'Amount');
  const d = exactDecimal(percent);
  return Number(mulDivHalfUp(BigInt(amount), d.mantissa, 100n * pow10(d.scale)));
}

/** `fraction` (0.85 = 85 %) of `amount`, rounded half up to the cent. */
export function fractionOf(amount: Cents, fraction: number): Cents {
  checkCents(amount, 'Amount');
  const quick = roundedProduct(amount, fraction);
  if (quick !== undefined) return quick;
  const d = exactDecimal(fraction);
  return Number(mulDivHalfUp(BigInt(amount), d.mantissa, pow10(d.scale)));
}

function splitCents(c: Cents): { sign: string; euros: string; cents: string } {
  checkCents(c, 'Amount');
  const abs = Math.abs(c);
  return {
    sign: c < 0 ? '-' : '',
    euros: String(Math.floor(abs / 100)),
    cents: String(abs % 100).padStart(2, '0'),
  };
}

/** "4193.23", "-0.05": a plain decimal string (CSV, JSON, Excel formulas). */
export function centsToDecimalString(c: Cents): string {
  const { sign, euros, cents } = splitCents(c);
  return `${sign}${euros}.${cents}`;
}

/** "4.193,23" (it) or "4,193.23" (en), always two decimals, no currency sign. */
export function formatCents(c: Cents, locale: 'it' | 'en'): string {
  const { sign, euros, cents } = splitCents(c);
  const [group, decimal] = locale === 'it' ? ['.', ','] : [',', '.'];
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${decimal}${cents}`;
}
