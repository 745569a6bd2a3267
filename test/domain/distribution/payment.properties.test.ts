/**
 * Properties of the payment on any plan (issue "never pay on a guess"):
 * - it reconciles to the cent at every level: fund, pools, units, employees;
 * - it never exceeds the allocation: a unit's own payment is at most its allocation (only the
 *   redistributed economie of its pool come on top), a pool pays at most its amount, the plan at
 *   most what it distributes, and employees receive at most what their objectives paid;
 * - an employee gets money only through an assignment that was read (a row of plan.assignments
 *   naming them for that objective) or through the documented area rule (an implicit assignment,
 *   to a person of the objective's area): never for an objective nobody was assigned to, nor for
 *   an objective held by an unreadable assignment cell (READ_ASSIGNEES_UNREADABLE), which does not
 *   refuse the rest of the plan.
 */
import fc from 'fast-check';
import { assertReconciles, distribute } from '../../../src/domain/distribution';
import { finding, type Finding } from '../../../src/domain/findings';
import type { Assignment, Plan } from '../../../src/domain/model';
import type { Scores } from '../../../src/domain/results';
import { area, assignment, cell, employee, makePlan, objective, objectiveScore } from '../builders';

const AREAS = ['Affari generali', 'Finanziaria', 'Tecnica'];
const PEOPLE = ['Anna Bianchi', 'Bruno Neri', 'Carla Rossi', 'Dario Verdi', 'Elena Gallo', 'Fabio Conti'];

const modeArb = fc.constantFrom('named', 'named', 'areaRule', 'nobody', 'unreadable');
type Mode = 'named' | 'areaRule' | 'nobody' | 'unreadable';

const planArb = fc.record({
  fund: fc.integer({ min: 100_000, max: 50_000_000 }),
  reservePercent: fc.integer({ min: 0, max: 20 }),
  staffArea: fc.array(fc.integer({ min: 0, max: AREAS.length - 1 }), {
    minLength: PEOPLE.length,
    maxLength: PEOPLE.length,
  }),
  hours: fc.array(fc.option(fc.integer({ min: 6, max: 40 }), { nil: undefined }), {
    minLength: PEOPLE.length,
    maxLength: PEOPLE.length,
  }),
  partTime: fc.boolean(),
  redistributeEconomie: fc.boolean(),
  relevance: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: AREAS.length, maxLength: AREAS.length }),
  method: fc.constantFrom('relevance' as const, 'weight' as const),
  objectives: fc.array(
    fc.record({
      area: fc.integer({ min: 0, max: AREAS.length - 1 }),
      weight: fc.integer({ min: 1, max: 100 }),
      effective: fc.oneof(fc.constant(1), fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
      mode: modeArb,
      staff: fc.subarray(
        PEOPLE.map((_, i) => i),
        { minLength: 1 },
      ),
      shares: fc.option(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }), {
        nil: undefined,
      }),
    }),
    { minLength: 1, maxLength: 10 },
  ),
});

type Spec = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

/** The plan, its scores, the held objectives' findings, and each objective's mode by key. */
function build(spec: Spec) {
  const counters = new Map<string, number>();
  const objectives = spec.objectives.map((o, i) => {
    const name = AREAS[o.area];
    const n = (counters.get(name) ?? 0) + 1;
    counters.set(name, n);
    return objective({ id: String(n), area: name, weight: o.weight, row: i + 2 });
  });
  const employees = PEOPLE.map((name, i) =>
    employee(name, { area: AREAS[spec.staffArea[i]], weeklyHours: spec.hours[i], row: i + 2 }),
  );
  const assignments: Assignment[] = [];
  const mode = new Map<string, Mode>();
  const findings: Finding[] = [];
  spec.objectives.forEach((o, i) => {
    const key = objectives[i].key;
    mode.set(key, o.mode as Mode);
    if (o.mode === 'named') {
      for (const p of o.staff) assignments.push(assignment(key, PEOPLE[p], o.shares?.[p]));
    } else if (o.mode === 'areaRule') {
      // The documented rule: the whole staff of the objective's area, equal shares, implicit.
      for (const e of employees.filter((x) => x.area === objectives[i].area))
        assignments.push({ ...assignment(key, e.name), implicit: true });
    } else if (o.mode === 'unreadable') {
      findings.push(
        finding({
          code: 'READ_ASSIGNEES_UNREADABLE',
          severity: 'error',
          params: { cell: `Obiettivi!D${i + 2}`, text: 'x', understood: '—', rest: 'x' },
          cells: [cell(`D${i + 2}`, 'Obiettivi')],
          area: objectives[i].area,
          objective: objectives[i].id,
        }),
      );
    }
  });
  const plan: Plan = makePlan({
    areas: AREAS.map((name, i) => area(name, spec.relevance[i], i + 2)),
    objectives,
    employees,
    assignments,
    params: {
      fund: spec.fund,
      reserve: Math.floor((spec.fund * spec.reservePercent) / 100),
      pools: [],
      defaultMethod: spec.method,
      partTime: spec.partTime,
      redistributeEconomie: spec.redistributeEconomie,
    },
  });
  const scores: Scores = {
    objectives: objectives.map((o, i) => objectiveScore(o, spec.objectives[i].effective)),
    areas: [],
    findings: [],
  };
  return { plan, scores, findings, mode };
}

describe('payment properties on any plan', () => {
  it('reconciles to the cent at every level and never pays more than was allocated', () => {
    let accepted = 0;
    fc.assert(
      fc.property(planArb, (spec) => {
        const { plan, scores, findings } = build(spec);
        const d = distribute(plan, scores, findings);
        if (!d.ok) return;
        accepted++;
        assertReconciles(d);
        let ownPaid = 0;
        for (const u of d.units) {
          expect(u.paid - u.redistributed).toBeLessThanOrEqual(u.allocated);
          expect(u.paid - u.redistributed + u.economie).toBe(u.allocated);
          if (!spec.redistributeEconomie) expect(u.paid).toBeLessThanOrEqual(u.allocated);
          ownPaid += u.paid;
        }
        for (const p of d.pools) {
          expect(p.paid).toBeLessThanOrEqual(p.amount);
          expect(p.paid + p.economie).toBe(p.amount);
        }
        expect(d.totals.paid).toBe(ownPaid);
        expect(d.totals.paid).toBeLessThanOrEqual(d.totals.distributed);
        // Employees receive each unit's payment to the cent, or nothing (withoutStaff).
        const received = new Map<string, number>();
        for (const e of d.employees)
          for (const b of e.byObjective)
            received.set(b.objectiveKey, (received.get(b.objectiveKey) ?? 0) + b.amount);
        let without = 0;
        for (const u of d.units) {
          const got = received.get(u.key) ?? 0;
          if (got === 0) without += u.paid;
          else expect(got).toBe(u.paid);
        }
        expect(d.totals.withoutStaff).toBe(without);
        expect(d.employees.reduce((s, e) => s + e.total, 0)).toBe(d.totals.paid - d.totals.withoutStaff);
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('pays an employee only through an assignment that was read or the area rule', () => {
    fc.assert(
      fc.property(planArb, (spec) => {
        const { plan, scores, findings, mode } = build(spec);
        const d = distribute(plan, scores, findings);
        // An unreadable assignment cell holds its objective, not the plan.
        expect(d.ok).toBe(true);
        if (!d.ok) return;
        const objectiveArea = new Map(plan.objectives.map((o) => [o.key, o.area]));
        const staffArea = new Map(plan.employees.map((e) => [e.nameKey, e.area]));
        for (const e of d.employees) {
          for (const b of e.byObjective) {
            if (b.amount === 0) continue;
            const m = mode.get(b.objectiveKey);
            expect(m === 'named' || m === 'areaRule').toBe(true);
            const key = plan.employees.find((x) => x.name === e.name)?.nameKey;
            const via = plan.assignments.filter(
              (a) => a.objectiveKey === b.objectiveKey && a.employeeKey === key,
            );
            expect(via.length).toBeGreaterThan(0);
            if (via.every((a) => a.implicit)) {
              expect(m).toBe('areaRule');
              expect(b.areaRule).toBe(true);
              expect(staffArea.get(key as string)).toBe(objectiveArea.get(b.objectiveKey));
            } else expect(b.areaRule).toBeUndefined();
          }
        }
        // Objectives nobody was assigned to, or held, pay nobody.
        for (const u of d.units) {
          const m = mode.get(u.key);
          if (m === 'nobody' || m === 'unreadable')
            expect(d.employees.some((e) => e.byObjective.some((b) => b.objectiveKey === u.key))).toBe(false);
        }
        const held = d.warnings.filter((w) => w.code === 'READ_ASSIGNEES_UNREADABLE');
        expect(held).toHaveLength(findings.length);
      }),
      { numRuns: 400 },
    );
  });
});
