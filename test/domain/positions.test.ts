import fc from 'fast-check';
import type { Objective } from '../../src/domain/model';
import { keyPositions } from '../../src/domain/positions';

const objectiveWith = (key: string): Objective => ({
  key,
  id: key,
  title: {},
  scope: 'area',
  weight: {},
});

describe('keyPositions', () => {
  it('gives the first position of every key, and says when a key repeats', () => {
    const keys = fc.array(fc.constantFrom('A#1', 'A#2', 'B#1', '1', ''), { maxLength: 40 });
    fc.assert(
      fc.property(keys, (list) => {
        const { firstAt, repeated } = keyPositions(list.map(objectiveWith));
        const expected = new Map<string, number>();
        list.forEach((k, i) => {
          if (!expected.has(k)) expected.set(k, i);
        });
        expect(new Map(firstAt)).toEqual(expected);
        expect(repeated).toBe(new Set(list).size < list.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('hands out the same positions again while the keys are unchanged', () => {
    const objectives = ['A#1', 'A#2', 'B#1'].map(objectiveWith);
    const first = keyPositions(objectives);
    expect(keyPositions(objectives)).toBe(first);
    // Equal text in another string is the same key.
    objectives[1] = objectiveWith(['A', '#', '2'].join(''));
    expect(keyPositions(objectives)).toBe(first);
  });

  it('builds them anew when the plan changed in place', () => {
    const objectives = ['A#1', 'A#2', 'B#1'].map(objectiveWith);
    const before = keyPositions(objectives);
    objectives[2].key = 'A#1';
    const renamed = keyPositions(objectives);
    expect(renamed).not.toBe(before);
    expect(renamed.repeated).toBe(true);
    expect(renamed.firstAt.get('B#1')).toBeUndefined();
    objectives.push(objectiveWith('C#1'));
    expect(keyPositions(objectives).firstAt.get('C#1')).toBe(3);
  });
});
