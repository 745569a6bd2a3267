import { assertReconciles, distribute } from '../../../src/domain/distribution';
import type { Parameters } from '../../../src/domain/model';
import type { Distribution } from '../../../src/domain/results';
import { assignment, employee, type EmployeeInput, makePlan, objective, scoresFor } from '../builders';

function ok(d: Distribution) {
  if (!d.ok) throw new Error(d.reasons.map((r) => r.message).join('\n'));
  assertReconciles(d);
  return d;
}

/** One objective paying `paid` cents, with staff given as [name, share, employee data]. */
function oneObjective(
  paid: number,
  staff: [string, number | undefined, EmployeeInput][],
  params: Partial<Parameters> = {},
) {
  const o = objective({ id: '1', area: 'A', weight: 100 });
  const plan = makePlan({
    objectives: [o],
    employees: staff.map(([name, , data]) => employee(name, data)),
    assignments: staff.map(([name, share]) => assignment(o.key, name, share)),
    params: { fund: paid, defaultMethod: 'weight', ...params },
  });
  return ok(distribute(plan, scoresFor(plan), []));
}

const amounts = (d: Extract<Distribution, { ok: true }>) => d.employees.map((e) => [e.name, e.total]);

describe('split to employees', () => {
  it('splits by share %, and equally when no share is given', () => {
    expect(
      amounts(
        oneObjective(1_001, [
          ['Anna', 70, {}],
          ['Bruno', 30, {}],
        ]),
      ),
    ).toEqual([
      ['Anna', 701], // 700,7
      ['Bruno', 300], // 300,3
    ]);
    expect(
      amounts(
        oneObjective(1_000, [
          ['Anna', undefined, {}],
          ['Bruno', undefined, {}],
          ['Carla', undefined, {}],
        ]),
      ),
    ).toEqual([
      ['Anna', 334],
      ['Bruno', 333],
      ['Carla', 333],
    ]);
  });

  it('gives people without a share what the given shares leave, in equal parts', () => {
    // 60 % given; Bruno and Carla share the 40 % left: 20 % each
    expect(
      amounts(
        oneObjective(10_000, [
          ['Anna', 60, {}],
          ['Bruno', undefined, {}],
          ['Carla', undefined, {}],
        ]),
      ),
    ).toEqual([
      ['Anna', 6_000],
      ['Bruno', 2_000],
      ['Carla', 2_000],
    ]);
  });

  it('weighs part-time by weekly hours (missing = full time, above full time capped) and renormalises', () => {
    // equal shares x hours 18, 36 (missing), 36 (40 capped): 18 : 36 : 36 of 10.000
    const d = oneObjective(10_000, [
      ['Anna', 50, { weeklyHours: 18 }],
      ['Bruno', 25, {}],
      ['Carla', 25, { weeklyHours: 40 }],
    ]);
    // 50 x 18 = 900, 25 x 36 = 900, 25 x 36 = 900 -> equal thirds: 3.334, 3.333, 3.333
    expect(amounts(d)).toEqual([
      ['Anna', 3_334],
      ['Bruno', 3_333],
      ['Carla', 3_333],
    ]);
    const anna = d.employees[0].byObjective[0];
    expect(anna.share).toBeCloseTo(1 / 3, 12);
    expect(anna.trail.map((s) => s.step).slice(-3)).toEqual(['share', 'hours', 'employeeAmount']);
    expect(anna.trail.find((s) => s.step === 'hours')?.detail).toBe('Ore settimanali 18 su 36');
  });

  it('ignores hours when part-time proportioning is off', () => {
    const d = oneObjective(
      10_000,
      [
        ['Anna', 50, { weeklyHours: 18 }],
        ['Bruno', 50, {}],
      ],
      { partTime: false },
    );
    expect(amounts(d)).toEqual([
      ['Anna', 5_000],
      ['Bruno', 5_000],
    ]);
  });

  it('applies the individual evaluation when the option is on', () => {
    const d = oneObjective(
      9_000,
      [
        ['Anna', 50, { evaluation: 100 }],
        ['Bruno', 50, { evaluation: 80 }],
      ],
      { individualEvaluation: true },
    );
    // 100 : 80 of 9.000 = 5.000 and 4.000
    expect(amounts(d)).toEqual([
      ['Anna', 5_000],
      ['Bruno', 4_000],
    ]);
  });

  it('reduces the share for days absent when the option is on, not below 0', () => {
    const d = oneObjective(
      10_000,
      [
        ['Anna', 50, { daysAbsent: 10 }],
        ['Bruno', 50, { daysAbsent: 0 }],
        ['Carla', undefined, { daysAbsent: 300 }],
      ],
      { absenceReduction: true, absencePercentPerDay: 0.5 },
    );
    // Carla gets what the given shares leave: 0 %; Anna 50 x 95, Bruno 50 x 100: 95 : 100
    // 10.000 x 95/195 = 4.871,79 -> 4.872; x 100/195 = 5.128,2 -> 5.128
    expect(amounts(d)).toEqual([
      ['Anna', 4_872],
      ['Bruno', 5_128],
      ['Carla', 0],
    ]);
    const carla = oneObjective(
      10_000,
      [
        ['Anna', 50, { daysAbsent: 10 }],
        ['Carla', 50, { daysAbsent: 300 }],
      ],
      { absenceReduction: true, absencePercentPerDay: 0.5 },
    );
    // 300 days x 0,5 % = 150 % off: factor 0, not negative
    expect(amounts(carla)).toEqual([
      ['Anna', 10_000],
      ['Carla', 0],
    ]);
    expect(carla.employees[1].byObjective[0].trail.find((s) => s.step === 'absence')?.detail).toBe(
      'Giorni di assenza 300: quota ridotta al 0 %',
    );
  });

  it('keeps the amount on the unit with a warning when all assigned people weigh 0', () => {
    const d = oneObjective(1_000, [['Anna', 100, { weeklyHours: 0 }]]);
    expect(d.employees).toEqual([]);
    const w = d.warnings.find((x) => x.code === 'DIST_STAFF_WEIGHT_ZERO');
    expect(w?.message).toContain('10,00');
  });

  it('counts what objectives were paid with nobody to receive it apart from what employees get', () => {
    const staffed = objective({ id: '1', area: 'A', weight: 60 });
    const nobody = objective({ id: '2', area: 'A', weight: 40 });
    const plan = makePlan({
      objectives: [staffed, nobody],
      employees: [employee('Anna', { area: 'A' })],
      assignments: [assignment(staffed.key, 'Anna', 100)],
      params: { fund: 1_000, defaultMethod: 'weight' },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    assertReconciles(d);
    expect(d.totals.paid).toBe(1_000);
    expect(d.totals.withoutStaff).toBe(400);
    expect(d.employees.map((e) => e.total)).toEqual([600]);
    // Published as paid: what employees receive.
    expect(d.transparency).toMatchObject({ paid: 600, withoutStaff: 400 });
    expect(d.warnings.map((w) => w.code)).toContain('DIST_UNIT_WITHOUT_STAFF');
  });

  it('aggregates one person across objectives by name key, with the amount of each', () => {
    const o1 = objective({ id: '1', area: 'A', weight: 50 });
    const o2 = objective({ id: '2', area: 'A', weight: 50 });
    const plan = makePlan({
      objectives: [o1, o2],
      employees: [employee('Niccolò Rossi', { area: 'A' }), employee('Bruno Neri')],
      assignments: [
        assignment(o1.key, 'Niccolò Rossi', 50),
        assignment(o1.key, 'Bruno Neri', 50),
        assignment(o2.key, 'NICCOLO  ROSSI'),
      ],
      params: { fund: 20_000, defaultMethod: 'weight' },
    });
    const d = ok(distribute(plan, scoresFor(plan, { [o2.key]: 0.5 }), []));
    expect(d.employees).toHaveLength(2);
    const rossi = d.employees[0];
    expect(rossi).toMatchObject({ name: 'Niccolò Rossi', area: 'A', total: 5_000 + 5_000 });
    expect(rossi.byObjective.map((b) => [b.objectiveKey, b.amount])).toEqual([
      ['A#1', 5_000],
      ['A#2', 5_000],
    ]);
  });

  it('lists people of an objective that paid nothing with 0, and leaves them out of the transparency spread', () => {
    const o1 = objective({ id: '1', area: 'A', weight: 100 });
    const plan = makePlan({
      objectives: [o1],
      employees: [employee('Anna'), employee('Bruno')],
      assignments: [assignment(o1.key, 'Anna'), assignment(o1.key, 'Bruno')],
      params: { fund: 20_000 },
    });
    const d = ok(distribute(plan, scoresFor(plan, { [o1.key]: 0 }), []));
    expect(amounts(d)).toEqual([
      ['Anna', 0],
      ['Bruno', 0],
    ]);
    expect(d.transparency.employees).toBe(0);
    expect(d.warnings.filter((w) => w.code.startsWith('DIST_'))).toEqual([]);
  });
});
