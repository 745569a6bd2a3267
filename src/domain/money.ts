/**
 * Money helpers. Amounts are integer euro cents (`Cents`); every split of an amount adds up
 * exactly to the whole (DOMAIN.md section 6).
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
 * remainders; equal remainders favour the lower index (the row listed first).
 *
 * - The parts always add up to `total`; a zero weight gets 0.
 * - All weights zero (or no weights): every part is 0 and the parts do NOT add up to a
 *   non-zero total. The caller detects `sum(weights) === 0` and reports it (a pool whose
 *   coefficients add up to 0 is a refusal reason, not something to guess about).
 * - A negative total is split as its absolute value, then negated.
 * Throws on a non-integer total and on negative, NaN or infinite weights.
 */
export function largestRemainder(total: Cents, weights: readonly number[]): Cents[] {
  checkCents(total, 'Total');
  if (total < 0) return largestRemainder(-total, weights).map((c) => (c === 0 ? 0 : -c));
  return largestRemainderExact(total, toCommonScale(weights).values);
}

/** `largestRemainder` on exact integer weights (already scaled); `total` must be >= 0. */
export function largestRemainderExact(total: Cents, w: readonly bigint[]): Cents[] {
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
      return ra === rb ? a - b : rb > ra ? 1 : -1;
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
  let s = 0;
  for (const v of values) s += v;
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

/** `percent` % of `amount`, rounded half up to the cent (half away from zero when negative). */
export function percentOf(amount: Cents, percent: number): Cents {
  checkCents(amount, 'Amount');
  const d = exactDecimal(percent);
  return Number(mulDivHalfUp(BigInt(amount), d.mantissa, 100n * pow10(d.scale)));
}

/** `fraction` (0.85 = 85 %) of `amount`, rounded half up to the cent. */
export function fractionOf(amount: Cents, fraction: number): Cents {
  checkCents(amount, 'Amount');
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
