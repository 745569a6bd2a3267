import fc from 'fast-check';
import type { Objective } from '../../../src/domain/model';
import {
  compareObjectives,
  compareObjectiveSortKeys,
  objectiveSortKey,
  splitInOrder,
  splitInOrderBy,
} from '../../../src/domain/distribution/order';
import { cleanProduct, cleanProductOf } from '../../../src/domain/distribution/numbers';

function objective(area: string | undefined, id: string, key: string): Objective {
  return { key, id, area, scope: 'area', title: {}, weight: {} };
}

const text = fc.stringMatching(/^[A-Za-z0-9 ]{0,6}$/);
const objectives = fc.array(
  fc.tuple(fc.option(text, { nil: undefined }), text, text).map(([a, i, k]) => objective(a, i, k)),
  { maxLength: 12 },
);

describe('splitInOrderBy', () => {
  it('orders objectives by prepared keys exactly as compareObjectives does', () => {
    fc.assert(
      fc.property(objectives, (list) => {
        for (const a of list) {
          for (const b of list) {
            const direct = Math.sign(compareObjectives(a, b));
            expect(Math.sign(compareObjectiveSortKeys(objectiveSortKey(a), objectiveSortKey(b)))).toBe(
              direct,
            );
          }
        }
      }),
    );
  });

  it('gives the same parts as splitInOrder with compareObjectives', () => {
    fc.assert(
      fc.property(
        objectives,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 12, maxLength: 12 }),
        (list, total, w) => {
          const weights = list.map((_, i) => w[i]);
          fc.pre(weights.some((x) => x > 0) || list.length === 0);
          expect(splitInOrderBy(total, list, weights, objectiveSortKey, compareObjectiveSortKeys)).toEqual(
            splitInOrder(total, list, weights, compareObjectives),
          );
        },
      ),
    );
  });

  it('breaks a tie by the objectives, not by their position', () => {
    // Three equal weights, one cent left over: it goes to the first in natural order ("2" < "10").
    const list = [objective('A', '10', 'A#10'), objective('A', '2', 'A#2'), objective('A', '3', 'A#3')];
    expect(splitInOrderBy(100, list, [1, 1, 1], objectiveSortKey, compareObjectiveSortKeys)).toEqual([
      33, 34, 33,
    ]);
  });
});

describe('cleanProductOf', () => {
  it('equals cleanProduct of the same factors', () => {
    expect(cleanProductOf(0.1, [3])).toBe(cleanProduct(0.1, 3));
    expect(cleanProductOf(0.1, [3])).toBe(0.3);
    expect(cleanProductOf(50, [36, 80])).toBe(144000);
    expect(cleanProductOf(7, [])).toBe(7);
  });
});
