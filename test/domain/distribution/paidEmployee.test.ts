import { distribute } from '../../../src/domain/distribution';
import { PaidEmployee, PaidParts } from '../../../src/domain/distribution/paidEmployee';
import { Person } from '../../../src/domain/distribution/people';
import { defaultParameters } from '../../../src/domain/params';
import type {
  Distribution,
  EmployeeAmount,
  EmployeeObjectiveAmount,
  UnitAllocation,
} from '../../../src/domain/results';
import { assignment, employee, makePlan, objective, scoresFor } from '../builders';

function ok(d: Distribution) {
  if (!d.ok) throw new Error(d.reasons.map((r) => r.message).join('\n'));
  return d;
}

/** The plain objects an employee and its parts stood for before they were classes. */
function plainPart(b: EmployeeObjectiveAmount): EmployeeObjectiveAmount {
  return { objectiveKey: b.objectiveKey, share: b.share, amount: b.amount, trail: b.trail };
}
function plain(e: EmployeeAmount): EmployeeAmount {
  const p: EmployeeAmount = { name: e.name, total: e.total, byObjective: e.byObjective.map(plainPart) };
  if (e.area !== undefined) p.area = e.area;
  return p;
}

const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as Record<string, unknown>;

/**
 * Three objectives; Anna (area A) on the first and third, Bruno (no area in the staff list) on
 * the first two; Carla, part-time, on the second. Shares given on the first, equal on the others.
 */
function threeObjectives() {
  const o1 = objective({ id: '1', area: 'A', weight: 50 });
  const o2 = objective({ id: '2', area: 'A', weight: 30 });
  const o3 = objective({ id: '3', area: 'A', weight: 20 });
  const plan = makePlan({
    objectives: [o1, o2, o3],
    employees: [employee('Anna', { area: 'A' }), employee('Bruno'), employee('Carla', { weeklyHours: 18 })],
    assignments: [
      assignment(o1.key, 'Anna', 75),
      assignment(o2.key, 'Bruno'),
      assignment(o1.key, 'Bruno', 25),
      assignment(o3.key, 'Anna'),
      assignment(o2.key, 'Carla'),
    ],
    params: { fund: 10_001, defaultMethod: 'weight', partTime: true },
  });
  return ok(distribute(plan, scoresFor(plan), []));
}

describe('employees paid by the distribution', () => {
  it('list their parts in the order paid, each with its share and amount', () => {
    const d = threeObjectives();
    const parts = (e: EmployeeAmount) => e.byObjective.map((b) => [b.objectiveKey, b.share, b.amount]);
    expect(d.employees.map((e) => [e.name, e.total])).toEqual([
      ['Anna', 3_751 + 2_000],
      ['Bruno', 1_250 + 2_000],
      ['Carla', 1_000],
    ]);
    // 10.001 cents: 5.001 (weight 50), 3.000, 2.000. On A#2 Bruno weighs 1 x 36 hours, Carla
    // 1 x 18: shares 2/3 and 1/3.
    expect(parts(d.employees[0])).toEqual([
      ['A#1', 0.75, 3_751],
      ['A#3', 1, 2_000],
    ]);
    expect(parts(d.employees[1])).toEqual([
      ['A#1', 0.25, 1_250],
      ['A#2', 36 / 54, 2_000],
    ]);
    expect(parts(d.employees[2])).toEqual([['A#2', 18 / 54, 1_000]]);
    // Given shares and equal shares explain themselves differently.
    const steps = (b: EmployeeObjectiveAmount) => b.trail.map((s) => s.step);
    expect(steps(d.employees[1].byObjective[0])).toContain('share');
    expect(steps(d.employees[1].byObjective[1])).toContain('shareEqual');
    expect(steps(d.employees[1].byObjective[1]).slice(-2)).toEqual(['hours', 'employeeAmount']);
  });

  it('make their parts once: later reads give the same objects', () => {
    const anna = threeObjectives().employees[0];
    const first = anna.byObjective;
    expect(anna.byObjective).toBe(first);
    expect(anna.byObjective[1]).toBe(first[1]);
  });

  it('render as JSON with the fields of the plain object, in its order, area last', () => {
    const d = threeObjectives();
    const [anna, bruno] = d.employees;
    expect(Object.keys(json(anna))).toEqual(['name', 'total', 'byObjective', 'area']);
    expect(Object.keys(json(bruno))).toEqual(['name', 'total', 'byObjective']);
    for (const e of d.employees) expect(JSON.stringify(e)).toBe(JSON.stringify(plain(e)));
    expect(json(anna)).toMatchObject({ name: 'Anna', area: 'A', total: 5_751 });
  });

  it('are summed up (transparency, differentiation) without making their parts', () => {
    const partsFrom = jest.spyOn(PaidParts.prototype, 'partsFrom');
    try {
      const d = threeObjectives();
      expect(d.transparency.employees).toBe(3);
      expect(partsFrom).not.toHaveBeenCalled();
      void d.employees[1].byObjective;
      void d.employees[1].byObjective;
      expect(partsFrom).toHaveBeenCalledTimes(1);
    } finally {
      partsFrom.mockRestore();
    }
  });
});

describe('PaidParts', () => {
  const params = defaultParameters();
  const unit = (key: string, paid: number): UnitAllocation => ({
    key,
    id: key,
    title: key,
    pool: 'P',
    allocated: paid,
    achievement: 1,
    paid,
    economie: 0,
    redistributed: 0,
    trail: [],
  });

  it("chain each person's parts in the order added, whatever comes between", () => {
    const units = [unit('U0', 100), unit('U1', 60), unit('U2', 9)];
    const rows = [assignment('U0', 'Anna', 70), assignment('U0', 'Bruno', 30), assignment('U1', 'Anna')];
    const persons = rows.map((a) => new Person(a.employeeKey, undefined, params));
    const parts = new PaidParts(units, rows, persons, 4);
    const anna = new PaidEmployee('Anna', undefined, parts);
    const bruno = new PaidEmployee('Bruno', 'B', parts);
    parts.setUnit(0, 100, 0);
    parts.setUnit(1, 2, 2);
    parts.setUnit(2, 3, 0);
    anna.add(parts.add(0, 0, 70, 70, 70), 70);
    bruno.add(parts.add(0, 1, 30, 30, 30), 30);
    anna.add(parts.add(1, 2, 30, 1, 1), 30);
    anna.add(parts.add(2, 2, 3, 1, 1), 3);
    const seen = (e: EmployeeAmount) => e.byObjective.map((b) => [b.objectiveKey, b.amount, b.share]);
    expect(seen(anna)).toEqual([
      ['U0', 70, 0.7],
      ['U1', 30, 0.5],
      ['U2', 3, 1 / 3],
    ]);
    expect(anna.total).toBe(103);
    expect(seen(bruno)).toEqual([['U0', 30, 0.3]]);
    expect(bruno.area).toBe('B');
    // Equal shares (unit U1, of two) and given ones (U2) say so in the trail.
    expect(anna.byObjective[1].trail[0].detail).toMatch(/2/);
    expect(anna.byObjective[1].trail[0].step).toBe('shareEqual');
    expect(anna.byObjective[2].trail[0].step).toBe('share');
  });

  it('give no parts to someone never paid', () => {
    const parts = new PaidParts([], [], [], 0);
    const nobody = new PaidEmployee('Nobody', undefined, parts);
    expect(nobody.byObjective).toEqual([]);
    expect(nobody.total).toBe(0);
    expect(JSON.stringify(nobody)).toBe('{"name":"Nobody","total":0,"byObjective":[]}');
  });
});
