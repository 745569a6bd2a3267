import { assertReconciles, distribute } from '../../../src/domain/distribution';
import type { Pool } from '../../../src/domain/model';
import type { Distribution } from '../../../src/domain/results';
import { area, makePlan, objective, scoresFor } from '../builders';

function ok(d: Distribution) {
  if (!d.ok) throw new Error(d.reasons.map((r) => r.message).join('\n'));
  assertReconciles(d);
  return d;
}

const pool = (p: Partial<Pool> & { name: string }): Pool => ({ tipologie: [], method: 'weight', ...p });

describe('pools', () => {
  const gen = objective({ id: 'G1', tipologia: 'GENERALE', weight: 100 });
  const s1 = objective({ id: 'S1', area: 'Tecnica', tipologia: 'SETTORE 3', weight: 100 });
  const inter = objective({ id: 'I1', tipologia: 'Intersettoriale', weight: 100 });

  it('computes percent pools of what remains after reserve and fixed budgets, rounding half up', () => {
    // fund 100.001 cents, reserve 1: 100.000 cents remain for the pools
    // 33,335 % of 100.000 = 33.335 cents exactly; 12,5 % = 12.500; the rest pool gets 54.165
    const plan = makePlan({
      objectives: [gen, s1, inter],
      params: {
        fund: 100_001,
        reserve: 1,
        pools: [
          pool({ name: 'Inter', tipologie: ['intersettoriale'], percent: 33.335 }),
          pool({ name: 'Generali', tipologie: ['generale'], percent: 12.5 }),
          pool({ name: 'Resto', tipologie: ['settore'] }),
        ],
      },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.pools.map((p) => [p.name, p.amount])).toEqual([
      ['Inter', 33_335],
      ['Generali', 12_500],
      ['Resto', 54_165],
    ]);
    expect(d.units.map((u) => [u.key, u.pool])).toEqual([
      ['I1', 'Inter'],
      ['G1', 'Generali'],
      ['Tecnica#S1', 'Resto'],
    ]);
  });

  it('rounds two 50 % pools of an odd amount so they never exceed it', () => {
    // 101 cents: 50,5 + 50,5 -> 51 + 50 (the tie to the first), not 51 + 51
    const plan = makePlan({
      objectives: [gen, s1],
      params: {
        fund: 101,
        pools: [
          pool({ name: 'A', tipologie: ['generale'], percent: 50 }),
          pool({ name: 'B', tipologie: ['settore'], percent: 50 }),
        ],
      },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.pools.map((p) => p.amount)).toEqual([51, 50]);
  });

  it('shares the rest equally among pools without amount or percent', () => {
    const plan = makePlan({
      objectives: [gen, s1, inter],
      params: {
        fund: 1_000_000,
        pools: [
          pool({ name: 'Fisso', tipologie: ['intersettoriale'], amount: 300_001 }),
          pool({ name: 'R1', tipologie: ['generale'] }),
          pool({ name: 'R2', tipologie: ['settore'] }),
        ],
      },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    // 699.999 / 2 = 349.999,5: the cent to the first
    expect(d.pools.map((p) => p.amount)).toEqual([300_001, 350_000, 349_999]);
  });

  it('reports what no pool receives as unassigned, and objectives outside every pool', () => {
    const plan = makePlan({
      objectives: [gen, s1, inter],
      params: {
        fund: 1_000_000,
        reserve: 100_000,
        pools: [pool({ name: 'Solo generali', tipologie: ['generale'], amount: 500_000 })],
      },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.totals.unassigned).toBe(400_000);
    expect(d.units.map((u) => u.key)).toEqual(['G1']);
    const outside = d.warnings.filter((w) => w.code === 'DIST_OBJECTIVE_OUTSIDE_POOLS');
    expect(outside.map((w) => w.objective)).toEqual(['S1', 'I1']);
    expect(outside[0].message).toContain('SETTORE 3');
    expect(d.warnings.find((w) => w.code === 'DIST_UNASSIGNED')?.message).toContain('4.000,00');
  });

  it('puts objectives of tipologie no pool lists into the pool with no tipologie', () => {
    const plan = makePlan({
      objectives: [gen, s1, inter],
      params: {
        fund: 90_000,
        pools: [
          pool({ name: 'Tutto il resto', tipologie: [], amount: 60_000 }),
          pool({ name: 'Inter', tipologie: ['intersettoriale'] }),
        ],
      },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.pools.map((p) => [p.name, p.amount, p.unitKeys])).toEqual([
      ['Tutto il resto', 60_000, ['G1', 'Tecnica#S1']],
      ['Inter', 30_000, ['I1']],
    ]);
  });

  it('sends the amount of a pool with no objectives to unassigned, with a warning', () => {
    const plan = makePlan({
      objectives: [gen],
      params: {
        fund: 10_000,
        pools: [
          pool({ name: 'Generali', tipologie: ['generale'], amount: 7_000 }),
          pool({ name: 'Vuoto', tipologie: ['intersettoriale'], method: 'coefficient' }),
        ],
      },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.totals.unassigned).toBe(3_000);
    expect(d.pools[1]).toMatchObject({ name: 'Vuoto', amount: 3_000, paid: 0, economie: 0, unitKeys: [] });
    expect(d.warnings.map((w) => w.code)).toContain('DIST_EMPTY_POOL');
  });

  it('falls back from tipologia to scope for projects: transversal and general count as generale, area as settore', () => {
    const t = {
      ...objective({ id: '1T', area: 'Tecnica', scope: 'transversal', weight: 50 }),
      project: true,
    };
    const a = { ...objective({ id: '2', area: 'Tecnica', weight: 50 }), project: true };
    const plan = makePlan({
      objectives: [t, a],
      params: {
        fund: 10_000,
        pools: [
          pool({ name: 'G', tipologie: ['GENERALE'], amount: 4_000 }),
          pool({ name: 'S', tipologie: ['Settore'] }),
        ],
      },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.units.map((u) => [u.key, u.pool, u.allocated])).toEqual([
      ['Tecnica#1T', 'G', 4_000],
      ['Tecnica#2', 'S', 6_000],
    ]);
  });

  it('puts the objectives of the weight tables (not projects) in the "obiettivi" pool', () => {
    const a = objective({ id: '1', area: 'Tecnica', weight: 100 });
    const p = { ...objective({ id: 'P1', area: 'Tecnica', weight: 100 }), key: 'P1', project: true };
    const plan = makePlan({
      objectives: [a, p],
      params: {
        fund: 10_000,
        pools: [
          pool({ name: 'Progetti', tipologie: ['SETTORE'], amount: 3_000 }),
          pool({ name: 'Obiettivi', tipologie: ['OBIETTIVI'], method: 'weight' }),
        ],
      },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.units.map((u) => [u.key, u.pool, u.allocated])).toEqual([
      ['P1', 'Progetti', 3_000],
      ['Tecnica#1', 'Obiettivi', 7_000],
    ]);
  });
});

describe('the single pool when none is declared', () => {
  it('uses relevance when an area has one', () => {
    const plan = makePlan({
      areas: [area('A', 60), area('B', 40)],
      objectives: [
        objective({ id: '1', area: 'A', weight: 100 }),
        objective({ id: '1', area: 'B', weight: 100 }),
      ],
      params: { fund: 1_000 },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.pools).toHaveLength(1);
    expect(d.pools[0]).toMatchObject({ name: 'Fondo', method: 'relevance', amount: 1_000 });
    expect(d.units.map((u) => u.allocated)).toEqual([600, 400]);
  });

  it('uses coefficients when every objective has category and headcount', () => {
    const plan = makePlan({
      objectives: [
        objective({ id: '1', category: 'strategico', headcount: 1 }), // 40 x 0,5 = 20
        objective({ id: '2', category: 'mantenimento', headcount: 10 }), // 10 x 3 = 30
      ],
      params: { fund: 1_000 },
    });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.pools[0].method).toBe('coefficient');
    expect(d.units.map((u) => [u.coefficient, u.allocated])).toEqual([
      [20, 400],
      [30, 600],
    ]);
  });

  it('uses weights otherwise, and the declared default method when there is one', () => {
    const objs = [
      objective({ id: '1', area: 'A', weight: 30, category: 'strategico', headcount: 1 }),
      objective({ id: '2', area: 'A', weight: 70 }),
    ];
    const auto = makePlan({ objectives: objs, params: { fund: 1_000 } });
    const d = ok(distribute(auto, scoresFor(auto), []));
    expect(d.pools[0].method).toBe('weight');
    expect(d.units.map((u) => u.allocated)).toEqual([300, 700]);

    const declared = makePlan({
      objectives: objs.slice(0, 1),
      areas: [area('A', 100)],
      params: { fund: 1_000, defaultMethod: 'coefficient' },
    });
    const d2 = ok(distribute(declared, scoresFor(declared), []));
    expect(d2.pools[0].method).toBe('coefficient');
  });
});
