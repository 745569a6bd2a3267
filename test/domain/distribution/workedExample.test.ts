/**
 * The worked example of docs/domain.md section 6, to the cent. Expected amounts are computed by hand
 * below from the stated rule (largest remainder), not by the code under test.
 */
import { distribute, assertReconciles } from '../../../src/domain/distribution';
import type { Distribution } from '../../../src/domain/results';
import { assignment, employee, makePlan, objective, scoresFor } from '../builders';

function workedExample() {
  const P = objective({
    id: 'P',
    title: 'Presenza a eventi serali',
    tipologia: 'GENERALE',
    fixedBudget: 800_000,
    row: 3,
  });
  const A = objective({ id: 'A', tipologia: 'GENERALE', category: 'innovativo', headcount: 12, row: 4 });
  const B = objective({
    id: 'B',
    area: 'Settore 1',
    tipologia: 'SETTORE 1',
    category: 'miglioramento',
    headcount: 5,
    soglia: 80,
    row: 5,
  });
  const C = objective({
    id: 'C',
    area: 'Settore 2',
    tipologia: 'SETTORE 2',
    category: 'mantenimento',
    headcount: 1,
    row: 6,
  });
  const D = objective({
    id: 'D',
    area: 'Settore 2',
    tipologia: 'Settore 2',
    category: 'strategico',
    headcount: 7,
    row: 7,
  });
  const E = objective({
    id: 'E',
    tipologia: 'INTERSETTORIALE',
    scope: 'intersectoral',
    category: 'miglioramento',
    headcount: 9,
    row: 8,
  });
  const F = objective({
    id: 'F',
    tipologia: 'Intersettoriale',
    scope: 'intersectoral',
    category: 'una tantum',
    headcount: 3,
    row: 9,
  });
  const plan = makePlan({
    objectives: [P, A, B, C, D, E, F],
    employees: [employee('Rossi Mario'), employee('Bianchi Anna'), employee('Verdi Luca')],
    assignments: [
      assignment(P.key, 'Rossi Mario'),
      assignment(P.key, 'Bianchi Anna'),
      assignment(P.key, 'Verdi Luca'),
      assignment(B.key, 'Rossi Mario', 60),
      assignment(B.key, 'Bianchi Anna', 40),
    ],
    params: {
      fund: 5_000_000,
      reserve: 500_000,
      partTime: false,
      cells: { fund: { sheet: 'Parametri', cell: 'B2' }, reserve: { sheet: 'Parametri', cell: 'B3' } },
      pools: [
        {
          name: 'Progetti intersettoriali',
          tipologie: ['intersettoriale'],
          amount: 1_000_000,
          method: 'coefficient',
          cell: { sheet: 'Parametri', cell: 'B6' },
        },
        {
          name: 'Progetti generali e di settore',
          tipologie: ['generale', 'settore'],
          method: 'coefficient',
          cell: { sheet: 'Parametri', cell: 'B7' },
        },
      ],
    },
  });
  // B reaches 85 % with soglia 80 %: scoring says it pays 85 % (proportional policy).
  const scores = scoresFor(plan, { [B.key]: 0.85 });
  return { plan, scores, P, A, B, C, D, E, F };
}

function ok(d: Distribution) {
  if (!d.ok) throw new Error(d.reasons.map((r) => r.message).join('\n'));
  return d;
}

describe('worked example (docs/domain.md section 6)', () => {
  const ex = workedExample();
  const d = ok(distribute(ex.plan, ex.scores, []));
  const unit = (key: string) => {
    const u = d.units.find((x) => x.key === key);
    if (!u) throw new Error(`no unit ${key}`);
    return u;
  };

  it('takes reserve and fixed budget off the fund, then gives the intersectoral pool its 10.000,00 and the other the rest', () => {
    expect(d.totals).toMatchObject({
      fund: 5_000_000,
      reserve: 500_000,
      fixedBudgets: 800_000,
      distributed: 4_500_000,
      unassigned: 0,
    });
    const pools = Object.fromEntries(d.pools.map((p) => [p.name, p]));
    expect(pools['Budget dedicati']).toMatchObject({ method: 'fixed', amount: 800_000, unitKeys: ['P'] });
    expect(pools['Progetti intersettoriali']).toMatchObject({ amount: 1_000_000, unitKeys: ['E', 'F'] });
    // 50.000,00 - 5.000,00 - 8.000,00 - 10.000,00 = 27.000,00
    expect(pools['Progetti generali e di settore']).toMatchObject({ amount: 2_700_000 });
    expect(pools['Progetti generali e di settore'].unitKeys).toEqual([
      'A',
      'Settore 1#B',
      'Settore 2#C',
      'Settore 2#D',
    ]);
  });

  it('splits the general-and-sector pool by coefficient 75, 30, 5, 80 (sum 190) by largest remainder', () => {
    // 2.700.000 cents x c / 190:
    //   A 75: 202.500.000 / 190 = 1.065.789 rest  90
    //   B 30:  81.000.000 / 190 =   426.315 rest 150
    //   C  5:  13.500.000 / 190 =    71.052 rest 120
    //   D 80: 216.000.000 / 190 = 1.136.842 rest  20
    // floors add up to 2.699.998: the 2 cents left go to the largest rests, B (150) and C (120).
    expect(unit('A')).toMatchObject({ coefficient: 75, allocated: 1_065_789 });
    expect(unit('Settore 1#B')).toMatchObject({ coefficient: 30, allocated: 426_316 });
    expect(unit('Settore 2#C')).toMatchObject({ coefficient: 5, allocated: 71_053 });
    expect(unit('Settore 2#D')).toMatchObject({ coefficient: 80, allocated: 1_136_842 });
  });

  it('splits the intersectoral pool by coefficient 50 and 5', () => {
    // 1.000.000 x 50 / 55 = 909.090 rest 50; x 5 / 55 = 90.909 rest 5; 1 cent left, to E.
    expect(unit('E')).toMatchObject({ coefficient: 50, allocated: 909_091 });
    expect(unit('F')).toMatchObject({ coefficient: 5, allocated: 90_909 });
  });

  it('pays B 85 % of its allocation; the rest is economia', () => {
    // 426.316 x 0,85 = 362.368,6 -> 362.369 (half up); economie 426.316 - 362.369 = 63.947
    expect(unit('Settore 1#B')).toMatchObject({ achievement: 0.85, paid: 362_369, economie: 63_947 });
    expect(unit('A')).toMatchObject({ paid: 1_065_789, economie: 0 });
    expect(d.totals.economie).toBe(63_947);
    expect(d.totals.paid).toBe(800_000 + 1_065_789 + 362_369 + 71_053 + 1_136_842 + 909_091 + 90_909);
    assertReconciles(d);
  });

  it('splits the fixed budget among three people as 2.666,67 + 2.666,67 + 2.666,66 and B by 60/40 shares', () => {
    const byName = Object.fromEntries(d.employees.map((e) => [e.name, e]));
    // 800.000 / 3 = 266.666, 2 cents left with equal rests: ties go by name, Bianchi and Rossi.
    // B: 362.369 x 60 % = 217.421,4 -> 217.421; x 40 % = 144.947,6 -> 144.947 + the cent left (rest .6 > .4)
    expect(byName['Rossi Mario'].byObjective.map((b) => b.amount)).toEqual([266_667, 217_421]);
    expect(byName['Bianchi Anna'].byObjective.map((b) => b.amount)).toEqual([266_667, 144_948]);
    expect(byName['Verdi Luca'].total).toBe(266_666);
    expect(byName['Rossi Mario'].total).toBe(266_667 + 217_421);
  });

  it('warns about units with a payment and no staff, keeping the amount on the unit', () => {
    const noStaff = d.warnings.filter((w) => w.code === 'DIST_UNIT_WITHOUT_STAFF').map((w) => w.objective);
    expect(noStaff).toEqual(['E', 'F', 'A', 'C', 'D']);
    const a = d.warnings.find((w) => w.objective === 'A');
    expect(a?.message).toContain('10.657,89');
  });

  it('keeps a trail with the pool, the coefficient and the achievement, with their cells', () => {
    const b = unit('Settore 1#B');
    expect(b.trail.map((s) => s.step)).toEqual(['fund', 'poolRest', 'coefficient', 'achievement']);
    expect(b.trail[0].detail).toContain('restano 37.000,00');
    expect(b.trail[0].cells).toEqual([
      { sheet: 'Parametri', cell: 'B2' },
      { sheet: 'Parametri', cell: 'B3' },
    ]);
    expect(b.trail[1].detail).toContain('27.000,00');
    expect(b.trail[1].cells).toEqual([{ sheet: 'Parametri', cell: 'B7' }]);
    expect(b.trail[2].detail).toContain('miglioramento (20 punti)');
    expect(b.trail[2].detail).toContain('30 su 190');
    expect(b.trail[2].detail).toContain('4.263,16');
    expect(b.trail[2].cells).toEqual([
      { sheet: 'Piano', cell: 'E5' },
      { sheet: 'Piano', cell: 'F5' },
    ]);
    expect(b.trail[3].detail).toContain('85 %');
    expect(b.trail[3].detail).toContain('economie 639,47');
    const rossi = d.employees.find((e) => e.name === 'Rossi Mario');
    const onB = rossi?.byObjective.find((x) => x.objectiveKey === 'Settore 1#B');
    expect(onB?.share).toBeCloseTo(0.6, 12);
    expect(onB?.trail.map((s) => s.step)).toEqual([...b.trail.map((s) => s.step), 'share', 'employeeAmount']);
    const p = unit('P');
    expect(p.trail[0]).toMatchObject({ step: 'fixed', cells: [{ sheet: 'Piano', cell: 'H3' }] });
  });

  it('summarises for transparency over the paid employees', () => {
    // Rossi 484.088, Bianchi 411.615, Verdi 266.666
    // Paid as published: what the three employees receive (1.162.369 cents); the objectives
    // nobody in this example is assigned to were paid with nobody to hand it to.
    expect(d.transparency).toMatchObject({
      allocated: 4_500_000,
      paid: 1_162_369,
      withoutStaff: d.totals.paid - 1_162_369,
      economie: 63_947,
      employees: 3,
      minimum: 266_666,
      median: 411_615,
      maximum: 484_088,
      average: 387_456, // 1.162.369 / 3 = 387.456,33
    });
    expect(d.transparency.aboveAveragePercent).toBeCloseTo(200 / 3, 8);
  });
});

describe('splitting 1.000,00 equally among three objectives', () => {
  it('gives 333,34 + 333,33 + 333,33', () => {
    const objs = ['1', '2', '3'].map((id) => objective({ id, area: 'Area unica', weight: 10 }));
    const plan = makePlan({ objectives: objs, params: { fund: 100_000, defaultMethod: 'weight' } });
    const d = ok(distribute(plan, scoresFor(plan), []));
    expect(d.units.map((u) => u.allocated)).toEqual([33_334, 33_333, 33_333]);
    assertReconciles(d);
  });
});
