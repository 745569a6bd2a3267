/**
 * The plain-number paths of money.ts give exactly what the text and BigInt definitions give:
 * the decimal a number prints as, the rounded product, the largest remainder split with its
 * tie order.
 */
import fc from 'fast-check';
import {
  exactDecimal,
  fractionOf,
  largestRemainder,
  largestRemainderExact,
  toCommonScale,
} from '../../src/domain/money';

/** The decimal `String(n)` prints, read from the text. */
function decimalFromText(n: number): { mantissa: bigint; scale: number } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (m === null) throw new Error(`unreadable ${n}`);
  const [, sign, int, frac = '', exp = '0'] = m;
  let mantissa = BigInt(int + frac);
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    mantissa *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { mantissa: sign === '-' ? -mantissa : mantissa, scale };
}

/** amount x fraction rounded half up, on the fraction's decimal, in BigInt. */
function fractionByText(amount: number, fraction: number): number {
  const d = decimalFromText(fraction);
  const den = 10n ** BigInt(d.scale);
  return Number((2n * BigInt(amount) * d.mantissa + den) / (2n * den));
}

/**
 * The reference for a split with a tie order: the items sorted by rank (then index), split by
 * the BigInt route with index ties, and the parts put back in the items' order.
 */
function splitInRankOrder(total: number, weights: readonly number[], ranks: readonly number[]): number[] {
  const order = weights.map((_, i) => i).sort((i, j) => ranks[i] - ranks[j] || i - j);
  const sorted = largestRemainderExact(total, toCommonScale(order.map((i) => weights[i])).values);
  const parts = new Array<number>(weights.length);
  order.forEach((i, k) => (parts[i] = sorted[k]));
  return parts;
}

/** Numbers with short decimals (12.5, 0.07, 33.33) and long ones (2/3, 0.1 + 0.2). */
const decimals = fc.oneof(
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 12 })).map(([m, s]) => m / 10 ** s),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 997 })).map(([a, b]) => a / b),
);

describe('exactDecimal', () => {
  it('reads every number as the decimal it prints as', () => {
    fc.assert(
      fc.property(decimals, (n) => {
        expect(exactDecimal(n)).toEqual(decimalFromText(n));
      }),
      { numRuns: 5000 },
    );
    for (const n of [0.07, 1e-7, 1.5e-10, 0.1 + 0.2, 0.8523999999999999, 2 ** 60, -33.33]) {
      expect(exactDecimal(n)).toEqual(decimalFromText(n));
    }
  });
});

describe('fractionOf', () => {
  const fractions = fc.oneof(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.integer({ min: 0, max: 10_000 }).map((k) => k / 10_000),
    fc.constantFrom(0.5, 0.25, 0.125, 0.005, 0.015, 0.85, 0.0625, 1 / 3),
  );
  const amounts = fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 1e11 }));

  it('rounds the product half up exactly, half cents included', () => {
    fc.assert(
      fc.property(amounts, fractions, (a, f) => {
        expect(fractionOf(a, f)).toBe(fractionByText(a, f));
      }),
      { numRuns: 5000 },
    );
    // Exact half cents: 1 x 0.5, 3 x 0.5, 1 x 0.005 x 100, 0.015 x 100.
    expect([fractionOf(1, 0.5), fractionOf(3, 0.5), fractionOf(100, 0.005), fractionOf(100, 0.015)]).toEqual([
      1, 2, 1, 2,
    ]);
  });
});

describe('largestRemainder', () => {
  const weights = fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3_600_000 }),
      fc.integer({ min: 0, max: 400 }).map((k) => k / 8),
      fc.constantFrom(0.12, 33.33, 12.5, 1 / 3, 1e15),
    ),
    { minLength: 1, maxLength: 40 },
  );
  const totals = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e11 }));

  it('gives the BigInt split for whole and decimal weights', () => {
    fc.assert(
      fc.property(totals, weights, (t, w) => {
        expect(largestRemainder(t, w)).toEqual(largestRemainderExact(t, toCommonScale(w).values));
      }),
      { numRuns: 3000 },
    );
  });

  it('orders equal remainders by the tie order, as splitting the items sorted by it does', () => {
    fc.assert(
      fc.property(
        totals,
        weights,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }),
        (t, w, ranks) => {
          expect(largestRemainder(t, w, (i, j) => ranks[i] - ranks[j])).toEqual(
            splitInRankOrder(t, w, ranks),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  // Long splits (a pool's projects, its areas) are ordered by the built-in sort, past the
  // insertion sort's 32 parts: few distinct weights make thousands of equal remainders at the cut.
  const longWeights = fc
    .tuple(
      fc.array(fc.constantFrom(5, 7.5, 10, 15, 20, 37.5, 0, 1e6), { minLength: 1, maxLength: 4 }),
      fc.array(fc.nat(), { minLength: 33, maxLength: 400 }),
    )
    .map(([values, picks]) => picks.map((p) => values[p % values.length]));

  it('gives long splits the BigInt split', () => {
    fc.assert(
      fc.property(totals, longWeights, (t, w) => {
        expect(largestRemainder(t, w)).toEqual(largestRemainderExact(t, toCommonScale(w).values));
      }),
      { numRuns: 1000 },
    );
  });

  it('orders equal remainders of long splits by the tie order', () => {
    fc.assert(
      fc.property(
        totals,
        longWeights,
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 400, maxLength: 400 }),
        (t, w, ranks) => {
          expect(largestRemainder(t, w, (i, j) => ranks[i] - ranks[j])).toEqual(
            splitInRankOrder(t, w, ranks),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('splits 20,000 projects of twelve coefficients as the BigInt split, ties by a name order', () => {
    const coefficients = [20, 10, 15, 30, 40, 25, 37.5, 5, 7.5, 60, 50, 80];
    const w = Array.from({ length: 20_000 }, (_, i) => coefficients[(i * 7919) % 12]);
    const rank = (i: number) => (i * 104_729) % 20_011;
    const order = w.map((_, i) => i).sort((i, j) => rank(i) - rank(j));
    const sorted = largestRemainderExact(817_950_840, toCommonScale(order.map((i) => w[i])).values);
    const expected = new Array<number>(w.length);
    order.forEach((i, k) => (expected[i] = sorted[k]));
    expect(largestRemainder(817_950_840, w, (i, j) => rank(i) - rank(j))).toEqual(expected);
  });
});
