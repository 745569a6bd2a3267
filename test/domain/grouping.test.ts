import fc from 'fast-check';
import { groupByKey, membersOf } from '../../src/domain/grouping';

/** The plain way: a list per key, keys in order of first appearance. */
function naive(keys: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  });
  return out;
}

describe('groupByKey', () => {
  it('gives each key its items in order, keys numbered by first appearance, runs or not', () => {
    // Few distinct keys, so that runs of equal keys and returns to earlier keys both happen.
    const keys = fc.array(fc.constantFrom('a', 'b', 'c', 'a#1', ''), { maxLength: 60 });
    fc.assert(
      fc.property(keys, (list) => {
        const groups = groupByKey(list, (k) => k);
        const expected = naive(list);
        expect([...groups.groupOf.keys()]).toEqual([...expected.keys()]);
        for (const [key, positions] of expected) expect([...membersOf(groups, key)]).toEqual(positions);
        expect(groups.start[groups.start.length - 1]).toBe(list.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('has no members for a key it never saw', () => {
    const groups = groupByKey(['x', 'y', 'x'], (k) => k);
    expect([...membersOf(groups, 'z')]).toEqual([]);
    expect([...membersOf(groups, 'x')]).toEqual([0, 2]);
  });
});
