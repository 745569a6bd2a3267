import fc from 'fast-check';
import type { Plan } from '../../../src/domain/model';
import { defaultParameters } from '../../../src/domain/params';
import { finding, type Finding } from '../../../src/domain/findings';
import {
  cellPosition,
  hasErrors,
  sortFindings,
  validate,
  validateParameters,
} from '../../../src/domain/validation';
import { FIN, TEC, at, area, bad, cleanPlan, employee, objective, ok, pool, refs } from './build';

function run(change: (p: Plan) => void): Finding[] {
  const plan = cleanPlan();
  change(plan);
  return validate(plan);
}

function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

describe('severity follows use', () => {
  it('hours over full time are a warning when part-time proportioning is off', () => {
    const [f] = only(
      run((p) => {
        p.params.partTime = false;
        employee(p, 'rossi mario').weeklyHours = ok(40, 'Personale', 'C2');
      }),
      'HOURS_OVER_FULL_TIME',
    );
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('40 ore');
  });

  it('an evaluation out of range is an error when individual evaluation is on', () => {
    const [f] = only(
      run((p) => {
        p.params.individualEvaluation = true;
        employee(p, 'bianchi anna').evaluation = ok(-5, 'Personale', 'D3');
      }),
      'EVALUATION_OUT_OF_RANGE',
    );
    expect(f.severity).toBe('error');
    expect(f.message).toContain('-5');
  });

  it('an unreadable target is only a warning when an achievement was typed', () => {
    const findings = run((p) => {
      p.indicators[1].target = bad('boh', 'UNREADABLE_TARGET', 'Indicatori', 'C3');
      objective(p, `${FIN}#1`).manualAchievement = ok(80, 'Pesi', 'G2');
    });
    expect(only(findings, 'TARGET_UNREADABLE').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('dates', () => {
  it('an impossible date inside a deadline target is DATE_INVALID, not TARGET_UNREADABLE', () => {
    const findings = run(
      (p) => (p.indicators[2].target = bad('entro il 31/06/2024', 'IMPOSSIBLE_DATE', 'Indicatori', 'C4')),
    );
    expect(only(findings, 'TARGET_UNREADABLE')).toEqual([]);
    const [f] = only(findings, 'DATE_INVALID');
    expect(f.message).toContain('«entro il 31/06/2024»');
    expect(refs(f.cells)).toEqual(['Indicatori!C4']);
  });

  it('a deadline without a year in a plan without a year says the year is missing (DATE_NO_YEAR)', () => {
    const findings = run(
      (p) => (p.indicators[2].target = bad('Entro 31.10', 'DATE_WITHOUT_YEAR', 'Indicatori', 'C4')),
    );
    expect(only(findings, 'TARGET_UNREADABLE')).toEqual([]);
    const [f] = only(findings, 'DATE_NO_YEAR');
    expect(f.severity).toBe('error');
    expect(f.message).toContain("«Entro 31.10» (Indicatori!C4) non indica l'anno");
    expect(f.message).toContain('«Anno»');
    expect(refs(f.cells)).toEqual(['Indicatori!C4']);
  });

  it('an impossible completion date given as the actual is DATE_INVALID', () => {
    const findings = run(
      (p) => (p.indicators[2].actual = bad('30/02/2024', 'IMPOSSIBLE_DATE', 'Indicatori', 'E4')),
    );
    expect(only(findings, 'DATE_INVALID').map((f) => refs(f.cells))).toEqual([['Indicatori!E4']]);
  });
});

describe('weights', () => {
  it('does not add up an area, nor check its total, where a weight is unreadable', () => {
    const findings = run(
      (p) => (objective(p, `${FIN}#2`).weight = bad('#REF!', 'ERROR_VALUE', 'Pesi', 'C3')),
    );
    expect(findings.map((f) => f.code)).toEqual(['WEIGHT_NOT_NUMBER']);
  });

  it('requires weights in every area when the plan splits by weight', () => {
    const findings = run((p) => {
      objective(p, `${TEC}#1`).weight = {};
      objective(p, `${TEC}#1T`).weight = {};
    });
    expect(only(findings, 'WEIGHT_MISSING').map((f) => refs(f.cells))).toEqual([['Pesi!A6'], ['Pesi!A7']]);
  });

  it('recognises "tempestività dei pagamenti" as a payment-times objective', () => {
    const findings = run((p) => {
      const o = objective(p, `${FIN}#2`);
      o.title = ok('Tempestività   dei Pagamenti', 'Pesi', 'B3');
      o.weight.value = 25;
      objective(p, `${FIN}#1`).weight.value = 45;
    });
    expect(only(findings, 'PAYMENT_TIMES_WEIGHT').map((f) => f.message)).toEqual([
      'Area Finanziaria: gli obiettivi sui tempi di pagamento delle fatture (2) pesano 25 %, meno del minimo di 30 % (art. 4-bis DL 13/2023).',
    ]);
  });
});

describe('indicators', () => {
  it('reports the domain example "(Peso 50%) ... (Peso 30%)" once, at its single cell', () => {
    const findings = run((p) => {
      p.indicators[0].subWeight = ok(50, 'Indicatori', 'B2');
      p.indicators[1].subWeight = ok(30, 'Indicatori', 'B2');
    });
    const [f] = only(findings, 'SUBWEIGHTS_SUM');
    expect(f.message).toContain('sommano a 80 invece di 100 (differenza -20)');
    expect(refs(f.cells)).toEqual(['Indicatori!B2']);
  });
});

describe('declared totals of each kind', () => {
  it('checks a relevance total', () => {
    const [f] = only(
      run((p) =>
        p.totals.push({ kind: 'relevance', declared: ok(90, 'Rilevanza', 'B4'), covers: [FIN, TEC] }),
      ),
      'TOTAL_MISMATCH',
    );
    expect(f.message).toBe(
      'Totale delle rilevanze delle aree in Rilevanza!B4: dichiarato 90, ma le righe sommano a 100 (differenza +10).',
    );
  });

  it('checks sub-weight, share and coefficient totals', () => {
    const findings = run((p) =>
      p.totals.push(
        { kind: 'subWeights', declared: ok(100, 'Indicatori', 'D5'), covers: [`${FIN}#1`] },
        { kind: 'shares', declared: ok(90, 'Assegnazioni', 'C6'), covers: [`${FIN}#1`] },
        { kind: 'coefficients', declared: ok(26, 'Progetti', 'H3'), covers: ['P1'] },
      ),
    );
    expect(
      only(findings, 'TOTAL_MISMATCH').map((f) => [refs(f.cells)[0], f.params.declared, f.params.computed]),
    ).toEqual([
      ['Assegnazioni!C6', 90, 100],
      ['Progetti!H3', 26, 25],
    ]);
  });
});

describe('fund and pools', () => {
  it('counts percent pools on the fund after reserve and fixed budgets', () => {
    // 45.000 after reserve; 80 % of it is 36.000; with the 10.000 pool and the reserve: 51.000.
    const [f] = only(
      run((p) => (pool(p, 'Aree').percent = 80)),
      'BUDGETS_OVER_FUND',
    );
    expect(f.message).toContain('fondi in percentuale (36.000,00 €)');
    expect(f.message).toContain('eccedenza 1.000,00 €');
    expect(refs(f.cells)).toEqual(['Parametri!B2', 'Parametri!B3', 'Parametri!A5', 'Parametri!A6']);
  });

  it('checks the single implicit pool when coefficient is the default method', () => {
    const findings = run((p) => {
      p.params.pools = [];
      p.params.defaultMethod = 'coefficient';
    });
    // The area objectives have no category: their coefficients are 0, but the project's is 25.
    expect(only(findings, 'POOL_COEFFICIENTS_ZERO')).toEqual([]);
    const zero = run((p) => {
      p.params.pools = [];
      p.params.defaultMethod = 'coefficient';
      p.objectives = p.objectives.filter((o) => o.key !== 'P1');
      p.assignments = p.assignments.filter((a) => a.objectiveKey !== 'P1');
    });
    const [f] = only(zero, 'POOL_COEFFICIENTS_ZERO');
    expect(f.message).toContain('«tutti gli obiettivi»');
    expect(f.message).toContain('5 obiettivi');
  });
});

describe('relevance', () => {
  it('asks every area for a relevance when the plan splits by relevance and none is given', () => {
    const findings = run((p) => {
      area(p, FIN).relevance = undefined;
      area(p, TEC).relevance = undefined;
    });
    expect(only(findings, 'RELEVANCE_MISSING').map((f) => f.area)).toEqual([FIN, TEC]);
    expect(only(findings, 'RELEVANCE_SUM')).toEqual([]);
  });
});

describe('parameters', () => {
  it('default parameters only lack the fund', () => {
    expect(validateParameters(defaultParameters()).map((f) => [f.code, f.severity])).toEqual([
      ['PARAM_FUND_MISSING', 'warning'],
    ]);
  });

  it('runs the payout curve check', () => {
    const findings = run((p) => (p.params.payoutCurve = [{ from: 60, payout: 'proportional' }]));
    expect(findings.map((f) => f.code)).toEqual(['PARAM_CURVE_START']);
  });
});

describe('ordering', () => {
  const mk = (code: string, severity: 'error' | 'warning', sheet?: string, cell?: string): Finding =>
    finding({ code, severity, cells: sheet && cell ? [at(sheet, cell)] : [] });

  it('puts errors first, then sheet, row and column; findings without cells last', () => {
    const sorted = sortFindings([
      mk('W', 'warning', 'A', 'A1'),
      mk('E5', 'error'),
      mk('E4', 'error', 'B', 'A1'),
      mk('E3', 'error', 'A', 'AA1'),
      mk('E2', 'error', 'A', 'Z1'),
      mk('E1', 'error', 'A', 'C10'),
      mk('E0', 'error', 'A', 'C9'),
    ]);
    expect(sorted.map((f) => f.code)).toEqual(['E2', 'E3', 'E0', 'E1', 'E4', 'E5', 'W']);
  });

  it('reads cell positions, ranges by their top-left cell', () => {
    expect(cellPosition('AB12')).toEqual([12, 28]);
    expect(cellPosition('$C$7:E9')).toEqual([7, 3]);
  });

  it('does not depend on the order checks produced findings in', () => {
    const findings = run((p) => {
      objective(p, `${FIN}#1`).weight.value = 43;
      p.employees.push({ name: 'Rossi Mario', nameKey: 'rossi mario', cell: at('Personale', 'A9') });
      p.params.fund = undefined;
      employee(p, 'bianchi anna').evaluation = ok(120, 'Personale', 'D3');
    });
    fc.assert(
      fc.property(fc.shuffledSubarray(findings, { minLength: findings.length }), (shuffled) => {
        expect(sortFindings(shuffled)).toEqual(findings);
      }),
    );
    expect(hasErrors(findings)).toBe(true);
    expect(hasErrors(findings.filter((f) => f.severity === 'warning'))).toBe(false);
  });
});
