import fc from 'fast-check';
import {
  centsToDecimalString,
  exactDecimal,
  formatCents,
  fractionOf,
  largestRemainder,
  percentOf,
} from '../../src/domain/money';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('largestRemainder', () => {
  it('splits 1.000,00 in three equal parts as 333,34 + 333,33 + 333,33', () => {
    expect(largestRemainder(100000, [1, 1, 1])).toEqual([33334, 33333, 33333]);
  });

  it('gives the leftover cents to the largest remainders, then to the lower index', () => {
    // 10 x 1/6, 2/6, 3/6 = 1.67, 3.33, 5 -> floors 1, 3, 5; one cent to the 0.67 remainder
    expect(largestRemainder(10, [1, 2, 3])).toEqual([2, 3, 5]);
    // 5 over four equal weights: floors 1 each, one cent left, to the first
    expect(largestRemainder(5, [2, 2, 2, 2])).toEqual([2, 1, 1, 1]);
    expect(largestRemainder(7, [1, 1, 1, 1])).toEqual([2, 2, 2, 1]);
  });

  it('reads decimal weights as the decimals they print as (2.5, 33.33)', () => {
    // 33.33 / 33.33 / 33.34 of 100 cents: 33.33, 33.33, 33.34 -> floors 33, 33, 33; 1 left to
    // the largest remainder, 0.34 (index 2)
    expect(largestRemainder(100, [33.33, 33.33, 33.34])).toEqual([33, 33, 34]);
    // 0.1 + 0.2 as weights are 1:2 exactly: 3 cents -> 1 and 2, no float tie noise
    expect(largestRemainder(3, [0.1, 0.2])).toEqual([1, 2]);
    expect(largestRemainder(1000, [2.5, 7.5])).toEqual([250, 750]);
  });

  it('gives nothing to zero weights and returns zeros when every weight is zero', () => {
    expect(largestRemainder(101, [0, 1, 0, 1])).toEqual([0, 51, 0, 50]);
    expect(largestRemainder(500, [0, 0])).toEqual([0, 0]);
    expect(largestRemainder(500, [])).toEqual([]);
  });

  it('splits a negative total as the negation of the split of its absolute value', () => {
    expect(largestRemainder(-100000, [1, 1, 1])).toEqual([-33334, -33333, -33333]);
  });

  it('rejects negative, NaN and infinite weights and non-integer totals', () => {
    expect(() => largestRemainder(100, [1, -1])).toThrow(RangeError);
    expect(() => largestRemainder(100, [1, NaN])).toThrow(RangeError);
    expect(() => largestRemainder(100, [Infinity])).toThrow(RangeError);
    expect(() => largestRemainder(10.5, [1])).toThrow(RangeError);
  });

  it('is exact for 10^11 cents where doubles would drift', () => {
    // 10^11 x 1 / 3 and 10^11 x 2 / 3: floors 33333333333 and 66666666666, 1 left to the 0.67
    expect(largestRemainder(1e11, [1, 2])).toEqual([33333333333, 66666666667]);
    const w = [0.1, 0.2, 0.3, 0.4];
    // quotas 9999999999.9, 19999999999.8, 29999999999.7, 39999999999.6: 3 cents left, to the
    // three largest remainders (.9, .8, .7)
    expect(largestRemainder(99999999999, w)).toEqual([10000000000, 20000000000, 30000000000, 39999999999]);
  });

  it('splits 10^11 cents over 200,000 decimal weights exactly and quickly', () => {
    const weights = Array.from({ length: 200000 }, (_, i) => 33.33 + (i % 7) * 2.5);
    const started = Date.now();
    const parts = largestRemainder(1e11, weights);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(sum(parts)).toBe(1e11);
    // Every part within one cent of its exact quota: total x w / W, W computed in hundredths
    const W = weights.reduce((a, w) => a + BigInt(Math.round(w * 100)), 0n);
    for (let i = 0; i < 200000; i += 997) {
      const q = (BigInt(1e11) * BigInt(Math.round(weights[i] * 100))) / W;
      expect(BigInt(parts[i]) - q === 0n || BigInt(parts[i]) - q === 1n).toBe(true);
    }
  });

  const weightsArb = fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      fc.integer({ min: 0, max: 100000 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 10 }).map((n) => n * 0.5),
    ),
    { minLength: 1, maxLength: 40 },
  );
  const totalArb = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1e11 }));

  it('property: parts sum exactly to the total, are never negative, and stay within one cent of the quota', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const parts = largestRemainder(total, weights);
        const W = sum(weights);
        if (W === 0) return parts.every((p) => p === 0);
        if (sum(parts) !== total) return false;
        return parts.every((p, i) => {
          const quota = (total * weights[i]) / W;
          return p >= 0 && p >= Math.floor(quota) - 1 && p <= Math.ceil(quota) + 1;
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('property: permuting the weights permutes the parts (ties in the remainder aside)', () => {
    const intWeights = fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        totalArb,
        intWeights.chain((w) =>
          fc.tuple(
            fc.constant(w),
            fc.shuffledSubarray(
              w.map((_, i) => i),
              { minLength: w.length },
            ),
          ),
        ),
        (total, [weights, perm]) => {
          const parts = largestRemainder(total, weights);
          const permuted = largestRemainder(
            total,
            perm.map((i) => weights[i]),
          );
          const W = BigInt(sum(weights));
          if (W === 0n) return permuted.every((p) => p === 0);
          const rem = weights.map((w) => (BigInt(total) * BigInt(w)) % W);
          // Same multiset of parts in general, and the very same part for every weight whose
          // remainder is not shared (only ties may move a cent, by the documented index order).
          return perm.every(
            (i, j) => permuted[j] === parts[i] || rem.some((r, k) => k !== i && r === rem[i]),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('property: raising one weight never lowers its part', () => {
    fc.assert(
      fc.property(
        totalArb,
        weightsArb,
        fc.nat(),
        fc.integer({ min: 1, max: 5000 }),
        (total, weights, pick, bumpHundredths) => {
          const i = pick % weights.length;
          const raised = [...weights];
          raised[i] = (Math.round(raised[i] * 100) + bumpHundredths) / 100;
          return largestRemainder(total, raised)[i] >= largestRemainder(total, weights)[i];
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('property: scaling every weight by the same factor does not change the parts', () => {
    fc.assert(
      fc.property(
        totalArb,
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        (total, w) => {
          const a = largestRemainder(total, w);
          const b = largestRemainder(
            total,
            w.map((x) => x / 100),
          );
          return a.every((v, i) => v === b[i]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('percentOf and fractionOf', () => {
  it('round half up to the cent', () => {
    expect(percentOf(1000, 33.33)).toBe(333); // 333.3
    expect(percentOf(150, 33)).toBe(50); // 49.5 -> 50
    expect(percentOf(3_700_000, 10)).toBe(370_000);
    expect(fractionOf(426_316, 0.85)).toBe(362_369); // 362368.6
    expect(fractionOf(10, 0.85)).toBe(9); // 8.5 -> 9
    expect(fractionOf(10, 0.05)).toBe(1); // 0.5 -> 1
    expect(fractionOf(12345, 1)).toBe(12345);
    expect(fractionOf(12345, 0)).toBe(0);
  });

  it('rounds negative amounts half away from zero', () => {
    expect(percentOf(-150, 33)).toBe(-50);
  });

  it('property: fraction of an amount never exceeds it for fractions in 0..1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), fc.double({ min: 0, max: 1, noNaN: true }), (a, f) => {
        const p = fractionOf(a, f);
        return p >= 0 && p <= a && Math.abs(p - a * f) <= 0.5 + a * 1e-12;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('exactDecimal', () => {
  it('reads a number as the decimal it prints as', () => {
    expect(exactDecimal(33.33)).toEqual({ mantissa: 3333n, scale: 2 });
    expect(exactDecimal(2.5)).toEqual({ mantissa: 25n, scale: 1 });
    expect(exactDecimal(1e-7)).toEqual({ mantissa: 1n, scale: 7 });
    expect(exactDecimal(1e21)).toEqual({ mantissa: 10n ** 21n, scale: 0 });
    expect(exactDecimal(-0.05)).toEqual({ mantissa: -5n, scale: 2 });
  });
});

describe('formatting', () => {
  it('formats cents in Italian and English', () => {
    expect(formatCents(419323, 'it')).toBe('4.193,23');
    expect(formatCents(419323, 'en')).toBe('4,193.23');
    expect(formatCents(100000000000, 'it')).toBe('1.000.000.000,00');
    expect(formatCents(-5, 'it')).toBe('-0,05');
    expect(formatCents(0, 'en')).toBe('0.00');
    expect(formatCents(99, 'it')).toBe('0,99');
  });

  it('writes a plain decimal string', () => {
    expect(centsToDecimalString(419323)).toBe('4193.23');
    expect(centsToDecimalString(-5)).toBe('-0.05');
    expect(centsToDecimalString(-105)).toBe('-1.05');
    expect(centsToDecimalString(0)).toBe('0.00');
  });

  it('property: the decimal string reads back as the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (c) => {
        const s = centsToDecimalString(c);
        const [int, dec] = s.replace('-', '').split('.');
        const back = (Number(int) * 100 + Number(dec)) * (s.startsWith('-') ? -1 : 1);
        return back === c && formatCents(c, 'it').replace(/\./g, '').replace(',', '.') === s;
      }),
      { numRuns: 3000 },
    );
  });
});
