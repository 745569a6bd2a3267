import fc from 'fast-check';
import { percentPoolAmounts } from '../../../src/domain/distribution/percentPools';
import { percentOf } from '../../../src/domain/money';

describe('percentPoolAmounts', () => {
  it('rounds pools that share the base together, never past it', () => {
    // 1.000,01 € in two halves: 500,01 + 500,00, not 500,01 twice.
    expect(percentPoolAmounts(100_001, [50, 50])).toEqual({ amounts: [50_001, 50_000], over: false });
    // A pool alone is its percent rounded half up.
    expect(percentPoolAmounts(100_001, [50])).toEqual({ amounts: [50_001], over: false });
  });

  it('rounds each pool alone when the percents pass 100 (the distribution refuses then)', () => {
    expect(percentPoolAmounts(100_001, [60, 50])).toEqual({
      amounts: [percentOf(100_001, 60), percentOf(100_001, 50)],
      over: true,
    });
  });

  it('gives each pool its percent to within a cent, and no more than the base in all', () => {
    const percents = fc.array(
      fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), percents, (base, list) => {
        const { amounts, over } = percentPoolAmounts(base, list);
        const sumPercent = list.reduce((a, b) => a + b * 100, 0);
        expect(over).toBe(sumPercent > 10_000);
        amounts.forEach((a, i) => expect(Math.abs(a - (base * list[i]) / 100)).toBeLessThan(1 + 1e-6));
        if (!over) expect(amounts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(base);
      }),
      { numRuns: 2000 },
    );
  });
});
