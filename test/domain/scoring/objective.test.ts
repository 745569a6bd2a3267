import { objectiveAchievement } from '../../../src/domain/scoring/objective';
import { field } from './build';

const noManual = {};

describe('objectiveAchievement', () => {
  it('weighs indicators by sub-weight', () => {
    const r = objectiveAchievement(noManual, [
      { achievement: 1, subWeight: 70 },
      { achievement: 0.5, subWeight: 30 },
    ]);
    expect(r.source).toBe('indicators');
    expect(r.achievement).toBeCloseTo(0.85, 12);
  });

  it('divides by the sub-weights found, not by 100', () => {
    // Sub-weights 50 + 30 (the real "(Peso N%)" case adding to 80): (50 x 1 + 30 x 0) / 80.
    const r = objectiveAchievement(noManual, [
      { achievement: 1, subWeight: 50 },
      { achievement: 0, subWeight: 30 },
    ]);
    expect(r.achievement).toBeCloseTo(0.625, 12);
  });

  it('with equal sub-weights is the average', () => {
    const r = objectiveAchievement(noManual, [
      { achievement: 0.9, subWeight: 100 / 3 },
      { achievement: 0.6, subWeight: 100 / 3 },
      { achievement: 0.3, subWeight: 100 / 3 },
    ]);
    expect(r.achievement).toBeCloseTo(0.6, 12);
  });

  it('is undefined when any indicator is undefined', () => {
    const r = objectiveAchievement(noManual, [{ achievement: 1, subWeight: 50 }, { subWeight: 50 }]);
    expect(r).toEqual({ source: 'none' });
  });

  it('is undefined without indicators', () => {
    expect(objectiveAchievement(noManual, [])).toEqual({ source: 'none' });
  });

  it('takes the manual % first, clamped to 0..100', () => {
    expect(
      objectiveAchievement({ manualAchievement: field(40) }, [{ achievement: 1, subWeight: 100 }]),
    ).toEqual({
      achievement: 0.4,
      source: 'manual',
    });
    expect(objectiveAchievement({ manualAchievement: field(75) }, [{ subWeight: 100 }])).toEqual({
      achievement: 0.75,
      source: 'manual',
    });
    expect(objectiveAchievement({ manualAchievement: field(110) }, []).achievement).toBe(1);
  });

  it('ignores a manual field with no value', () => {
    const r = objectiveAchievement({ manualAchievement: field<number>(undefined, 'E2') }, [
      { achievement: 0.5, subWeight: 100 },
    ]);
    expect(r).toEqual({ achievement: 0.5, source: 'indicators' });
  });
});
