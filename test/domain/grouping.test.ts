import fc from 'fast-check';
import {
  firstByKey,
  groupByKey,
  membersByGroup,
  repeatedGroups,
  type Groups,
} from '../../src/domain/grouping';
import { naiveGroups as naive } from './naiveGroups';

/** The positions of the items with `key`, in order (none for a key never seen). */
function membersOf(groups: Groups, key: string): number[] {
  const g = groups.groupOf.get(key);
  return g === undefined ? [] : [...groups.members.subarray(groups.start[g], groups.start[g + 1])];
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

describe('membersByGroup', () => {
  it("lists each group's positions in order and leaves out those in no group", () => {
    const { start, members } = membersByGroup(Int32Array.from([2, -1, 0, 2, 0, -1]), 4);
    const groups = [0, 1, 2, 3].map((g) => [...members.subarray(start[g], start[g + 1])]);
    expect(groups).toEqual([[2, 4], [], [0, 3], []]);
  });
});

describe('firstByKey and repeatedGroups', () => {
  const rows = [
    { key: 'b', row: 1 },
    { key: 'a', row: 2 },
    { key: 'b', row: 3 },
    { key: 'c', row: 4 },
    { key: 'a', row: 5 },
    { key: 'b', row: 6 },
  ];

  it('keeps the first row of each key, keys in order of first appearance', () => {
    const first = firstByKey(rows, (r) => r.key);
    expect([...first.entries()].map(([k, r]) => [k, r.row])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 4],
    ]);
  });

  it('lists the rows of every repeated key, in row order, keys by first appearance', () => {
    expect(repeatedGroups(rows, (r) => r.key).map((g) => g.map((r) => r.row))).toEqual([
      [1, 3, 6],
      [2, 5],
    ]);
    expect(repeatedGroups([{ key: 'x' }, { key: 'y' }], (r) => r.key)).toEqual([]);
  });
});
