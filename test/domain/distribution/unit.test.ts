import { distribute } from '../../../src/domain/distribution';
import { Unit, type OwnSteps } from '../../../src/domain/distribution/unit';
import type { Distribution, TrailStep, UnitAllocation } from '../../../src/domain/results';
import { makePlan, objective, objectiveScore, scoresFor } from '../builders';
import { score } from '../../../src/domain/scoring';
import {
  atLeast,
  indicator,
  num,
  objective as scoringObjective,
  params as scoringParams,
  plan as scoringPlan,
} from '../scoring/build';

function ok(d: Distribution) {
  if (!d.ok) throw new Error(d.reasons.map((r) => r.message).join('\n'));
  return d;
}

/** The plain object a unit stood for before it was a class: its fields, in this order. */
function plain(u: UnitAllocation): UnitAllocation {
  const p: UnitAllocation = {
    key: u.key,
    id: u.id,
    title: u.title,
    pool: u.pool,
    allocated: u.allocated,
    achievement: u.achievement,
    paid: u.paid,
    economie: u.economie,
    redistributed: u.redistributed,
    trail: u.trail,
  };
  if (u.area !== undefined) p.area = u.area;
  if (u.coefficient !== undefined) p.coefficient = u.coefficient;
  return p;
}

/** The fields every unit renders as JSON, in order; `area` and `coefficient` follow when known. */
const FIELDS = [
  'key',
  'id',
  'title',
  'pool',
  'allocated',
  'achievement',
  'paid',
  'economie',
  'redistributed',
  'trail',
];

const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as Record<string, unknown>;

describe('units made by the distribution', () => {
  const byCoefficient = makePlan({
    objectives: [
      objective({ id: '1', area: 'A', weight: 50, category: 'strategico', headcount: 2 }),
      objective({ id: '2', area: 'A', weight: 50, category: 'mantenimento', headcount: 1 }),
    ],
    params: { fund: 100_001, defaultMethod: 'coefficient' },
  });
  const byWeight = makePlan({
    objectives: [objective({ id: 'G1', weight: 30 }), objective({ id: 'G2', weight: 70 })],
    params: { fund: 10_000, defaultMethod: 'weight' },
  });

  it('render as JSON with the fields of the plain object, in its order, area and coefficient last', () => {
    const d = ok(distribute(byCoefficient, scoresFor(byCoefficient, { 'A#2': 0.85 }), []));
    const u = d.units[1];
    expect(Object.keys(json(u))).toEqual([...FIELDS, 'area', 'coefficient']);
    expect(JSON.stringify(u)).toBe(JSON.stringify(plain(u)));
    // 100.001 cents by coefficients 40 x 1 and 10 x 0.5: 88.889,78 and 11.111,22 cents, floored.
    expect(json(u)).toMatchObject({ key: 'A#2', allocated: 11_111, achievement: 0.85, paid: 9_444 });
  });

  it('leave out the area and coefficient they do not have', () => {
    const d = ok(distribute(byWeight, scoresFor(byWeight), []));
    expect(Object.keys(json(d.units[0]))).toEqual(FIELDS);
    expect(d.units.map((u) => [u.key, u.allocated, 'area' in u, 'coefficient' in u])).toEqual([
      ['G1', 3_000, false, false],
      ['G2', 7_000, false, false],
    ]);
    expect(JSON.stringify(d.units)).toBe(JSON.stringify(d.units.map(plain)));
  });

  it('give the same trail, and the same steps, on every read', () => {
    const d = ok(distribute(byWeight, scoresFor(byWeight, { G2: 0.5 }), []));
    const u = d.units[1];
    expect(u.trail).toBe(u.trail);
    expect(u.trail[u.trail.length - 1]).toBe(u.trail[u.trail.length - 1]);
    expect(u.trail.map((s) => s.step)).toEqual(['fund', 'poolAll', 'areaEqual', 'weight', 'achievement']);
    expect(u.trail[4].detail).toBe(u.trail[4].detail);
  });
});

describe('Unit', () => {
  const o = objective({ id: '7', area: 'B', weight: 10 });
  const shared: TrailStep[] = [{ step: 'fund', detail: 'Fondo', cells: [] }];
  const made: number[] = [];
  const own: OwnSteps = {
    stepAt: (i) => {
      made.push(i);
      return { step: 'own', detail: `step ${i}`, cells: [] };
    },
  };

  it('makes its own step only when the trail is read, from its index in the split', () => {
    made.length = 0;
    const u = new Unit(o, 4, 'Pool', 1_000, shared, own, 3);
    u.pay(objectiveScore(o, 0.5));
    expect(made).toEqual([]);
    expect(u.trail.map((s) => s.detail)).toEqual(['Fondo', 'step 3', expect.stringContaining('50')]);
    expect(made).toEqual([3]);
    expect(u.trail).toBe(u.trail);
    expect(made).toEqual([3]);
    expect([u.position, u.paid, u.economie]).toEqual([4, 500, 500]);
    expect(Object.keys(u)).not.toContain('position');
  });

  it('adds what it receives to paid, with a step at the end, read before or after', () => {
    const before = new Unit(o, 0, 'Pool', 1_000, shared, own, 0);
    before.pay(objectiveScore(o, 1));
    before.receive(250);
    const after = new Unit(o, 0, 'Pool', 1_000, shared, own, 0);
    after.pay(objectiveScore(o, 1));
    const trail = after.trail;
    after.receive(250);
    expect(after.trail).toBe(trail);
    for (const u of [before, after]) {
      expect([u.paid, u.economie, u.redistributed]).toEqual([1_250, 0, 250]);
      expect(u.trail.map((s) => s.step)).toEqual(['fund', 'own', 'achievement', 'redistribution']);
    }
    expect(JSON.stringify(before)).toBe(JSON.stringify(after));
  });
});

describe('payment of a unit', () => {
  it('pays the decimal achievement a person computes, not its binary neighbour', () => {
    // Sub-weights 5 and 95 at 1 % and 36 %: 34,25 % exactly; in binary arithmetic just below it.
    const p = scoringPlan({
      areas: [{ name: 'A', cell: { sheet: 'Aree', cell: 'A2' } }],
      objectives: [scoringObjective({ area: 'A', weight: 100 })],
      indicators: [
        indicator({ target: atLeast(100), actual: num(1), subWeight: 5 }),
        indicator({ target: atLeast(100), actual: num(36), subWeight: 95, row: 3 }),
      ],
      params: scoringParams({ fund: 1_000, pools: [] }),
    });
    const scores = score(p);
    expect(scores.objectives[0].effective).toBeCloseTo(0.3425, 12);
    const unit = ok(distribute(p, scores, [])).units[0];
    expect(unit.allocated).toBe(1_000);
    expect(unit.paid).toBe(343); // 10,00 € x 34,25 % = 3,425 €, half up
    expect(unit.economie).toBe(657);
  });
});
