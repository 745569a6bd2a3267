import { assertReconciles, distribute } from '../../../src/domain/distribution';
import type { Distribution } from '../../../src/domain/results';
import { area, makePlan, objective, scoresFor } from '../builders';

function ok(d: Distribution) {
  if (!d.ok) throw new Error(d.reasons.map((r) => r.message).join('\n'));
  assertReconciles(d);
  return d;
}

describe('by relevance', () => {
  const plan = makePlan({
    areas: [area('Finanziaria', 33.33, 2), area('Tecnica', 33.33, 3), area('Vigilanza', 33.34, 4)],
    objectives: [
      objective({ id: '1', area: 'Finanziaria', weight: 60 }),
      objective({ id: '2', area: 'Finanziaria', weight: 40 }),
      objective({ id: '1', area: 'Tecnica', weight: 100 }),
      objective({ id: '1', area: 'Vigilanza', weight: 25 }),
      objective({ id: '2', area: 'Vigilanza', weight: 25 }),
      objective({ id: '3', area: 'Vigilanza', weight: 50 }),
    ],
    params: { fund: 1_000_001, defaultMethod: 'relevance' },
  });
  const d = ok(distribute(plan, scoresFor(plan), []));

  it('gives each area pool x relevance %, then splits it by objective weight', () => {
    // 1.000.001 x 33,33 % = 333.300,3333 (x2), x 33,34 % = 333.400,3334: floors 333.300,
    // 333.300, 333.400 leave 1 cent, to the largest rest (.3334, Vigilanza).
    // Finanziaria 333.300 x 60 / 100 = 199.980, x 40 / 100 = 133.320.
    // Vigilanza 333.401 x 25 / 100 = 83.350,25 (x2), x 50 / 100 = 166.700,5: floors leave 1
    // cent, to the largest rest (.5, objective 3).
    expect(d.units.map((u) => [u.key, u.allocated])).toEqual([
      ['Finanziaria#1', 199_980],
      ['Finanziaria#2', 133_320],
      ['Tecnica#1', 333_300],
      ['Vigilanza#1', 83_350],
      ['Vigilanza#2', 83_350],
      ['Vigilanza#3', 166_701],
    ]);
  });

  it('records the relevance and the weight in the trail, with their cells', () => {
    const v3 = d.units[5];
    expect(v3.trail.map((s) => s.step)).toEqual(['fund', 'poolAll', 'relevance', 'weight', 'achievement']);
    expect(v3.trail[2].detail).toBe('Area Vigilanza: rilevanza 33,34 % su 100 % = 3.334,01 €');
    expect(v3.trail[2].cells).toEqual([{ sheet: 'Rilevanza', cell: 'B4' }]);
    expect(v3.trail[3].detail).toBe('Peso 50 su 100 (area Vigilanza) = 1.667,01 €');
    expect(v3.trail[3].cells).toHaveLength(1);
  });
});

describe('by relevance, an area with no objective in the pool', () => {
  it('splits the pool over the areas it holds and says so for the area left out', () => {
    // Area C's only objective has a fixed budget: it is paid outside the relevance pool.
    const plan = makePlan({
      areas: [area('A', 50, 2), area('B', 30, 3), area('C', 20, 4)],
      objectives: [
        objective({ id: '1', area: 'A', weight: 100 }),
        objective({ id: '1', area: 'B', weight: 100 }),
        objective({ id: '1', area: 'C', weight: 100, fixedBudget: 100_000 }),
      ],
      params: { fund: 1_100_000, pools: [{ name: 'Aree', tipologie: [], method: 'relevance' }] },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.units.filter((u) => u.pool === 'Aree').map((u) => u.allocated)).toEqual([625_000, 375_000]);
    const w = d.warnings.filter((x) => x.code === 'DIST_RELEVANCE_AREA_OUTSIDE_POOL');
    expect(w.map((x) => x.cells)).toEqual([[{ sheet: 'Rilevanza', cell: 'B4' }]]);
    expect(w[0].message).toContain('«C» ha rilevanza 20 %');
    expect(w[0].message).toContain('sommano a 80 %');
  });

  it('says nothing when every area with a relevance has objectives in the pool', () => {
    const plan = makePlan({
      areas: [area('A', 50, 2), area('B', 50, 3), area('Senza', 0, 4)],
      objectives: [
        objective({ id: '1', area: 'A', weight: 100 }),
        objective({ id: '1', area: 'B', weight: 100 }),
      ],
      params: { fund: 1_000, defaultMethod: 'relevance' },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.warnings.map((x) => x.code)).not.toContain('DIST_RELEVANCE_AREA_OUTSIDE_POOL');
  });
});

describe('by relevance, areas interleaved in the pool', () => {
  // Rows of two areas alternate; each unit still gets its own area's split and steps.
  const plan = makePlan({
    areas: [area('Tecnica', 25, 2), area('Anagrafe', 75, 3)],
    objectives: [
      objective({ id: '1', area: 'Tecnica', weight: 1 }),
      objective({ id: '1', area: 'Anagrafe', weight: 3 }),
      objective({ id: '2', area: 'Tecnica', weight: 2 }),
      objective({ id: '2', area: 'Anagrafe', weight: 1 }),
    ],
    params: { fund: 1_000, defaultMethod: 'relevance' },
  });
  const d = ok(distribute(plan, scoresFor(plan), []));

  it('lists units in plan order with the amounts of their area', () => {
    // Tecnica 250 by 1 and 2: 83,33 and 166,67 (the cent to the larger rest). Anagrafe 750 by
    // 3 and 1: 562,5 and 187,5, the cent to the first in id order.
    expect(d.units.map((u) => [u.key, u.allocated])).toEqual([
      ['Tecnica#1', 83],
      ['Anagrafe#1', 563],
      ['Tecnica#2', 167],
      ['Anagrafe#2', 187],
    ]);
  });

  it("explains each unit's weight with its own area's sum", () => {
    expect(d.units.map((u) => u.trail[3].detail)).toEqual([
      'Peso 1 su 3 (area Tecnica) = 0,83 €',
      'Peso 3 su 4 (area Anagrafe) = 5,63 €',
      'Peso 2 su 3 (area Tecnica) = 1,67 €',
      'Peso 1 su 4 (area Anagrafe) = 1,87 €',
    ]);
    expect(d.units[1].trail[3].cells).toEqual([plan.objectives[1].weight.cell]);
  });
});

describe('areas whose name begins with its kind of unit', () => {
  const plan = makePlan({
    areas: [area('Area Amministrativa', 60, 2), area('Settore 2', 40, 3)],
    objectives: [
      objective({ id: '1', area: 'Area Amministrativa', weight: 100 }),
      objective({ id: '1', area: 'Settore 2', weight: 100 }),
    ],
    params: { fund: 1_000, defaultMethod: 'relevance' },
  });
  const d = ok(distribute(plan, scoresFor(plan), []));

  it('names them as they are, never "Area Area Amministrativa"', () => {
    expect(d.units.map((u) => [u.trail[2].detail, u.trail[3].detail])).toEqual([
      [
        'Area Amministrativa: rilevanza 60 % su 100 % = 6,00 €',
        'Peso 100 su 100 (Area Amministrativa) = 6,00 €',
      ],
      ['Settore 2: rilevanza 40 % su 100 % = 4,00 €', 'Peso 100 su 100 (Settore 2) = 4,00 €'],
    ]);
  });

  it('names objectives without an area as such in an equal split', () => {
    const byWeight = makePlan({
      objectives: [objective({ id: '1', area: 'A', weight: 100 }), objective({ id: 'P1', weight: 100 })],
      params: { fund: 1_000, defaultMethod: 'weight' },
    });
    const e = ok(distribute(byWeight, scoresFor(byWeight), []));
    expect(e.units.map((u) => u.trail[2].detail)).toEqual([
      'Area A: parte uguale, 1 di 2 aree = 5,00 €',
      'Obiettivi senza area: parte uguale, 1 di 2 aree = 5,00 €',
    ]);
  });
});

describe('by weight', () => {
  it('gives areas equal parts and treats each (area, transversal objective) row as its own unit', () => {
    const plan = makePlan({
      objectives: [
        objective({ id: '1T', area: 'A', scope: 'transversal', weight: 20 }),
        objective({ id: '1', area: 'A', weight: 80 }),
        objective({ id: '1T', area: 'B', scope: 'transversal', weight: 50 }),
        objective({ id: '1', area: 'B', weight: 50 }),
        objective({ id: '1', area: 'C', weight: 100 }),
      ],
      params: { fund: 100_000, defaultMethod: 'weight' },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    // 100.000 / 3 areas = 33.334 + 33.333 + 33.333
    // A: 33.334 x 20 % = 6.666,8 -> 6.667; x 80 % = 26.667,2 -> 26.667
    // B: 33.333 x 50 % = 16.666,5 twice: the tie goes by id, "1" before "1T" -> 16.666 + 16.667
    expect(d.units.map((u) => [u.key, u.allocated])).toEqual([
      ['A#1T', 6_667],
      ['A#1', 26_667],
      ['B#1T', 16_666],
      ['B#1', 16_667],
      ['C#1', 33_333],
    ]);
    expect(d.units[0].trail[2].detail).toBe('Area A: parte uguale, 1 di 3 aree = 333,34 €');
  });

  it('keeps plan order for units while areas interleave', () => {
    const plan = makePlan({
      objectives: [
        objective({ id: '1', area: 'A', weight: 50 }),
        objective({ id: '1', area: 'B', weight: 100 }),
        objective({ id: '2', area: 'A', weight: 50 }),
      ],
      params: { fund: 1_000, defaultMethod: 'weight' },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.units.map((u) => [u.key, u.allocated])).toEqual([
      ['A#1', 250],
      ['B#1', 500],
      ['A#2', 250],
    ]);
  });
});

describe('payment and economie', () => {
  const objs = [
    objective({ id: '1', area: 'A', weight: 50 }),
    objective({ id: '2', area: 'A', weight: 30 }),
    objective({ id: '3', area: 'A', weight: 20 }),
  ];
  const effective = { 'A#1': 1, 'A#2': 0.5, 'A#3': 0 };

  it('pays allocation x effective achievement, the rest is economie at unit, pool and total level', () => {
    const plan = makePlan({ objectives: objs, params: { fund: 10_001, defaultMethod: 'weight' } });
    const d = ok(distribute(plan, scoresFor(plan, effective), []));
    // 10.001 x 50/30/20 % = 5.000,5 / 3.000,3 / 2.000,2 -> 5.001, 3.000, 2.000
    // paid: 5.001; 3.000 x 0,5 = 1.500; 0 -> economie 0, 1.500, 2.000
    expect(d.units.map((u) => [u.allocated, u.paid, u.economie, u.redistributed])).toEqual([
      [5_001, 5_001, 0, 0],
      [3_000, 1_500, 1_500, 0],
      [2_000, 0, 2_000, 0],
    ]);
    expect(d.pools[0]).toMatchObject({ amount: 10_001, paid: 6_501, economie: 3_500 });
    expect(d.totals).toMatchObject({ paid: 6_501, economie: 3_500 });
  });

  it('rounds the payment half up to the cent', () => {
    const plan = makePlan({ objectives: [objs[0]], params: { fund: 333, defaultMethod: 'weight' } });
    const d = ok(distribute(plan, scoresFor(plan, { 'A#1': 0.5 }), []));
    expect(d.units[0]).toMatchObject({ allocated: 333, paid: 167, economie: 166 }); // 166,5 -> 167
  });

  it('redistributes economie among the units reached in full, in proportion to their allocation', () => {
    const plan = makePlan({
      objectives: [
        objective({ id: '1', area: 'A', weight: 40 }),
        objective({ id: '2', area: 'A', weight: 20 }),
        objective({ id: '3', area: 'A', weight: 30 }),
        objective({ id: '4', area: 'A', weight: 10 }),
      ],
      params: { fund: 100_000, defaultMethod: 'weight', redistributeEconomie: true },
    });
    const d = ok(distribute(plan, scoresFor(plan, { 'A#1': 1, 'A#2': 1, 'A#3': 0.9, 'A#4': 0 }), []));
    // allocated 40.000, 20.000, 30.000, 10.000; own payment 40.000, 20.000, 27.000, 0
    // economie 0 + 0 + 3.000 + 10.000 = 13.000 to A#1 and A#2 (reached in full) as 40:20
    // 13.000 x 2/3 = 8.666,67 -> 8.667; x 1/3 = 4.333,33 -> 4.333
    expect(d.units.map((u) => [u.paid, u.economie, u.redistributed])).toEqual([
      [48_667, 0, 8_667],
      [24_333, 0, 4_333],
      [27_000, 3_000, 0],
      [0, 10_000, 0],
    ]);
    expect(d.pools[0]).toMatchObject({ amount: 100_000, paid: 100_000, economie: 0 });
    expect(d.units[0].trail.at(-1)?.step).toBe('redistribution');
  });

  it('keeps economie when no unit is reached in full', () => {
    const plan = makePlan({
      objectives: objs,
      params: { fund: 10_000, defaultMethod: 'weight', redistributeEconomie: true },
    });
    const d = ok(distribute(plan, scoresFor(plan, { 'A#1': 0.9, 'A#2': 0.5, 'A#3': 0 }), []));
    expect(d.units.every((u) => u.redistributed === 0)).toBe(true);
    expect(d.totals.economie).toBe(500 + 1_500 + 2_000);
  });

  it('clamps an achievement above 1 so that a unit never pays above its allocation', () => {
    const plan = makePlan({ objectives: [objs[0]], params: { fund: 1_000 } });
    const d = ok(distribute(plan, scoresFor(plan, { 'A#1': 1.2 }), []));
    expect(d.units[0]).toMatchObject({ paid: 1_000, economie: 0, achievement: 1 });
  });
});

describe('fixed budgets', () => {
  it('pays budget x achievement half up and never redistributes their economie', () => {
    const p = objective({ id: 'P', fixedBudget: 600_000 });
    const q = objective({ id: 'Q', fixedBudget: 100_001 });
    const plan = makePlan({
      objectives: [p, q, objective({ id: '1', area: 'A', weight: 100 })],
      params: { fund: 1_000_000, redistributeEconomie: true },
    });
    const d = ok(distribute(plan, scoresFor(plan, { P: 0.75, Q: 0.5 }), []));
    // P 600.000 x 0,75 = 450.000; Q 100.001 x 0,5 = 50.000,5 -> 50.001 (half up)
    expect(d.units.slice(0, 2).map((u) => [u.key, u.pool, u.paid, u.economie, u.redistributed])).toEqual([
      ['P', 'Budget dedicati', 450_000, 150_000, 0],
      ['Q', 'Budget dedicati', 50_001, 50_000, 0],
    ]);
    expect(d.pools[0]).toMatchObject({ method: 'fixed', amount: 700_001, paid: 500_001, economie: 200_000 });
    // the rest of the fund, 299.999, goes to the one pool
    expect(d.pools[1]).toMatchObject({ amount: 299_999 });
  });
});
