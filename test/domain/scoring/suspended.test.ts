/** Objectives the plan marks suspended, and late penalties an objective states in its own text. */
import { score } from '../../../src/domain/scoring';
import { indicatorAchievement } from '../../../src/domain/scoring/indicator';
import { cell, date, deadline, indicator, num, atLeast, objective, params, plan } from './build';

describe('score: a suspended objective', () => {
  it('is not scored from its indicators: an error asks for a decision, nothing is paid on a guess', () => {
    const o = objective({ key: 'A#2', id: '2', title: 'Regolamento', area: 'A', weight: 100 });
    o.suspended = { value: 'Sospeso', raw: 'Sospeso', cell: cell('H24') };
    const s = score(
      plan({
        objectives: [o],
        indicators: [indicator({ objectiveKey: 'A#2', target: atLeast(10), actual: num(10) })],
      }),
    );
    expect(s.objectives[0].source).toBe('none');
    expect(s.objectives[0].achievement).toBeUndefined();
    expect(s.objectives[0].effective).toBeUndefined();
    expect(s.findings.map((f) => f.code)).toEqual(['SCORE_SUSPENDED']);
    expect(s.findings[0].cells).toContainEqual(cell('H24'));
    expect(s.findings[0].message).toContain('Obiettivo 2 «Regolamento» (A): è sospeso (Obiettivi!H24)');
  });

  it('is paid on the achievement the user types', () => {
    const o = objective({ key: 'A#2', area: 'A', weight: 100, manual: 60 });
    o.suspended = { value: 'Sospeso', raw: 'Sospeso', cell: cell('H24') };
    const s = score(plan({ objectives: [o], indicators: [indicator({ objectiveKey: 'A#2' })] }));
    expect(s.objectives[0]).toMatchObject({ source: 'manual', achievement: 0.6 });
    expect(s.findings).toEqual([]);
  });
});

describe('score: the late penalty an objective states', () => {
  // Due 31/12/2023, done 15/02/2024: two months late.
  const late = () => indicator({ target: deadline('2023-12-31'), actual: date('2024-02-15') });

  it('takes the indicator own penalty per month over the parameter', () => {
    const ind = late();
    expect(indicatorAchievement(ind, params({ latePenaltyPerMonth: 10 })).achievement).toBeCloseTo(0.8, 12);
    ind.latePenaltyPerMonth = 25;
    const r = indicatorAchievement(ind, params({ latePenaltyPerMonth: 10 }));
    expect(r.achievement).toBeCloseTo(0.5, 12);
    expect(r.explanation).toContain('50');
    const s = score(plan({ objectives: [objective({ area: 'A', weight: 100 })], indicators: [ind] }));
    expect(s.objectives[0].achievement).toBeCloseTo(0.5, 12);
  });

  it('applies it to a numeric target with a deadline and a completion date too', () => {
    const ind = indicator({
      target: atLeast(10),
      actual: num(10),
      deadline: '2023-12-31',
      completion: '2024-01-10',
    });
    ind.latePenaltyPerMonth = 30;
    const s = score(plan({ objectives: [objective({ area: 'A', weight: 100 })], indicators: [ind] }));
    expect(s.objectives[0].achievement).toBeCloseTo(0.7, 12);
  });
});
