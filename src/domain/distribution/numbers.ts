/**
 * Products of user-typed numbers (points x coefficient, share x hours x evaluation) carry
 * binary noise (0.1 x 3 = 0.30000000000000004). The inputs have few digits, so rounding the
 * product to 12 significant digits gives back the decimal a person would compute; the money
 * split then works on that exact decimal (see money.ts).
 */
export function cleanNumber(n: number): number {
  if (n === 0 || !Number.isFinite(n)) return n;
  // An integer below 10^12 has at most 12 significant digits: rounding gives it back unchanged.
  if (Number.isInteger(n) && n < 1e12 && n > -1e12) return n;
  return Number(n.toPrecision(12));
}

export function cleanProduct(...factors: number[]): number {
  let p = 1;
  for (const f of factors) p *= f;
  return cleanNumber(p);
}

/**
 * `cleanProduct(first, ...factors)` without building an argument list per call (it runs for
 * every assignment): the same multiplications in the same order.
 */
export function cleanProductOf(first: number, factors: readonly number[]): number {
  let p = 1;
  p *= first;
  for (const f of factors) p *= f;
  return cleanNumber(p);
}

export function cleanSum(values: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return cleanNumber(s);
}

/** A usable non-negative number from a parsed field value. */
export function nonNegative(v: number | undefined): v is number {
  return v !== undefined && Number.isFinite(v) && v >= 0;
}
