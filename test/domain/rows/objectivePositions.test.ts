import fc from 'fast-check';
import type { Assignment, Objective, Plan } from '../../../src/domain/model';
import {
  RowGrouper,
  findObjective,
  objectivePositions,
  type RowGroups,
} from '../../../src/domain/rows/objectivePositions';
import { withEngineRun } from '../../../src/domain/engineRun';
import { assignmentRows } from '../../../src/domain/rows/assignmentRows';

/** The assignments grouped by objective key, as the walk over them groups them (a RowGrouper). */
const assignmentGroups = (plan: Plan): RowGroups => assignmentRows(plan).groups;
import { cleanPlan, ok } from '../validation/build';
import { naiveGroups } from '../naiveGroups';

function objectiveWithKey(key: string, row: number): Objective {
  return { key, id: key, title: ok(key, 'Pesi', `B${row}`), scope: 'general', weight: {} };
}

function assignmentTo(objectiveKey: string, row: number): Assignment {
  return {
    objectiveKey,
    employeeName: `P${row}`,
    employeeKey: `p${row}`,
    share: ok(10, 'Assegnazioni', `C${row}`),
  };
}

/** The clean plan with only these objective keys and assignments to these keys. */
function planWith(objectiveKeys: readonly string[], rowKeys: readonly string[]): Plan {
  return {
    ...BASE,
    objectives: objectiveKeys.map((k, i) => objectiveWithKey(k, i + 2)),
    assignments: rowKeys.map((k, i) => assignmentTo(k, i + 2)),
  };
}

const BASE = cleanPlan();

/** Every position holding `key`, in order. */
function positionsOf(keys: readonly string[], key: string): number[] {
  return keys.flatMap((k, i) => (k === key ? [i] : []));
}

/** A group's rows, as a plain array. */
function membersOfGroup(groups: RowGroups, g: number): number[] {
  return Array.from(groups.members.subarray(groups.start[g], groups.start[g + 1]));
}

/** Asserts that `groups` is exactly the naive grouping of `rowKeys` against `objectiveKeys`. */
function expectNaiveGrouping(groups: RowGroups, objectiveKeys: string[], rowKeys: string[]): void {
  const expected = naiveGroups(rowKeys);
  expect(groups.count).toBe(expected.size);
  expect(groups.keyOf).toEqual([...expected.keys()]);
  [...expected.entries()].forEach(([key, rows], g) => {
    expect(membersOfGroup(groups, g)).toEqual(rows);
    expect(groups.objectiveOf[g]).toBe(objectiveKeys.indexOf(key));
    expect(groups.groupOfKey(key)).toBe(g);
    for (const row of rows) expect(groups.groupOf[row]).toBe(g);
  });
  expect(groups.start[groups.count]).toBe(rowKeys.length);
}

// Few distinct keys, so that runs, returns to earlier keys and repeated objectives all happen.
const KEYS = ['a', 'b', 'c', 'd', 'A#1', ''];
const objectiveKeys = fc.array(fc.constantFrom(...KEYS), { maxLength: 12 });
const rowKeys = fc.array(fc.constantFrom(...KEYS, 'zz', 'unknown'), { maxLength: 40 });

describe('objectivePositions', () => {
  it('gives the first, last and every next position of each key, as a naive search would', () => {
    fc.assert(
      fc.property(objectiveKeys, (keys) => {
        const positions = objectivePositions(planWith(keys, []));
        expect([...positions.firstAt.entries()].sort((x, y) => x[1] - y[1])).toEqual(
          [...naiveGroups(keys).entries()].map(([k, list]) => [k, list[0]]),
        );
        keys.forEach((key, i) => {
          const all = positionsOf(keys, key);
          expect(positions.firstOf[i]).toBe(all[0]);
          if (i === all[0]) expect(positions.lastOf[i]).toBe(all[all.length - 1]);
          const next = all[all.indexOf(i) + 1] ?? -1;
          expect(positions.nextSameKey[i]).toBe(next);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('chains a key repeated far apart and leaves unique keys alone', () => {
    const positions = objectivePositions(planWith(['x', 'y', 'x', 'z', 'x'], []));
    expect(positions.firstAt.get('x')).toBe(0);
    expect(Array.from(positions.firstOf)).toEqual([0, 1, 0, 3, 0]);
    expect(positions.lastOf[0]).toBe(4);
    expect(Array.from(positions.nextSameKey)).toEqual([2, -1, 4, -1, -1]);
  });

  it('is built once per validation run and shared, but afresh outside a run', () => {
    const plan = planWith(['x', 'y'], []);
    expect(objectivePositions(plan)).not.toBe(objectivePositions(plan));
    withEngineRun(plan, () => {
      expect(objectivePositions(plan)).toBe(objectivePositions(plan));
    });
  });
});

describe('findObjective', () => {
  it('finds the first objective with a key whatever the guess, undefined for an unknown key', () => {
    fc.assert(
      fc.property(
        objectiveKeys,
        fc.constantFrom(...KEYS, 'unknown'),
        fc.integer({ min: -2, max: 14 }),
        (keys, key, guess) => {
          const plan = planWith(keys, []);
          const first = keys.indexOf(key);
          expect(findObjective(plan, objectivePositions(plan), key, guess)).toBe(
            first < 0 ? undefined : first,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('does not take a guess that is a later copy of a repeated key', () => {
    const plan = planWith(['x', 'y', 'x'], []);
    expect(findObjective(plan, objectivePositions(plan), 'x', 2)).toBe(0);
    expect(findObjective(plan, objectivePositions(plan), 'y', 2)).toBe(1);
  });
});

describe("RowGrouper, on the assignments' walk", () => {
  it('groups rows by key in order of first appearance, in objective order or not, known or not', () => {
    fc.assert(
      fc.property(objectiveKeys, rowKeys, (objectives, rows) => {
        expectNaiveGrouping(assignmentGroups(planWith(objectives, rows)), objectives, rows);
      }),
      { numRuns: 1000 },
    );
  });

  it('groups rows that follow the objectives in order, each run under its first objective', () => {
    const objectives = ['o1', 'o2', 'o2', 'o3'];
    const rows = ['o1', 'o1', 'o2', 'o2', 'o2', 'o3', 'o1'];
    const groups = assignmentGroups(planWith(objectives, rows));
    expectNaiveGrouping(groups, objectives, rows);
    expect(Array.from(groups.objectiveOf)).toEqual([0, 1, 3]);
    expect(Array.from(groups.groupOf)).toEqual([0, 0, 1, 1, 1, 2, 0]);
  });

  it('puts rows with a key no objective has in groups of their own, objective -1', () => {
    const groups = assignmentGroups(planWith(['o1'], ['ghost', 'o1', 'ghost', 'other']));
    expect(groups.keyOf).toEqual(['ghost', 'o1', 'other']);
    expect(Array.from(groups.objectiveOf)).toEqual([-1, 0, -1]);
    expect(membersOfGroup(groups, 0)).toEqual([0, 2]);
    expect(groups.groupOfKey('nobody')).toBe(-1);
  });

  it('has no group for an objective no row names', () => {
    const groups = assignmentGroups(planWith(['o1', 'o2'], ['o2']));
    expect(groups.count).toBe(1);
    expect(groups.groupOfKey('o1')).toBe(-1);
    expect(groups.groupOfKey('o2')).toBe(0);
  });

  it('returns each row its group while grouping, so a walk can tally per group', () => {
    const plan = planWith(['o1', 'o2'], []);
    const grouper = new RowGrouper(plan, 4);
    expect(['o2', 'x', 'o2', 'o1'].map((key, row) => grouper.add(row, key))).toEqual([0, 1, 0, 2]);
    expect(grouper.finish().keyOf).toEqual(['o2', 'x', 'o1']);
  });

  it('handles a plan with no objectives or no rows', () => {
    expectNaiveGrouping(assignmentGroups(planWith([], ['a', 'b', 'a'])), [], ['a', 'b', 'a']);
    const none = assignmentGroups(planWith(['a'], []));
    expect(none.count).toBe(0);
    expect(Array.from(none.start)).toEqual([0]);
  });
});
