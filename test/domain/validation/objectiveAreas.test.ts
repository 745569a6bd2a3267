import fc from 'fast-check';
import type { Employee, Field, Objective, Plan } from '../../../src/domain/model';
import {
  NO_AREA,
  idKey,
  objectiveAreas,
  walkObjectives,
} from '../../../src/domain/validation/objectiveAreas';
import { checkObjectives } from '../../../src/domain/validation/objectives';
import { checkStaff } from '../../../src/domain/validation/staff';
import { checkWeights } from '../../../src/domain/validation/weights';
import { withEngineRun } from '../../../src/domain/engineRun';
import { bad, cleanPlan, empty, ok } from './build';
import { naiveGroups } from '../naiveGroups';

type Scope = Objective['scope'];

interface Spec {
  area?: string;
  id: string;
  scope: Scope;
}

function objective(spec: Spec, row: number): Objective {
  return {
    key: `${spec.area ?? ''}#${spec.id}#${row}`,
    id: spec.id,
    title: ok(`Obiettivo ${row}`, 'Pesi', `B${row}`),
    ...(spec.area !== undefined ? { area: spec.area } : {}),
    scope: spec.scope,
    weight: ok(10, 'Pesi', `C${row}`),
    cell: { sheet: 'Pesi', cell: `A${row}` },
  };
}

const BASE = cleanPlan();

function planWith(specs: readonly Spec[]): Plan {
  return { ...BASE, objectives: specs.map((s, i) => objective(s, i + 2)) };
}

// Few areas and ids, so that runs, returns to earlier areas and repeated ids all happen; ids that
// differ only in case or spaces, and names holding the "\u0001" the duplicate check joins keys with.
const AREAS = ['Tecnica', 'Finanziaria', 'Sociale', 'A\u0001', '\u0001B'];
const IDS = ['1', '2', '1t', '1T', ' 2 ', 'x\u0001', '\u00011', 'è'];
const SCOPES: Scope[] = ['area', 'transversal', 'general', 'intersectoral'];
const spec = (areas: readonly string[], ids: readonly string[]): fc.Arbitrary<Spec> =>
  fc.record(
    { area: fc.constantFrom(...areas), id: fc.constantFrom(...ids), scope: fc.constantFrom(...SCOPES) },
    { requiredKeys: ['id', 'scope'] },
  );
const withoutSeparator = fc.array(spec(AREAS.slice(0, 3), IDS.slice(0, 5).concat('è')), { maxLength: 30 });
const anySpecs = fc.array(spec(AREAS, IDS), { maxLength: 30 });

/** The plain way: objectives weighed in an area, a list per area in order of first appearance. */
function naiveWeighed(objectives: readonly Objective[]): Map<string, Objective[]> {
  const out = new Map<string, Objective[]>();
  for (const o of objectives) {
    if (o.area === undefined || (o.scope !== 'area' && o.scope !== 'transversal')) continue;
    out.set(o.area, [...(out.get(o.area) ?? []), o]);
  }
  return out;
}

/** The plain way: positions per area (NO_AREA for none), areas in order of first appearance. */
function naiveAreas(objectives: readonly Objective[]): Map<string, number[]> {
  return naiveGroups(objectives.map((o) => o.area ?? NO_AREA));
}

describe('walkObjectives', () => {
  it('groups objectives by area and lists those weighed in each, as naive groupings would', () => {
    fc.assert(
      fc.property(anySpecs, (specs) => {
        const objectives = planWith(specs).objectives;
        const walked = walkObjectives(objectives);
        expect([...walked.weighed.entries()]).toEqual([...naiveWeighed(objectives).entries()]);
        const areas = naiveAreas(objectives);
        expect(walked.areas.names).toEqual([...areas.keys()]);
        [...areas.values()].forEach((positions, g) => {
          const { start, members } = walked.areas;
          expect(Array.from(members.subarray(start[g], start[g + 1]))).toEqual(positions);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('compares ids trimmed and upper case, and notes a "\\u0001" in an area or compared id', () => {
    fc.assert(
      fc.property(anySpecs, (specs) => {
        const walked = walkObjectives(planWith(specs).objectives);
        expect(walked.ids).toEqual(specs.map((s) => s.id.trim().toUpperCase()));
        expect(walked.separatorInKeys).toBe(
          specs.some((s) => (s.area ?? '').includes('\u0001') || s.id.includes('\u0001')),
        );
      }),
      { numRuns: 500 },
    );
    expect(idKey(' 1t ')).toBe('1T');
    expect(idKey('P3')).toBe('P3');
  });

  it('is built once per validation run and shared', () => {
    const plan = planWith([{ area: 'Tecnica', id: '1', scope: 'area' }]);
    expect(objectiveAreas(plan)).not.toBe(objectiveAreas(plan));
    withEngineRun(plan, () => expect(objectiveAreas(plan)).toBe(objectiveAreas(plan)));
  });
});

/** The duplicate-id findings' objectives as the plain definition gives them: by area and id text. */
function naiveDuplicates(objectives: readonly Objective[]): string[][] {
  const groups = new Map<string, Objective[]>();
  for (const o of objectives) {
    const key = `${o.area ?? NO_AREA}\u0001${o.id.trim().toUpperCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()].filter((l) => l.length > 1).map((l) => l.map((o) => o.cell?.cell ?? ''));
}

function duplicateCells(plan: Plan): string[][] {
  return checkObjectives(plan)
    .filter((f) => f.code === 'OBJECTIVE_DUPLICATE_ID')
    .map((f) => f.cells.map((c) => c.cell));
}

const weightField: fc.Arbitrary<Field<number>> = fc.oneof(
  fc.constantFrom(0, 0.5, 10, 25, 50, 100, 100 + 1e-10, 120, -20).map((v) => ok(v, 'Pesi', 'C2')),
  fc.constant(bad<number>('tanto', 'NOT_A_NUMBER', 'Pesi', 'C2')),
  fc.constant(empty<number>('Pesi', 'C2')),
);

describe('walkObjectives: weights per area', () => {
  it('says whether an area has a weight cell, whether all are clean, and their sum', () => {
    fc.assert(
      fc.property(anySpecs, fc.array(weightField, { minLength: 30, maxLength: 30 }), (specs, fields) => {
        const objectives = planWith(specs).objectives.map((o, i) => ({ ...o, weight: fields[i] }));
        const { weights } = walkObjectives(objectives);
        [...naiveWeighed(objectives).values()].forEach((list, at) => {
          const values = list.map((o) => o.weight);
          expect(weights.present[at] === 1).toBe(
            values.some((w) => w.value !== undefined || w.problem !== undefined),
          );
          const clean = values.every(
            (w) => w.problem === undefined && w.value !== undefined && w.value >= 0 && w.value <= 100 + 1e-9,
          );
          expect(weights.clean[at] === 1).toBe(clean);
          if (clean) expect(weights.sum[at]).toBe(values.reduce((a, w) => a + (w.value as number), 0));
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkWeights on the summary', () => {
  const area = (weights: Field<number>[]): Plan => ({
    ...BASE,
    objectives: weights.map((w, i) => ({
      ...objective({ area: 'Tecnica', id: String(i + 1), scope: 'area' }, i + 2),
      weight: w,
    })),
  });
  const codes = (plan: Plan) => checkWeights(plan).map((f) => f.code);

  it('still reads an area adding up to 100 through weights out of range', () => {
    // The in-range weights alone add up to 100 too: the area must not pass as clean.
    const weights = [ok(100, 'Pesi', 'C2'), ok(120, 'Pesi', 'C3'), ok(-120, 'Pesi', 'C4')];
    expect(codes(area(weights))).toEqual(['WEIGHT_OVER_100', 'WEIGHT_NEGATIVE']);
  });

  it('reports a missing weight next to weights adding up to 100, and nothing for a clean area', () => {
    const plan = area([ok(60, 'Pesi', 'C2'), ok(40, 'Pesi', 'C3'), empty('Pesi', 'C4')]);
    expect(codes(plan)).toEqual(['WEIGHT_MISSING']);
    expect(codes(area([ok(60, 'Pesi', 'C2'), ok(40, 'Pesi', 'C3')]))).toEqual([]);
    expect(codes(area([ok(60, 'Pesi', 'C2'), ok(30, 'Pesi', 'C3')]))).toEqual(['WEIGHTS_SUM']);
  });

  it('checks an area without weight cells only when the plan splits by weight or relevance', () => {
    const plan = area([empty('Pesi', 'C2'), empty('Pesi', 'C3')]);
    expect(codes(plan)).toEqual(['WEIGHT_MISSING', 'WEIGHT_MISSING']);
    const pools = plan.params.pools.map((p) => ({ ...p, method: 'coefficient' as const }));
    expect(codes({ ...plan, params: { ...plan.params, pools } })).toEqual([]);
  });
});

describe('checkObjectives: duplicate ids', () => {
  it('reports exactly the objectives sharing area and id, groups in order of first appearance', () => {
    fc.assert(
      fc.property(fc.oneof(withoutSeparator, anySpecs), (specs) => {
        const plan = planWith(specs);
        expect(duplicateCells(plan)).toEqual(naiveDuplicates(plan.objectives));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a repeat among many objectives of one area, or of none', () => {
    const many = (area: string | undefined): Spec[] =>
      Array.from({ length: 100 }, (_, i) => ({ area, id: String(i), scope: 'general' as const }));
    for (const area of ['Tecnica', undefined]) {
      const specs = many(area);
      specs.push({ area, id: '37', scope: 'general' }, { area: 'Altra', id: '37', scope: 'area' });
      const plan = planWith(specs);
      expect(duplicateCells(plan)).toEqual([['A39', 'A102']]);
      expect(duplicateCells(planWith(many(area)))).toEqual([]);
    }
  });
});

function staffPlan(keys: readonly string[]): Plan {
  const employees: Employee[] = keys.map((nameKey, i) => ({
    name: nameKey,
    nameKey,
    cell: { sheet: 'Personale', cell: `A${i + 2}` },
  }));
  return { ...BASE, employees };
}

describe('checkStaff: duplicate names', () => {
  it('reports every name key held by more than one staff row, and none otherwise', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('anna', 'bruno', 'carla', 'dario'), { maxLength: 8 }), (keys) => {
        const plan = staffPlan(keys);
        const expected = [...new Set(keys)]
          .filter((k) => keys.indexOf(k) !== keys.lastIndexOf(k))
          .map((k) => keys.flatMap((x, i) => (x === k ? [`A${i + 2}`] : [])));
        const run = () =>
          checkStaff(plan)
            .filter((f) => f.code === 'EMPLOYEE_DUPLICATE')
            .map((f) => f.cells.map((c) => c.cell));
        expect(run()).toEqual(expected);
        expect(withEngineRun(plan, run)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
