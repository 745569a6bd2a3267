/**
 * Property tests on whole plans: every amount reconciles to its parent, nothing is negative,
 * reordering the rows of the workbook never moves a cent, and raising a weight never lowers an
 * allocation.
 */
import fc from 'fast-check';
import { assertReconciles, distribute } from '../../../src/domain/distribution';
import { largestRemainder } from '../../../src/domain/money';
import type { Plan, Pool, SplitMethod } from '../../../src/domain/model';
import type { Distribution, Scores } from '../../../src/domain/results';
import { area, assignment, employee, makePlan, objective, objectiveScore } from '../builders';

const AREAS = ['Affari generali', 'Finanziaria', 'Tecnica', 'Vigilanza', 'Servizi sociali'];
const CATEGORIES = ['strategico', 'innovativo', 'miglioramento', 'mantenimento', 'una tantum'];
const TIPOLOGIE = ['GENERALE', 'INTERSETTORIALE', 'SETTORE 1', 'SETTORE 2'];
const PEOPLE = [
  'Anna Bianchi',
  'Bruno Neri',
  'Carla Rossi',
  'Dario Verdi',
  'Elena Gallo',
  'Fabio Conti',
  'Gina Sala',
];
const METHODS: SplitMethod[] = ['coefficient', 'relevance', 'weight'];

const weightArb = fc.oneof(
  fc.integer({ min: 1, max: 100 }),
  fc.integer({ min: 1, max: 10000 }).map((n) => n / 100),
);
const effectiveArb = fc.oneof(
  fc.constant(1),
  fc.constant(0),
  fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

const objectiveArb = fc.record({
  area: fc.constantFrom(...AREAS),
  weight: weightArb,
  tipologia: fc.constantFrom(...TIPOLOGIE),
  category: fc.constantFrom(...CATEGORIES),
  headcount: fc.integer({ min: 1, max: 15 }),
  fixedBudget: fc.option(fc.integer({ min: 1, max: 500_000 }), { freq: 6, nil: undefined }),
  effective: effectiveArb,
  staff: fc.subarray(PEOPLE.map((_, i) => i)),
  shares: fc.option(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 7 }), {
    nil: undefined,
  }),
});

const poolArb = fc.record({
  tipologie: fc.subarray(['generale', 'intersettoriale', 'settore']),
  kind: fc.constantFrom('amount', 'percent', 'rest'),
  fraction: fc.integer({ min: 0, max: 30 }),
  method: fc.constantFrom(...METHODS),
});

const planArb = fc.record({
  fund: fc.oneof(
    fc.integer({ min: 10_000_000, max: 100_000_000 }),
    fc.integer({ min: 10_000_000, max: 1e11 }),
  ),
  reservePercent: fc.integer({ min: 0, max: 20 }),
  objectives: fc.array(objectiveArb, { minLength: 1, maxLength: 14 }),
  relevance: fc.array(weightArb, { minLength: AREAS.length, maxLength: AREAS.length }),
  pools: fc.option(fc.array(poolArb, { minLength: 1, maxLength: 3 }), { nil: undefined }),
  defaultMethod: fc.option(fc.constantFrom(...METHODS), { nil: undefined }),
  people: fc.array(
    fc.record({
      hours: fc.option(fc.integer({ min: 6, max: 40 }), { nil: undefined }),
      evaluation: fc.integer({ min: 0, max: 100 }),
      days: fc.integer({ min: 0, max: 60 }),
    }),
    { minLength: PEOPLE.length, maxLength: PEOPLE.length },
  ),
  partTime: fc.boolean(),
  individualEvaluation: fc.boolean(),
  absenceReduction: fc.boolean(),
  absencePercentPerDay: fc.constantFrom(0, 0.5, 1, 2.5),
  redistributeEconomie: fc.boolean(),
});

type PlanSpec = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function build(spec: PlanSpec): { plan: Plan; scores: Scores } {
  const counters = new Map<string, number>();
  const objectives = spec.objectives.map((o, i) => {
    const n = (counters.get(o.area) ?? 0) + 1;
    counters.set(o.area, n);
    return objective({ ...o, id: String(n), row: i + 2 });
  });
  const pools: Pool[] = (spec.pools ?? []).map((p, i) => {
    const pool: Pool = { name: `Pool ${i + 1}`, tipologie: p.tipologie, method: p.method };
    if (p.kind === 'amount') pool.amount = Math.floor((spec.fund * p.fraction) / 100);
    if (p.kind === 'percent') pool.percent = p.fraction;
    return pool;
  });
  const assignments = spec.objectives.flatMap((o, i) =>
    o.staff.map((p) => assignment(objectives[i].key, PEOPLE[p], o.shares?.[p])),
  );
  const plan = makePlan({
    areas: AREAS.map((name, i) => area(name, spec.relevance[i], i + 2)),
    objectives,
    employees: PEOPLE.map((name, i) =>
      employee(name, {
        weeklyHours: spec.people[i].hours,
        evaluation: spec.people[i].evaluation,
        daysAbsent: spec.people[i].days,
      }),
    ),
    assignments,
    params: {
      fund: spec.fund,
      reserve: Math.floor((spec.fund * spec.reservePercent) / 100),
      pools,
      defaultMethod: spec.defaultMethod,
      partTime: spec.partTime,
      individualEvaluation: spec.individualEvaluation,
      absenceReduction: spec.absenceReduction,
      absencePercentPerDay: spec.absencePercentPerDay,
      redistributeEconomie: spec.redistributeEconomie,
    },
  });
  const scores: Scores = {
    objectives: objectives.map((o, i) => objectiveScore(o, spec.objectives[i].effective)),
    areas: [],
    findings: [],
  };
  return { plan, scores };
}

function shuffled<T>(items: readonly T[], order: readonly number[]): T[] {
  const keyed = items.map((item, i) => ({ item, k: order[i % order.length] + i / 1000 }));
  return keyed.sort((a, b) => a.k - b.k).map((x) => x.item);
}

/** The result as data that does not depend on listing order. */
function canonical(d: Distribution) {
  if (!d.ok) return { ok: false, reasons: d.reasons.map((r) => `${r.code} ${r.message}`).sort() };
  return {
    ok: true,
    totals: d.totals,
    transparency: d.transparency,
    pools: d.pools.map((p) => ({
      ...p,
      unitKeys: [...p.unitKeys].sort(),
      cells: p.cells.map((c) => c.cell).sort(),
    })),
    units: d.units
      .map((u) => [u.key, u.pool, u.allocated, u.paid, u.economie, u.redistributed, u.coefficient].join('|'))
      .sort(),
    employees: d.employees
      .map((e) =>
        [e.name, e.total, ...e.byObjective.map((b) => `${b.objectiveKey}=${b.amount}`).sort()].join('|'),
      )
      .sort(),
    warnings: d.warnings.map((w) => `${w.code} ${w.message}`).sort(),
  };
}

describe('distribution properties on whole plans', () => {
  it('reconciles at every level, never negative; refusals carry only errors', () => {
    let accepted = 0;
    fc.assert(
      fc.property(planArb, (spec) => {
        const { plan, scores } = build(spec);
        const d = distribute(plan, scores, []);
        if (!d.ok) {
          if (process.env.DEBUG_REASONS) console.log(d.reasons.map((r) => r.code).join(','));
          expect(d.reasons.length).toBeGreaterThan(0);
          expect(d.reasons.every((r) => r.severity === 'error')).toBe(true);
          return;
        }
        accepted++;
        assertReconciles(d);
        for (const u of d.units) expect(u.allocated >= 0 && u.paid >= 0 && u.economie >= 0).toBe(true);
        for (const e of d.employees) expect(e.byObjective.every((b) => b.amount >= 0)).toBe(true);
      }),
      { numRuns: 400 },
    );
    // Most generated plans are complete: the property above is not checked on refusals alone.
    expect(accepted).toBeGreaterThan(200);
  });

  it('is invariant under reordering the rows of objectives, areas, staff and assignments', () => {
    fc.assert(
      fc.property(planArb, fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }), (spec, order) => {
        const { plan, scores } = build(spec);
        const moved: Plan = {
          ...plan,
          objectives: shuffled(plan.objectives, order),
          areas: shuffled(plan.areas, [...order].reverse()),
          employees: shuffled(plan.employees, order),
          assignments: shuffled(plan.assignments, [...order].reverse()),
        };
        const movedScores = { ...scores, objectives: shuffled(scores.objectives, order) };
        expect(canonical(distribute(moved, movedScores, []))).toEqual(
          canonical(distribute(plan, scores, [])),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('splits a weight pool into equal area parts that the units of each area add up to', () => {
    fc.assert(
      fc.property(planArb, (spec) => {
        const { plan, scores } = build({ ...spec, pools: undefined, defaultMethod: 'weight' });
        const d = distribute(plan, scores, []);
        if (!d.ok) return;
        const pool = d.pools.find((p) => p.method === 'weight');
        if (pool === undefined) return;
        const byArea = new Map<string, number>();
        for (const u of d.units.filter((x) => x.pool === pool.name)) {
          byArea.set(u.area ?? '', (byArea.get(u.area ?? '') ?? 0) + u.allocated);
        }
        const parts = largestRemainder(
          pool.amount,
          [...byArea.keys()].map(() => 1),
        ).sort((a, b) => a - b);
        expect([...byArea.values()].sort((a, b) => a - b)).toEqual(parts);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers an allocation when that objective weighs more (weight, relevance or coefficient)', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.constantFrom<SplitMethod>(...METHODS),
        fc.nat(),
        fc.integer({ min: 1, max: 5000 }),
        (spec, method, pick, bump) => {
          const base = { ...spec, pools: undefined, defaultMethod: method };
          const i = pick % spec.objectives.length;
          const raised = base.objectives.map((o, k) =>
            k === i
              ? {
                  ...o,
                  weight: (Math.round(o.weight * 100) + bump) / 100,
                  headcount: o.headcount + (bump % 7),
                }
              : o,
          );
          const before = build(base);
          const after = build({ ...base, objectives: raised });
          const a = distribute(before.plan, before.scores, []);
          const b = distribute(after.plan, after.scores, []);
          if (!a.ok || !b.ok) return;
          const key = before.plan.objectives[i].key;
          const ua = a.units.find((u) => u.key === key);
          const ub = b.units.find((u) => u.key === key);
          expect(ub?.allocated ?? 0).toBeGreaterThanOrEqual(ua?.allocated ?? 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
