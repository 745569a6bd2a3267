import { differentiationCheck, transparencySummary } from '../../../src/domain/distribution/transparency';
import { assertReconciles, distribute } from '../../../src/domain/distribution';
import { defaultParameters } from '../../../src/domain/params';
import type { EmployeeAmount } from '../../../src/domain/results';
import { assignment, employee, makePlan, objective, scoresFor } from '../builders';

const staff = (...totals: number[]): EmployeeAmount[] =>
  totals.map((total, i) => ({ name: `Dip ${i}`, total, byObjective: [] }));
const money = { allocated: 0, paid: 0, withoutStaff: 0, economie: 0 };

describe('transparency summary', () => {
  it('takes min, median, max and average over the employees actually paid', () => {
    const s = transparencySummary(money, staff(0, 300, 100, 200));
    expect(s).toMatchObject({ employees: 3, minimum: 100, median: 200, maximum: 300, average: 200 });
    expect(s.aboveAveragePercent).toBeCloseTo(100 / 3, 8); // only 300 is above 200
  });

  it('uses the mean of the two middle amounts for an even count, rounded half up', () => {
    const s = transparencySummary(money, staff(100, 201, 400, 1));
    // sorted 1, 100, 201, 400: median (100 + 201) / 2 = 150,5 -> 151; average 702 / 4 = 175,5 -> 176
    expect(s).toMatchObject({ employees: 4, minimum: 1, median: 151, maximum: 400, average: 176 });
    expect(s.aboveAveragePercent).toBe(50);
  });

  it('compares with the exact average, not the rounded one', () => {
    // 100, 100, 101: average 100,33 (rounded 100); only 101 is above it
    expect(transparencySummary(money, staff(100, 100, 101)).aboveAveragePercent).toBeCloseTo(100 / 3, 8);
  });

  it('is all zeros with nobody paid', () => {
    expect(transparencySummary(money, staff(0, 0))).toMatchObject({ employees: 0, median: 0, average: 0 });
  });
});

describe('differentiation check (art. 69 CCNL)', () => {
  const params = defaultParameters(); // premium 30 %, at least 10 % of the staff

  it('warns with the numbers when too few get at least 130 % of the average', () => {
    // ten people: nine at 1.000,00, one at 1.200,00: average 1.020,00, threshold 1.326,00
    const w = differentiationCheck(staff(...Array<number>(9).fill(100_000), 120_000), params);
    expect(w).toMatchObject({
      code: 'DIST_DIFFERENTIATION',
      severity: 'warning',
      params: {
        count: 0,
        employees: 10,
        percent: 0,
        threshold: '1.326,00',
        average: '1.020,00',
        premium: 30,
        minPercent: 10,
      },
    });
    expect(w?.message).toContain('0 dipendenti su 10');
  });

  it('is satisfied when enough get the premium, counting the threshold itself', () => {
    // nine at 1.000,00 and one at x cents: x >= 1,3 x (900.000 + x) / 10 <=> 8,7 x >= 1.170.000
    // <=> x >= 134.482,76: 134.483 cents qualify, 134.482 do not
    expect(differentiationCheck(staff(...Array<number>(9).fill(100_000), 134_483), params)).toBeUndefined();
    expect(differentiationCheck(staff(...Array<number>(9).fill(100_000), 134_482), params)?.code).toBe(
      'DIST_DIFFERENTIATION',
    );
  });

  it('is not checked with fewer than two paid employees, or with a 0 % minimum', () => {
    expect(differentiationCheck(staff(100, 0), params)).toBeUndefined();
    expect(
      differentiationCheck(staff(100, 100), { ...params, differentiationMinStaffPercent: 0 }),
    ).toBeUndefined();
    expect(differentiationCheck(staff(100, 100), params)?.params.count).toBe(0);
  });

  it('is reported among the warnings of a distribution', () => {
    const o = objective({ id: '1', area: 'A', weight: 100 });
    const plan = makePlan({
      objectives: [o],
      employees: [employee('Anna'), employee('Bruno')],
      assignments: [assignment(o.key, 'Anna'), assignment(o.key, 'Bruno')],
      params: { fund: 2_000 },
    });
    const d = distribute(plan, scoresFor(plan), []);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    assertReconciles(d);
    expect(d.warnings.map((w) => w.code)).toEqual(['DIST_DIFFERENTIATION']);
  });
});
