import fc from 'fast-check';
import type { Actual, Indicator, Target } from '../../../src/domain/model';
import { indicatorAchievement } from '../../../src/domain/scoring/indicator';
import { measureIndicator, missesActual, needsManual, newMeasure } from '../../../src/domain/scoring/measure';
import { atLeast, date, deadline, indicator, num, params } from './build';

/** Valid dates, month ends, impossible ones and text that only looks like a date. */
const isoLike = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 1999, max: 2026 }),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2024-02-29', '2023-02-29', '2024-1-05', '2024/01/05', '31/12/2023', ' 2024-01-05', ''),
);

// Small integers often: an actual equal to its target is where strict and non-strict bounds differ.
const number = fc.oneof(
  fc.integer({ min: -2, max: 5 }),
  fc.integer({ min: -50, max: 5000 }),
  fc.double({ min: -10, max: 1000, noNaN: true }),
  fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY),
);

const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ kind: fc.constant('atLeast' as const), value: number, percent: fc.boolean() }),
  fc.record({
    kind: fc.constant('atMost' as const),
    value: number,
    strict: fc.boolean(),
    percent: fc.boolean(),
  }),
  fc.constant<Target>({ kind: 'yesNo' }),
  isoLike.map((d): Target => ({ kind: 'deadline', date: d })),
  fc.constant<Target>({ kind: 'manual', text: 'Tutti quelli possibili' }),
);

const actual: fc.Arbitrary<Actual> = fc.oneof(
  number.map((value): Actual => ({ kind: 'number', value })),
  fc.boolean().map((value): Actual => ({ kind: 'boolean', value })),
  isoLike.map((d): Actual => ({ kind: 'date', date: d })),
);

const anIndicator: fc.Arbitrary<Indicator> = fc
  .record(
    {
      target: target,
      actual: actual,
      unreadableActual: fc.boolean(),
      deadline: isoLike,
      completion: isoLike,
      manual: number,
    },
    { requiredKeys: [] },
  )
  .map((spec) => {
    const ind = indicator(spec);
    if (spec.unreadableActual && spec.actual === undefined) ind.actual.problem = { code: 'NOT_A_NUMBER' };
    return ind;
  });

describe('measureIndicator', () => {
  it('gives the achievement and issue of indicatorAchievement, for any indicator and policy', () => {
    const out = newMeasure();
    fc.assert(
      fc.property(
        anIndicator,
        fc.constantFrom('binary' as const, 'proportional' as const),
        fc.integer({ min: 0, max: 40 }),
        (ind, atMostPolicy, latePenaltyPerMonth) => {
          const p = params({ atMostPolicy, latePenaltyPerMonth });
          const explained = indicatorAchievement(ind, p);
          const measured = measureIndicator(ind, p, out);
          expect(measured.achievement).toBe(explained.achievement);
          expect(measured.issue).toBe(explained.issue);
          expect(needsManual(measured.issue)).toBe(explained.needsManual);
          expect(missesActual(measured.issue)).toBe(explained.missingActual);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('overwrites what the previous indicator left in the shared result', () => {
    const out = newMeasure();
    const p = params();
    measureIndicator(indicator({ target: atLeast(100) }), p, out);
    expect(out.issue).toBe('missingActual');
    measureIndicator(indicator({ target: atLeast(100), actual: num(50) }), p, out);
    expect(out).toEqual({ achievement: 0.5, issue: undefined });
    measureIndicator(indicator({ target: deadline('2024-06-30'), actual: date('2024-08-15') }), p, out);
    expect(out.achievement).toBeCloseTo(0.8, 12);
  });
});
