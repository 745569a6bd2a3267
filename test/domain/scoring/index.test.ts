import { score } from '../../../src/domain/scoring';
import {
  atLeast,
  atMost,
  bool,
  cell,
  deadline,
  date,
  indicator,
  manualTarget,
  num,
  objective,
  params,
  plan,
  yesNo,
} from './build';

describe('score: objectives from indicators', () => {
  it('weighs indicators by their given sub-weights', () => {
    // (70 x 85/100 + 30 x 1) / 100 = 0.895
    const s = score(
      plan({
        objectives: [objective({ key: 'A#1', area: 'A', weight: 100 })],
        indicators: [
          indicator({ target: atLeast(100), actual: num(85), subWeight: 70, row: 2 }),
          indicator({ target: yesNo(), actual: bool(true), subWeight: 30, row: 3 }),
        ],
      }),
    );
    const [o] = s.objectives;
    expect(o.source).toBe('indicators');
    expect(o.achievement).toBeCloseTo(0.895, 12);
    expect(o.effective).toBeCloseTo(0.895, 12);
    expect(o.indicators.map((i) => [i.index, i.subWeight])).toEqual([
      [0, 70],
      [1, 30],
    ]);
    expect(o.indicators[0].cells).toContainEqual(cell('D2'));
    expect(s.findings).toEqual([]);
  });

  it('uses equal sub-weights when none are given', () => {
    // (0.5 + 1 + 0) / 3
    const s = score(
      plan({
        objectives: [objective({ key: 'A#1', area: 'A', weight: 100 })],
        indicators: [
          indicator({ target: atLeast(10), actual: num(5) }),
          indicator({ target: atMost(2), actual: num(1) }),
          indicator({ target: yesNo(), actual: bool(false) }),
        ],
      }),
    );
    expect(s.objectives[0].achievement).toBeCloseTo(0.5, 12);
    s.objectives[0].indicators.forEach((i) => expect(i.subWeight).toBeCloseTo(100 / 3, 12));
  });

  it('attaches indicators to the exact objective key only', () => {
    const s = score(
      plan({
        objectives: [
          objective({ key: 'A#1T', id: '1T', area: 'A', weight: 50 }),
          objective({ key: 'B#1T', id: '1T', area: 'B', weight: 50 }),
        ],
        indicators: [
          indicator({ objectiveKey: 'A#1T', target: atLeast(100), actual: num(40) }),
          indicator({ objectiveKey: 'B#1T', target: atLeast(100), actual: num(90) }),
        ],
      }),
    );
    expect(s.objectives.map((o) => o.achievement)).toEqual([0.4, 0.9]);
    expect(s.objectives[0].indicators.map((i) => i.index)).toEqual([0]);
    expect(s.objectives[1].indicators.map((i) => i.index)).toEqual([1]);
  });

  it('explains each indicator', () => {
    const s = score(
      plan({
        objectives: [objective({ area: 'A', weight: 100 })],
        indicators: [indicator({ target: deadline('2023-12-31'), actual: date('2024-02-15') })],
      }),
    );
    expect(s.objectives[0].indicators[0].explanation).toBe(
      'completato il 15/02/2024, scadenza 31/12/2023: 2 mesi di ritardo, -20%: 80%',
    );
    expect(s.objectives[0].achievement).toBeCloseTo(0.8, 12);
  });
});

describe('score: manual achievements', () => {
  it('the objective manual % wins over its indicators, and silences their findings', () => {
    const s = score(
      plan({
        objectives: [objective({ area: 'A', weight: 100, manual: 65 })],
        indicators: [
          indicator({ target: atLeast(100), actual: num(100) }),
          indicator({ target: atLeast(5) }),
        ],
      }),
    );
    const [o] = s.objectives;
    expect(o.source).toBe('manual');
    expect(o.achievement).toBeCloseTo(0.65, 12);
    expect(o.cells).toContainEqual(cell('E2'));
    expect(o.indicators[1].missingActual).toBe(true);
    expect(s.findings).toEqual([]);
  });

  it('the indicator manual % wins over its target', () => {
    const s = score(
      plan({
        objectives: [objective({ area: 'A', weight: 100 })],
        indicators: [
          indicator({ target: manualTarget('Tutti quelli possibili'), manual: 80, subWeight: 50 }),
          indicator({ target: atLeast(10), actual: num(10), manual: 20, subWeight: 50 }),
        ],
      }),
    );
    expect(s.objectives[0].achievement).toBeCloseTo(0.5, 12);
    expect(s.objectives[0].source).toBe('indicators');
    expect(s.findings).toEqual([]);
  });
});

describe('score: soglia and payout curve', () => {
  const oneObjective = (actual: number, soglia: number | undefined, overrides = {}) =>
    score(
      plan({
        objectives: [objective({ area: 'A', weight: 100, soglia })],
        indicators: [indicator({ target: atLeast(100), actual: num(actual) })],
        params: params(overrides),
      }),
    ).objectives[0];

  it('proportional policy: the worked example pays 85 % with soglia 80 %', () => {
    expect(oneObjective(85, 80)).toMatchObject({ achievement: 0.85, effective: 0.85, belowSoglia: false });
    expect(oneObjective(80, 80)).toMatchObject({ achievement: 0.8, effective: 0.8, belowSoglia: false });
    expect(oneObjective(79, 80)).toMatchObject({ achievement: 0.79, effective: 0, belowSoglia: true });
  });

  it('full policy: pays everything at or above the soglia, nothing below', () => {
    expect(oneObjective(85, 80, { sogliaPolicy: 'full' })).toMatchObject({
      effective: 1,
      belowSoglia: false,
    });
    expect(oneObjective(80, 80, { sogliaPolicy: 'full' })).toMatchObject({
      effective: 1,
      belowSoglia: false,
    });
    expect(oneObjective(79, 80, { sogliaPolicy: 'full' })).toMatchObject({ effective: 0, belowSoglia: true });
  });

  it('applies the payout curve after the soglia', () => {
    const payoutCurve = [
      { from: 0, payout: 0 },
      { from: 60, payout: 'proportional' as const },
      { from: 90, payout: 100 },
    ];
    expect(oneObjective(55, undefined, { payoutCurve }).effective).toBe(0);
    expect(oneObjective(75, undefined, { payoutCurve }).effective).toBe(0.75);
    expect(oneObjective(92, undefined, { payoutCurve }).effective).toBe(1);
    // soglia 70 with the full policy lifts 75 % to 100 %, the curve pays 100 %.
    expect(oneObjective(75, 70, { payoutCurve, sogliaPolicy: 'full' }).effective).toBe(1);
  });

  it('below the soglia pays 0 even when the curve pays a fixed % at 0', () => {
    const payoutCurve = [{ from: 0, payout: 10 }];
    expect(oneObjective(50, 60, { payoutCurve })).toMatchObject({ effective: 0, belowSoglia: true });
    expect(oneObjective(50, undefined, { payoutCurve }).effective).toBe(0.1);
  });
});

describe('score: areas', () => {
  it('weighs raw objective achievements (not the effective payout) by weight', () => {
    // Finanziaria: 60 x 0.5 (below soglia, pays 0) + 40 x 1 = 70 / 100.
    const s = score(
      plan({
        areas: [{ name: 'Finanziaria' }],
        objectives: [
          objective({ key: 'F#1', area: 'Finanziaria', weight: 60, soglia: 80 }),
          objective({ key: 'F#2', area: 'Finanziaria', weight: 40, manual: 100 }),
          objective({ key: 'T#1', area: 'Tecnica', weight: 100, manual: 30 }),
        ],
        indicators: [indicator({ objectiveKey: 'F#1', target: atLeast(10), actual: num(5) })],
      }),
    );
    expect(s.objectives[0]).toMatchObject({ achievement: 0.5, effective: 0, belowSoglia: true });
    expect(s.areas).toEqual([
      { area: 'Finanziaria', score: 0.7, weightSum: 100, objectives: ['F#1', 'F#2'] },
      { area: 'Tecnica', score: 0.3, weightSum: 100, objectives: ['T#1'] },
    ]);
  });
});

describe('score: findings', () => {
  it('a missing actual is an error naming objective and indicator, at the actual cell', () => {
    const s = score(
      plan({
        objectives: [
          objective({
            key: 'Fin#2',
            id: '2',
            title: 'Riduzione tempi di pagamento',
            area: 'Finanziaria',
            weight: 100,
          }),
        ],
        indicators: [
          indicator({
            objectiveKey: 'Fin#2',
            description: 'Fatture pagate entro 30 giorni',
            target: atLeast(90, true),
            row: 7,
          }),
          indicator({ objectiveKey: 'Fin#2', target: atLeast(1), actual: num(1), row: 8 }),
        ],
      }),
    );
    const [o] = s.objectives;
    expect(o.achievement).toBeUndefined();
    expect(o.effective).toBeUndefined();
    expect(o.source).toBe('none');
    expect(o.indicators[0]).toMatchObject({ missingActual: true, needsManual: false });
    expect(s.findings).toHaveLength(1);
    const [f] = s.findings;
    expect(f).toMatchObject({
      code: 'SCORE_MISSING_ACTUAL',
      severity: 'error',
      area: 'Finanziaria',
      objective: 'Fin#2',
      cells: [cell('C7')],
    });
    expect(f.message).toBe(
      'Obiettivo 2 «Riduzione tempi di pagamento» (Finanziaria), indicatore «Fatture pagate entro 30 giorni»: manca il valore raggiunto. Serve per calcolare il grado di raggiungimento e distribuire il fondo.',
    );
  });

  it('falls back to the indicator row when the actual has no cell', () => {
    const ind = indicator({ target: atLeast(5), row: 4 });
    delete ind.actual.cell;
    const s = score(plan({ objectives: [objective({ area: 'A', weight: 100 })], indicators: [ind] }));
    expect(s.findings[0].cells).toEqual([cell('A4:F4')]);
  });

  it('a target that is not machine readable asks for the grado di raggiungimento', () => {
    const s = score(
      plan({
        objectives: [objective({ id: '3', title: 'Supporto agli organi', area: 'Segreteria', weight: 100 })],
        indicators: [
          indicator({
            description: 'Sedute assistite',
            target: manualTarget('Tutte quelle convocate'),
            row: 5,
          }),
        ],
      }),
    );
    const [f] = s.findings;
    expect(f).toMatchObject({
      code: 'SCORE_NEEDS_MANUAL',
      severity: 'error',
      area: 'Segreteria',
      objective: 'A#1',
      cells: [cell('B5')],
    });
    expect(f.message).toContain('«Tutte quelle convocate» non è leggibile in modo automatico');
    expect(f.message).toContain('grado di raggiungimento');
    expect(f.message).toContain('Obiettivo 3 «Supporto agli organi» (Segreteria)');
    expect(s.objectives[0].indicators[0].needsManual).toBe(true);
  });

  it('an actual that does not fit the target is an error too', () => {
    const ind = indicator({ target: atLeast(10), actual: date('2023-05-01') });
    ind.actual.raw = '01/05/2023';
    const s = score(plan({ objectives: [objective({ area: 'A', weight: 100 })], indicators: [ind] }));
    expect(s.findings.map((f) => f.code)).toEqual(['SCORE_ACTUAL_MISMATCH']);
    expect(s.findings[0].message).toContain('«01/05/2023»');
  });

  it('an objective with neither indicators nor a manual % cannot be paid', () => {
    const s = score(
      plan({
        objectives: [
          objective({ key: 'G1', id: 'G1', title: 'Trasparenza' }),
          objective({ key: 'A#2', id: '2', area: 'A', weight: 100, manual: 90 }),
        ],
      }),
    );
    expect(s.objectives[0]).toMatchObject({ source: 'none', belowSoglia: false });
    expect(s.objectives[0].achievement).toBeUndefined();
    expect(s.findings).toHaveLength(1);
    expect(s.findings[0]).toMatchObject({ code: 'SCORE_NO_ACHIEVEMENT', objective: 'G1' });
    expect(s.findings[0].area).toBeUndefined();
    expect(s.findings[0].message).toContain('Obiettivo G1 «Trasparenza» (tutte le aree)');
  });

  it('speaks English on request', () => {
    const s = score(
      plan({
        objectives: [objective({ area: 'A', weight: 100 })],
        indicators: [indicator({ target: atLeast(5) })],
      }),
      'en',
    );
    expect(s.findings[0].message).toContain('the actual value is missing');
    expect(s.objectives[0].indicators[0].explanation).toBe('actual value missing');
  });
});
