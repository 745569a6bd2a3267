import { areaScores } from '../../../src/domain/scoring/area';
import { objective } from './build';

describe('areaScores', () => {
  const objectives = [
    objective({ key: 'Fin#1', area: 'Finanziaria', weight: 60 }),
    objective({ key: 'Fin#2', area: 'Finanziaria', weight: 40 }),
    objective({ key: 'Tec#1', area: 'Tecnica', weight: 100 }),
    objective({ key: 'G1' }),
  ];

  it('weighs achievements by objective weight', () => {
    const [fin, tec] = areaScores([], objectives, [1, 0.5, 0.3, 1]);
    expect(fin).toEqual({ area: 'Finanziaria', score: 0.8, weightSum: 100, objectives: ['Fin#1', 'Fin#2'] });
    expect(tec.score).toBeCloseTo(0.3, 12);
  });

  it('divides by the weights found even when they do not add up to 100', () => {
    const objs = [
      objective({ key: 'a', area: 'X', weight: 60 }),
      objective({ key: 'b', area: 'X', weight: 43 }),
    ];
    const [x] = areaScores([], objs, [1, 0]);
    expect(x.weightSum).toBe(103);
    expect(x.score).toBeCloseTo(60 / 103, 12);
  });

  it('leaves out, and lists, objectives without achievement or numeric weight', () => {
    const objs = [
      objective({ key: 'a', area: 'X', weight: 50 }),
      objective({ key: 'b', area: 'X', weight: 50 }),
      objective({ key: 'c', area: 'X' }),
    ];
    const [x] = areaScores([], objs, [0.6, undefined, 1]);
    expect(x).toEqual({ area: 'X', score: 0.6, weightSum: 50, objectives: ['a'], excluded: ['b', 'c'] });
  });

  it('lists declared areas first, then areas named by objectives; general objectives belong to none', () => {
    const areas = [{ name: 'Vigilanza' }, { name: 'Tecnica' }];
    const result = areaScores(areas, objectives, [1, 1, 1, 1]);
    expect(result.map((a) => a.area)).toEqual(['Vigilanza', 'Tecnica', 'Finanziaria']);
    expect(result[0]).toEqual({ area: 'Vigilanza', weightSum: 0, objectives: [] });
    expect(result.flatMap((a) => a.objectives)).not.toContain('G1');
  });
});
