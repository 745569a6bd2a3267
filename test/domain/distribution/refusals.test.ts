import { distribute } from '../../../src/domain/distribution';
import { finding, type Finding } from '../../../src/domain/findings';
import type { Plan } from '../../../src/domain/model';
import type { Distribution, Scores } from '../../../src/domain/results';
import { area, assignment, cell, employee, makePlan, objective, scoresFor } from '../builders';

function reasons(d: Distribution): Finding[] {
  if (d.ok) throw new Error('expected a refusal');
  return d.reasons;
}
const codes = (d: Distribution) => reasons(d).map((r) => r.code);

/** The reasons the payment is refused, the allocation being written (the allocation phase). */
function paymentRefused(d: Distribution): Finding[] {
  if (!d.ok) throw new Error(`expected an allocation, refused: ${d.reasons.map((r) => r.code).join(', ')}`);
  expect(d.phase).toBe('allocation');
  expect(d.paymentWaits).toBe(false);
  return d.paymentReasons;
}

function refused(plan: Plan, scores: Scores = scoresFor(plan), findings: Finding[] = []) {
  return distribute(plan, scores, findings);
}

const weighted = () => [
  objective({ id: '1', area: 'A', weight: 60 }),
  objective({ id: '2', area: 'A', weight: 40 }),
];

describe('refusals', () => {
  it('refuses while the findings handed in have an error, and repeats them as reasons', () => {
    const plan = makePlan({ objectives: weighted(), params: { fund: 1_000 } });
    const error = finding({ code: 'WEIGHTS_SUM', severity: 'error', params: { area: 'A' } });
    const warning = finding({ code: 'SOMETHING_MINOR', severity: 'warning' });
    expect(reasons(refused(plan, scoresFor(plan), [warning, error]))).toEqual([error]);
    const scores = { ...scoresFor(plan), findings: [error] };
    expect(reasons(refused(plan, scores, [error]))).toEqual([error]); // passed twice, listed once
    const d = refused(plan, scoresFor(plan), [warning]);
    expect(d.ok).toBe(true);
    if (d.ok) expect(d.warnings).toContain(warning);
  });

  it('does not call a negative weight missing when validation reported it, yet refuses without validation', () => {
    const objs = [
      objective({ id: '1', area: 'A', weight: 130 }),
      objective({ id: '2', area: 'A', weight: -30 }),
    ];
    const plan = makePlan({ objectives: objs, params: { fund: 1_000, defaultMethod: 'weight' } });
    const negative = finding({
      code: 'WEIGHT_NEGATIVE',
      severity: 'error',
      params: { area: 'A' },
      cells: [objs[1].weight.cell as NonNullable<(typeof objs)[1]['weight']['cell']>],
    });
    expect(codes(refused(plan, scoresFor(plan), [negative]))).toEqual(['WEIGHT_NEGATIVE']);
    expect(codes(refused(plan))).toEqual(['DIST_MISSING_WEIGHT']);
  });

  it('refuses without a fund', () => {
    const plan = makePlan({
      objectives: weighted(),
      params: { cells: { fund: cell('B2', 'Parametri') } },
    });
    const [r] = reasons(refused(plan));
    expect(r).toMatchObject({ code: 'DIST_NO_FUND', severity: 'error', cells: [cell('B2', 'Parametri')] });
    expect(r.message).toMatch(/Manca l'importo del fondo/);
  });

  it('refuses the payment of an objective whose achievement is unknown, pointing at its cells, and allocates', () => {
    const objs = weighted();
    const plan = makePlan({ objectives: objs, params: { fund: 1_000 } });
    const scores = scoresFor(plan, { [objs[1].key]: undefined });
    const d = refused(plan, scores);
    const rs = paymentRefused(d);
    expect(rs.map((r) => r.code)).toEqual(['DIST_MISSING_ACHIEVEMENT']);
    // The allocation is written all the same: 60 and 40 of the fund, nothing paid.
    if (d.ok) {
      expect(d.units.map((u) => [u.id, u.allocated, u.paid])).toEqual([
        ['1', 600, 0],
        ['2', 400, 0],
      ]);
      expect(d.totals.paid).toBe(0);
    }
    expect(rs[0]).toMatchObject({ objective: '2', area: 'A', cells: [objs[1].cell] });
    // The area tells two copies of a transversal id apart.
    expect(rs[0].message).toContain('Obiettivo 2 «Obiettivo 2» (A)');
    // An objective with no score at all is just as unknown
    // With no achievement at all the payment waits: not a refusal, no reason per objective.
    const noScore: Scores = { objectives: [], areas: [], findings: [] };
    const waiting = refused(plan, noScore);
    expect(waiting).toMatchObject({ ok: true, phase: 'allocation', paymentWaits: true, paymentReasons: [] });
    if (waiting.ok) expect(waiting.warnings.map((w) => w.code)).toContain('DIST_PAYMENT_WAITS');
  });

  it('does not ask for the achievement of objectives no pool pays', () => {
    const paid = objective({ id: '1', tipologia: 'GENERALE', weight: 100 });
    const outside = objective({ id: '2', tipologia: 'INTERSETTORIALE', weight: 100 });
    const plan = makePlan({
      objectives: [paid, outside],
      params: { fund: 1_000, pools: [{ name: 'G', tipologie: ['generale'], method: 'weight' }] },
    });
    expect(refused(plan, scoresFor(plan, { [outside.key]: undefined })).ok).toBe(true);
  });

  it('refuses a coefficient pool holding projects without category, with an unknown one, or without headcount', () => {
    const plan = makePlan({
      objectives: [
        objective({ id: '1', headcount: 3 }),
        objective({ id: '2', category: 'fantastico', headcount: 3 }),
        objective({ id: '3', category: 'strategico' }),
        objective({ id: '4', category: 'Una  Tantum', headcount: 2 }),
      ],
      params: { fund: 1_000, defaultMethod: 'coefficient' },
    });
    const rs = reasons(refused(plan));
    expect(rs.map((r) => [r.code, r.objective])).toEqual([
      ['DIST_MISSING_CATEGORY', '1'],
      ['DIST_UNKNOWN_CATEGORY', '2'],
      ['DIST_MISSING_HEADCOUNT', '3'],
    ]);
    expect(rs[1].message).toContain('«fantastico»');
    expect(rs[1].message).toContain('«Fondo»');
  });

  it('refuses coefficients adding up to 0 in a pool with money', () => {
    const plan = makePlan({
      objectives: [objective({ id: '1', category: 'strategico', headcount: 0 })],
      params: { fund: 1_000, defaultMethod: 'coefficient' },
    });
    const [r] = reasons(refused(plan));
    expect(r.code).toBe('DIST_ZERO_COEFFICIENTS');
    expect(r.message).toContain('10,00');
  });

  it('refuses relevance pools with an area without relevance, an objective without area, or relevances adding up to 0', () => {
    const plan = makePlan({
      areas: [area('A', 100, 2), area('B', undefined, 3)],
      objectives: [
        objective({ id: '1', area: 'A', weight: 100 }),
        objective({ id: '1', area: 'B', weight: 100 }),
        objective({ id: 'G', weight: 100 }),
      ],
      params: { fund: 1_000, defaultMethod: 'relevance' },
    });
    const rs = reasons(refused(plan));
    // Areas in name order; objectives without area first.
    expect(rs.map((r) => r.code)).toEqual(['DIST_UNIT_WITHOUT_AREA', 'DIST_MISSING_RELEVANCE']);
    expect(rs[1]).toMatchObject({ area: 'B', cells: [cell('A3', 'Rilevanza')] });
    expect(rs[1].message).toBe(
      "L'area «B» non ha una rilevanza, ma il pool «Fondo» si ripartisce tra le aree per rilevanza.",
    );

    const zero = makePlan({
      areas: [area('A', 0)],
      objectives: [objective({ id: '1', area: 'A', weight: 100 })],
      params: { fund: 1_000, defaultMethod: 'relevance' },
    });
    expect(codes(refused(zero))).toEqual(['DIST_ZERO_RELEVANCE']);
  });

  it('refuses objectives without weight, and areas whose weights add up to 0', () => {
    const plan = makePlan({
      objectives: [objective({ id: '1', area: 'A', weight: 100 }), objective({ id: '2', area: 'A' })],
      params: { fund: 1_000, defaultMethod: 'weight' },
    });
    const [r] = reasons(refused(plan));
    expect(r).toMatchObject({ code: 'DIST_MISSING_WEIGHT', objective: '2' });
    const zero = makePlan({
      objectives: [
        objective({ id: '1', area: 'A', weight: 0 }),
        objective({ id: '1', area: 'B', weight: 100 }),
      ],
      params: { fund: 1_000, defaultMethod: 'weight' },
    });
    const [z] = reasons(refused(zero));
    expect(z).toMatchObject({ code: 'DIST_ZERO_WEIGHTS', area: 'A' });
    expect(z.message).toContain('5,00'); // area A's half of 10,00
  });

  it('names the area of a missing or zero weight once, whatever its name', () => {
    const plan = makePlan({
      objectives: [
        objective({ id: '1', area: 'Area Tecnica', weight: 100 }),
        objective({ id: '2', area: 'Area Tecnica' }),
        objective({ id: '1', area: 'Finanziaria', weight: 0 }),
      ],
      params: { fund: 1_000, defaultMethod: 'weight' },
    });
    const messages = reasons(refused(plan)).map((r) => r.message);
    expect(messages).toEqual([
      expect.stringContaining('(Area Tecnica): manca il peso'),
      expect.stringMatching(/^Area Finanziaria, pool/),
    ]);
    expect(messages.join('\n')).not.toMatch(/area Area/i);
  });

  it('refuses a missing individual evaluation when the option is on', () => {
    const [o] = weighted();
    const plan = makePlan({
      objectives: [o],
      employees: [employee('Anna', { evaluation: 90 }), employee('Bruno')],
      assignments: [assignment(o.key, 'Anna'), assignment(o.key, 'Bruno'), assignment(o.key, 'Ignoto')],
      params: { fund: 1_000, individualEvaluation: true },
    });
    const rs = paymentRefused(refused(plan));
    expect(rs.map((r) => [r.code, r.params.employee])).toEqual([
      ['DIST_MISSING_EVALUATION', 'Bruno'],
      ['DIST_MISSING_EVALUATION', 'Ignoto'],
    ]);
    plan.params.individualEvaluation = false;
    expect(refused(plan)).toMatchObject({ ok: true, phase: 'payment' });
  });

  it('refuses reserve, fixed budgets and pools exceeding the fund, with the numbers', () => {
    const plan = makePlan({
      objectives: [
        objective({ id: 'P', tipologia: 'GENERALE', fixedBudget: 300_000 }),
        objective({ id: '1', tipologia: 'GENERALE', weight: 100 }),
      ],
      params: {
        fund: 1_000_000,
        reserve: 200_000,
        pools: [
          { name: 'Uno', tipologie: ['generale'], amount: 400_000, method: 'weight' },
          { name: 'Due', tipologie: [], percent: 50, method: 'weight' },
        ],
      },
    });
    const [r] = reasons(refused(plan));
    // remains 1.000.000 - 200.000 - 300.000 = 500.000; pools 400.000 + 50 % = 650.000
    expect(r.code).toBe('DIST_OVER_FUND');
    expect(r.params).toMatchObject({
      fund: '10.000,00',
      reserve: '2.000,00',
      fixed: '3.000,00',
      pools: '6.500,00',
      committed: '11.500,00',
      excess: '1.500,00',
    });
    expect(r.message).toContain('eccedenza di 1.500,00 €');
  });

  it('refuses percent pools over 100 % and reserve plus fixed budgets over the fund', () => {
    const pct = makePlan({
      objectives: weighted(),
      params: {
        fund: 1_000,
        pools: [
          { name: 'Uno', tipologie: ['settore'], percent: 60, method: 'weight' },
          { name: 'Due', tipologie: [], percent: 50, method: 'weight' },
        ],
      },
    });
    expect(codes(refused(pct))).toEqual(['DIST_OVER_FUND']);
    const fixed = makePlan({
      objectives: [objective({ id: 'P', fixedBudget: 900 }), ...weighted()],
      params: { fund: 1_000, reserve: 200 },
    });
    const [r] = reasons(refused(fixed));
    expect(r).toMatchObject({ code: 'DIST_OVER_FUND', params: { excess: '1,00' } });
  });

  it('refuses ambiguous or negative pools, a negative reserve and a negative fixed budget', () => {
    const plan = makePlan({
      objectives: [objective({ id: 'P', fixedBudget: -5, weight: 100 }), ...weighted()],
      params: {
        fund: 1_000,
        reserve: -1,
        pools: [
          { name: 'Doppio', tipologie: ['settore'], amount: 100, percent: 10, method: 'weight' },
          { name: 'Negativo', tipologie: [], percent: -10, method: 'weight' },
        ],
      },
    });
    expect(codes(refused(plan)).sort()).toEqual(
      [
        'DIST_NEGATIVE_FIXED_BUDGET',
        'DIST_NEGATIVE_POOL',
        'DIST_NEGATIVE_RESERVE',
        'DIST_POOL_AMOUNT_AND_PERCENT',
      ].sort(),
    );
  });

  it('refuses two objective rows with the same key', () => {
    const plan = makePlan({
      objectives: [
        objective({ id: '1', area: 'A', weight: 50 }),
        objective({ id: '1', area: 'A', weight: 50 }),
      ],
      params: { fund: 1_000 },
    });
    const [r] = reasons(refused(plan));
    expect(r).toMatchObject({ code: 'DIST_DUPLICATE_KEY', params: { count: 2 } });
  });

  it('lists every reason in one run', () => {
    const objs = weighted();
    const plan = makePlan({ objectives: objs, params: {} });
    const error = finding({ code: 'WEIGHTS_SUM', severity: 'error' });
    expect(codes(refused(plan, scoresFor(plan, { [objs[0].key]: undefined }), [error]))).toEqual([
      'WEIGHTS_SUM',
      'DIST_NO_FUND',
      'DIST_MISSING_ACHIEVEMENT',
    ]);
  });
});
