import { score } from '../../../src/domain/scoring';
import type { Plan } from '../../../src/domain/model';
import { atLeast, bool, cell, indicator, num, objective, plan, yesNo } from './build';

function twoObjectives(): Plan {
  return plan({
    objectives: [
      objective({ key: 'A#1', id: '1', area: 'A', weight: 60, soglia: 50, row: 2 }),
      objective({ key: 'A#2', id: '2', area: 'A', weight: 40, manual: 70, row: 3 }),
    ],
    indicators: [
      indicator({ objectiveKey: 'A#2', target: atLeast(10), actual: num(2), row: 5 }),
      indicator({ objectiveKey: 'A#1', target: atLeast(100), actual: num(80), subWeight: 75, row: 6 }),
      indicator({ objectiveKey: 'A#1', target: yesNo(), actual: bool(true), row: 7 }),
    ],
  });
}

describe('objective scores made on read', () => {
  it("build an objective's indicator scores from the run, once", () => {
    const [first, second] = score(twoObjectives()).objectives;
    expect(first.indicators.map((i) => [i.index, i.objectiveKey, i.subWeight, i.achievement])).toEqual([
      [1, 'A#1', 75, 0.8],
      [2, 'A#1', 25, 1],
    ]);
    expect(first.indicators).toBe(first.indicators);
    expect(first.indicators[1]).toBe(first.indicators[1]);
    expect(second.indicators.map((i) => i.index)).toEqual([0]);
  });

  it('name the manual achievement cell only when it was used, and the soglia cell', () => {
    const [first, second] = score(twoObjectives()).objectives;
    expect(first.cells).toEqual([cell('A2:E2', 'Pesi'), cell('D2')]);
    expect(second.cells).toEqual([cell('A3:E3', 'Pesi'), cell('E3')]);
    expect(second.cells).toBe(second.cells);
  });

  it('render as JSON with the fields of a plain object, in its order', () => {
    const [first, second] = score(twoObjectives()).objectives;
    const json = JSON.parse(JSON.stringify(first)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'key',
      'id',
      'title',
      'source',
      'belowSoglia',
      'indicators',
      'cells',
      'area',
      'achievement',
      'effective',
    ]);
    expect(json.indicators).toEqual(JSON.parse(JSON.stringify(first.indicators)));
    expect(json).toMatchObject({ key: 'A#1', source: 'indicators', belowSoglia: false, area: 'A' });
    expect(json.achievement).toBeCloseTo(0.85, 12);
    expect(JSON.parse(JSON.stringify(second))).toMatchObject({ source: 'manual', achievement: 0.7 });
  });

  it('leave out what an objective without achievement does not have', () => {
    const s = score(plan({ objectives: [objective({ key: 'B#1' })], indicators: [] }));
    const json = JSON.parse(JSON.stringify(s.objectives[0])) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['key', 'id', 'title', 'source', 'belowSoglia', 'indicators', 'cells']);
    expect(json.indicators).toEqual([]);
  });

  it('give every objective with a repeated key the indicators of that key, wherever they are', () => {
    const s = score(
      plan({
        objectives: [
          objective({ key: 'A#1', row: 2 }),
          objective({ key: 'B#1', row: 3 }),
          objective({ key: 'A#1', row: 4 }),
        ],
        indicators: [
          indicator({ objectiveKey: 'A#1', target: atLeast(10), actual: num(5), row: 6 }),
          indicator({ objectiveKey: 'B#1', target: atLeast(10), actual: num(10), row: 7 }),
          indicator({ objectiveKey: 'Z#9', target: atLeast(10), actual: num(1), row: 8 }),
          indicator({ objectiveKey: 'A#1', target: atLeast(10), actual: num(10), row: 9 }),
        ],
      }),
    );
    expect(s.objectives.map((o) => o.indicators.map((i) => i.index))).toEqual([[0, 3], [1], [0, 3]]);
    expect(s.objectives.map((o) => o.achievement)).toEqual([0.75, 1, 0.75]);
  });
});
