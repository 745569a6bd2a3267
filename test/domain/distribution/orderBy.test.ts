import fc from 'fast-check';
import type { Objective } from '../../../src/domain/model';
import {
  compareObjectives,
  compareWithinArea,
  splitByTieOrder,
  splitInOrder,
} from '../../../src/domain/distribution/order';
import { cleanProduct, cleanProductOf } from '../../../src/domain/distribution/numbers';

function objective(area: string | undefined, id: string, key: string): Objective {
  return { key, id, area, scope: 'area', title: {}, weight: {} };
}

const text = fc.stringMatching(/^[A-Za-z0-9 _]{0,6}$/);
const objectives = fc.array(
  fc.tuple(fc.option(text, { nil: undefined }), text, text).map(([a, i, k]) => objective(a, i, k)),
  { maxLength: 12 },
);
// Few ids and keys, so that ties in the split often reach the comparison.
const idText = fc.constantFrom('1', '2', '10', '1T', 'a', 'A', 'b');

describe('compareWithinArea', () => {
  it('orders the objectives of one area as compareObjectives does', () => {
    fc.assert(
      fc.property(fc.option(text, { nil: undefined }), fc.array(fc.tuple(idText, idText)), (area, rows) => {
        const list = rows.map(([id, key]) => objective(area, id, key));
        for (const a of list) {
          for (const b of list) {
            expect(Math.sign(compareWithinArea(a, b))).toBe(Math.sign(compareObjectives(a, b)));
          }
        }
      }),
    );
  });
});

describe('splitByTieOrder', () => {
  it('gives the same parts as splitInOrder', () => {
    fc.assert(
      fc.property(
        objectives,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
        (list, total, w) => {
          const weights = list.map((_, i) => w[i]);
          fc.pre(weights.some((x) => x > 0) || list.length === 0);
          expect(splitByTieOrder(total, list, weights, compareObjectives)).toEqual(
            splitInOrder(total, list, weights, compareObjectives),
          );
        },
      ),
    );
  });

  it('breaks a tie by the objectives, not by their position', () => {
    // Three equal weights, one cent left over: it goes to the first in natural order ("2" < "10").
    const list = [objective('A', '10', 'A#10'), objective('A', '2', 'A#2'), objective('A', '3', 'A#3')];
    expect(splitByTieOrder(100, list, [1, 1, 1], compareObjectives)).toEqual([33, 34, 33]);
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
