import fc from 'fast-check';
import type { Actual, PayoutBand, Target } from '../../../src/domain/model';
import { score } from '../../../src/domain/scoring';
import { validatePayoutCurve } from '../../../src/domain/scoring/payoutCurve';
import { atLeast, indicator, objective, params, plan } from './build';

const isoDate = fc
  .record({
    y: fc.integer({ min: 2022, max: 2025 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const number = fc.oneof(fc.integer({ min: -50, max: 5000 }), fc.double({ min: -10, max: 1000, noNaN: true }));

const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ kind: fc.constant('atLeast' as const), value: number, percent: fc.boolean() }),
  fc.record({
    kind: fc.constant('atMost' as const),
    value: number,
    strict: fc.boolean(),
    percent: fc.boolean(),
  }),
  fc.constant<Target>({ kind: 'yesNo' }),
  isoDate.map((date): Target => ({ kind: 'deadline', date })),
  fc.constant<Target>({ kind: 'manual', text: 'Tutti quelli possibili' }),
);

const actual: fc.Arbitrary<Actual> = fc.oneof(
  number.map((value): Actual => ({ kind: 'number', value })),
  fc.boolean().map((value): Actual => ({ kind: 'boolean', value })),
  isoDate.map((date): Actual => ({ kind: 'date', date })),
);

/** Any curve, valid or not: the engine must still pay within 0..1. */
const anyCurve: fc.Arbitrary<PayoutBand[]> = fc.array(
  fc.record({
    from: fc.integer({ min: -20, max: 120 }),
    payout: fc.oneof(fc.constant('proportional' as const), fc.integer({ min: -50, max: 200 })),
  }),
  { maxLength: 4 },
);

/** Valid curves that never pay less for more: what a comune should configure. */
const monotoneCurve: fc.Arbitrary<PayoutBand[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 3 })
  .chain((bounds) =>
    fc.tuple(
      ...[0, ...bounds.sort((a, b) => a - b)].map((from) =>
        fc
          .oneof(fc.constant('proportional' as const), fc.integer({ min: 0, max: 100 }))
          .map((payout): PayoutBand => ({ from, payout })),
      ),
    ),
  )
  .filter((curve) => validatePayoutCurve(curve).length === 0);

const policies = fc.record({
  sogliaPolicy: fc.constantFrom('proportional' as const, 'full' as const),
  atMostPolicy: fc.constantFrom('binary' as const, 'proportional' as const),
  latePenaltyPerMonth: fc.integer({ min: 0, max: 50 }),
});

describe('scoring properties', () => {
  it('effective and achievement always lie in 0..1 (or are undefined)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            target: target,
            actual: fc.option(actual, { nil: undefined }),
            subWeight: fc.option(fc.integer({ min: -10, max: 120 }), { nil: undefined }),
            manual: fc.option(fc.integer({ min: -20, max: 150 }), { nil: undefined }),
          }),
          { maxLength: 4 },
        ),
        fc.option(fc.integer({ min: -10, max: 120 }), { nil: undefined }),
        fc.option(fc.integer({ min: -20, max: 150 }), { nil: undefined }),
        policies,
        anyCurve,
        (inds, soglia, manual, policy, payoutCurve) => {
          const s = score(
            plan({
              objectives: [objective({ area: 'A', weight: 100, soglia, manual })],
              indicators: inds.map((spec) => indicator(spec)),
              params: params({ ...policy, payoutCurve }),
            }),
          );
          const [o] = s.objectives;
          for (const value of [o.achievement, o.effective, ...o.indicators.map((i) => i.achievement)]) {
            if (value !== undefined) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
            }
          }
          expect(o.effective === undefined).toBe(o.achievement === undefined);
          const [area] = s.areas;
          if (area.score !== undefined) {
            expect(area.score).toBeGreaterThanOrEqual(0);
            expect(area.score).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('effective is non-decreasing in the actual of an at-least indicator', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        fc.double({ min: -100, max: 2000, noNaN: true }),
        fc.double({ min: -100, max: 2000, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        policies,
        monotoneCurve,
        (t, percent, x, y, soglia, other, policy, payoutCurve) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const effective = (value: number): number | undefined => {
            const inds = [
              indicator({ target: atLeast(t, percent), actual: { kind: 'number', value }, subWeight: 60 }),
            ];
            // A second, fixed indicator: the objective mixes both.
            if (other !== undefined)
              inds.push(
                indicator({
                  target: atLeast(100),
                  actual: { kind: 'number', value: other * 100 },
                  subWeight: 40,
                }),
              );
            return score(
              plan({
                objectives: [objective({ area: 'A', weight: 100, soglia })],
                indicators: inds,
                params: params({ ...policy, payoutCurve }),
              }),
            ).objectives[0].effective;
          };
          const a = effective(low);
          const b = effective(high);
          expect(a).toBeDefined();
          expect(b).toBeDefined();
          expect(a as number).toBeLessThanOrEqual((b as number) + 1e-12);
        },
      ),
      { numRuns: 400 },
    );
  });
});
