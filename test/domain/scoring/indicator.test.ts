import { indicatorAchievement } from '../../../src/domain/scoring/indicator';
import {
  atLeast,
  atMost,
  bool,
  cell,
  date,
  deadline,
  indicator,
  manualTarget,
  num,
  params,
  yesNo,
  type IndicatorSpec,
} from './build';

const binary = params({ atMostPolicy: 'binary' });
const proportional = params({ atMostPolicy: 'proportional' });

function achieve(spec: IndicatorSpec, p = binary) {
  return indicatorAchievement(indicator(spec), p);
}

describe('at least targets', () => {
  it('are proportional and capped at 1', () => {
    const r = achieve({ target: atLeast(100), actual: num(85) });
    expect(r.achievement).toBeCloseTo(0.85, 12);
    expect(r.explanation).toBe('85 su 100 (almeno): 85%');
    expect(achieve({ target: atLeast(100), actual: num(120) }).achievement).toBe(1);
    expect(achieve({ target: atLeast(3), actual: num(2) }).achievement).toBeCloseTo(2 / 3, 12);
  });

  it('compare percent targets with the actual in percent', () => {
    const r = achieve({ target: atLeast(80, true), actual: num(72) });
    expect(r.achievement).toBeCloseTo(0.9, 12);
    expect(r.explanation).toBe('72% su 80% (almeno): 90%');
  });

  it('format numbers the Italian way in the explanation', () => {
    const r = achieve({ target: atLeast(5000), actual: num(4193.23) });
    expect(r.achievement).toBeCloseTo(0.838646, 9);
    expect(r.explanation).toBe('4.193,23 su 5.000 (almeno): 83,86%');
  });

  it('with target 0 are met by any actual >= 0', () => {
    expect(achieve({ target: atLeast(0), actual: num(0) }).achievement).toBe(1);
    expect(achieve({ target: atLeast(0), actual: num(7) }).achievement).toBe(1);
    expect(achieve({ target: atLeast(0), actual: num(-1) }).achievement).toBe(0);
  });

  it('never go below 0 with a negative actual', () => {
    expect(achieve({ target: atLeast(10), actual: num(-4) }).achievement).toBe(0);
  });

  it('read a boolean actual as reached or not', () => {
    expect(achieve({ target: atLeast(100, true), actual: bool(true) }).achievement).toBe(1);
    expect(achieve({ target: atLeast(100, true), actual: bool(false) }).achievement).toBe(0);
  });

  it('cannot compare a date with a number: the user must enter the %', () => {
    const r = achieve({ target: atLeast(10), actual: date('2023-05-01') });
    expect(r.achievement).toBeUndefined();
    expect(r.needsManual).toBe(true);
    expect(r.issue).toBe('actualMismatch');
  });
});

describe('at most targets', () => {
  it('binary: met at the bound, missed above it', () => {
    const met = achieve({ target: atMost(5), actual: num(5) });
    expect(met.achievement).toBe(1);
    expect(met.explanation).toBe('5 (al massimo 5): raggiunto, 100%');
    const missed = achieve({ target: atMost(5), actual: num(6) });
    expect(missed.achievement).toBe(0);
    expect(missed.explanation).toBe('6 (al massimo 5): non raggiunto, 0%');
  });

  it('binary strict: the bound itself is missed', () => {
    expect(achieve({ target: atMost(5, true), actual: num(5) }).achievement).toBe(0);
    expect(achieve({ target: atMost(5, true), actual: num(4.9) }).achievement).toBe(1);
    expect(achieve({ target: atMost(0, true), actual: num(0) }).achievement).toBe(0);
    const early = achieve({ target: atMost(0, true), actual: num(-3) });
    expect(early.achievement).toBe(1);
    expect(early.explanation).toBe('-3 (meno di 0): raggiunto, 100%');
  });

  it('proportional: target / actual, capped at 1, actual 0 met', () => {
    const r = achieve({ target: atMost(5), actual: num(8) }, proportional);
    expect(r.achievement).toBeCloseTo(0.625, 12);
    expect(r.explanation).toBe('8 con massimo 5 (proporzionale): 62,5%');
    expect(achieve({ target: atMost(5), actual: num(4) }, proportional).achievement).toBe(1);
    expect(achieve({ target: atMost(5), actual: num(0) }, proportional).achievement).toBe(1);
    expect(achieve({ target: atMost(1, false, true), actual: num(2) }, proportional).achievement).toBeCloseTo(
      0.5,
      12,
    );
  });

  it('proportional ignores strictness at the bound', () => {
    expect(achieve({ target: atMost(5, true), actual: num(5) }, proportional).achievement).toBe(1);
  });

  it('proportional with target 0 has no ratio and falls back to binary', () => {
    expect(achieve({ target: atMost(0), actual: num(0) }, proportional).achievement).toBe(1);
    expect(achieve({ target: atMost(0), actual: num(3) }, proportional).achievement).toBe(0);
    expect(achieve({ target: atMost(0, true), actual: num(0) }, proportional).achievement).toBe(0);
  });
});

describe('yes/no targets', () => {
  it('SI is 1, NO is 0', () => {
    const yes = achieve({ target: yesNo(), actual: bool(true) });
    expect(yes.achievement).toBe(1);
    expect(yes.explanation).toBe('SÌ: raggiunto, 100%');
    expect(achieve({ target: yesNo(), actual: bool(false) }).achievement).toBe(0);
  });

  it('a date as actual means done', () => {
    const r = achieve({ target: yesNo(), actual: date('2023-09-30') });
    expect(r.achievement).toBe(1);
    expect(r.explanation).toBe('realizzato il 30/09/2023: 100%');
  });

  it('a number is ambiguous and needs the manual %', () => {
    const r = achieve({ target: yesNo(), actual: num(1) });
    expect(r.achievement).toBeUndefined();
    expect(r.needsManual).toBe(true);
    expect(r.missingActual).toBe(false);
  });
});

describe('deadline targets', () => {
  const due = deadline('2023-12-31');

  it('on or before the deadline is 1', () => {
    const r = achieve({ target: due, actual: date('2023-12-31') });
    expect(r.achievement).toBe(1);
    expect(r.explanation).toBe('completato il 31/12/2023, scadenza 31/12/2023: nei tempi, 100%');
    expect(achieve({ target: due, actual: date('2023-03-01') }).achievement).toBe(1);
  });

  it('loses the penalty for each started month late (0, 1, 2, 11 months)', () => {
    const one = achieve({ target: due, actual: date('2024-01-10') });
    expect(one.achievement).toBeCloseTo(0.9, 12);
    expect(one.explanation).toBe(
      'completato il 10/01/2024, scadenza 31/12/2023: 1 mese di ritardo, -10%: 90%',
    );
    const two = achieve({ target: due, actual: date('2024-02-15') });
    expect(two.achievement).toBeCloseTo(0.8, 12);
    expect(two.explanation).toBe(
      'completato il 15/02/2024, scadenza 31/12/2023: 2 mesi di ritardo, -20%: 80%',
    );
    const eleven = achieve({ target: due, actual: date('2024-11-15') });
    expect(eleven.achievement).toBe(0);
    expect(eleven.explanation).toBe(
      'completato il 15/11/2024, scadenza 31/12/2023: 11 mesi di ritardo, -100%: 0%',
    );
  });

  it('uses the penalty of the parameters', () => {
    const p = params({ latePenaltyPerMonth: 25 });
    expect(indicatorAchievement(indicator({ target: due, actual: date('2024-02-15') }), p).achievement).toBe(
      0.5,
    );
    expect(indicatorAchievement(indicator({ target: due, actual: date('2024-05-15') }), p).achievement).toBe(
      0,
    );
  });

  it('SI without a date counts as on time; NO as 0', () => {
    const yes = achieve({ target: due, actual: bool(true) });
    expect(yes.achievement).toBe(1);
    expect(yes.explanation).toBe(
      'completato (SÌ, senza data), scadenza 31/12/2023: considerato nei tempi, 100%',
    );
    expect(achieve({ target: due, actual: bool(false), completion: '2023-06-01' }).achievement).toBe(0);
  });

  it('SI with a completion date uses the date', () => {
    expect(achieve({ target: due, actual: bool(true), completion: '2024-01-20' }).achievement).toBeCloseTo(
      0.9,
      12,
    );
  });

  it('without an actual, the completion column is the actual', () => {
    expect(achieve({ target: due, completion: '2024-02-01' }).achievement).toBeCloseTo(0.8, 12);
    const none = achieve({ target: due });
    expect(none.missingActual).toBe(true);
    expect(none.achievement).toBeUndefined();
  });

  it('a number is not a completion date', () => {
    const r = achieve({ target: due, actual: num(100) });
    expect(r.issue).toBe('actualMismatch');
    expect(r.needsManual).toBe(true);
  });

  it('an impossible deadline needs the manual %', () => {
    const r = achieve({ target: deadline('2021-06-31'), actual: date('2021-06-30') });
    expect(r.issue).toBe('unreadableTarget');
    expect(r.achievement).toBeUndefined();
  });
});

describe('deadline and completion columns on other targets', () => {
  it('apply the late penalty on top of the achievement', () => {
    const r = achieve({
      target: atLeast(100),
      actual: num(85),
      deadline: '2023-12-31',
      completion: '2024-01-15',
    });
    expect(r.achievement).toBeCloseTo(0.765, 12);
    expect(r.explanation).toBe(
      '85 su 100 (almeno): 85%; completato il 15/01/2024, scadenza 31/12/2023: 1 mese di ritardo, -10%: 76,5%',
    );
    expect(r.cells).toEqual(expect.arrayContaining([cell('E2'), cell('F2')]));
  });

  it('cost nothing when on time or without a completion date', () => {
    expect(
      achieve({ target: atLeast(100), actual: num(85), deadline: '2023-12-31', completion: '2023-12-01' })
        .achievement,
    ).toBeCloseTo(0.85, 12);
    expect(
      achieve({ target: atLeast(100), actual: num(85), deadline: '2023-12-31' }).achievement,
    ).toBeCloseTo(0.85, 12);
  });

  it('use a date actual as the completion of a yes/no target', () => {
    expect(
      achieve({ target: yesNo(), actual: date('2024-02-15'), deadline: '2023-12-31' }).achievement,
    ).toBeCloseTo(0.8, 12);
  });
});

describe('manual and missing', () => {
  it('a free-text target needs the manual %', () => {
    const r = achieve({ target: manualTarget('Tutti quelli possibili'), actual: num(12) });
    expect(r.needsManual).toBe(true);
    expect(r.missingActual).toBe(false);
    expect(r.issue).toBe('manualTarget');
    expect(r.achievement).toBeUndefined();
    expect(r.explanation).toContain('Tutti quelli possibili');
  });

  it('an unreadable target needs the manual %', () => {
    const r = achieve({ actual: num(12) });
    expect(r.issue).toBe('unreadableTarget');
    expect(r.needsManual).toBe(true);
  });

  it('the indicator manual % wins over the target, even a free-text one or a missing actual', () => {
    const free = achieve({ target: manualTarget('Tutti quelli possibili'), manual: 70 });
    expect(free.achievement).toBeCloseTo(0.7, 12);
    expect(free.needsManual).toBe(false);
    expect(free.explanation).toBe('grado di raggiungimento inserito: 70%');
    expect(free.cells).toEqual([cell('A2:F2'), cell('G2')]);
    expect(achieve({ target: atLeast(100), actual: num(100), manual: 40 }).achievement).toBeCloseTo(0.4, 12);
    expect(achieve({ target: atLeast(100), manual: 55 }).missingActual).toBe(false);
  });

  it('a manual % outside 0..100 is clamped', () => {
    expect(achieve({ target: atLeast(100), manual: 130 }).achievement).toBe(1);
    expect(achieve({ target: atLeast(100), manual: -5 }).achievement).toBe(0);
  });

  it('a missing actual leaves the achievement undefined', () => {
    const r = achieve({ target: atLeast(100) });
    expect(r.achievement).toBeUndefined();
    expect(r.missingActual).toBe(true);
    expect(r.needsManual).toBe(false);
    expect(r.issue).toBe('missingActual');
    expect(r.explanation).toBe('manca il valore raggiunto');
  });

  it('an unreadable actual is missing too, and says what was found', () => {
    const ind = indicator({ target: atLeast(100) });
    ind.actual = { raw: '#REF!', problem: { code: 'ERROR_VALUE' }, cell: cell('C2') };
    const r = indicatorAchievement(ind, binary);
    expect(r.missingActual).toBe(true);
    expect(r.issue).toBe('unreadableActual');
    expect(r.explanation).toBe('valore raggiunto non leggibile («#REF!»)');
  });

  it('reports the row, target and actual cells', () => {
    expect(achieve({ target: atLeast(100), actual: num(50) }).cells).toEqual([
      cell('A2:F2'),
      cell('B2'),
      cell('C2'),
    ]);
  });

  it('explains in English on request', () => {
    const r = indicatorAchievement(indicator({ target: atLeast(100), actual: num(85) }), binary, 'en');
    expect(r.explanation).toBe('85 of 100 (at least): 85%');
  });
});
