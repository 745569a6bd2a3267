import fc from 'fast-check';
import { assignmentsByObjective } from '../../../src/domain/distribution/positions';
import { assignment, objective } from '../builders';

/** Each objective's assignment rows, the long way: a key's rows go to its first objective row. */
function naiveGroups(objectiveKeyList: readonly string[], assignmentKeys: readonly string[]): number[][] {
  return objectiveKeyList.map((key, p) =>
    objectiveKeyList.indexOf(key) !== p ? [] : assignmentKeys.flatMap((k, i) => (k === key ? [i] : [])),
  );
}

describe('assignmentsByObjective', () => {
  it("gives each objective its assignments' rows, in order, whatever order the rows are in", () => {
    // Few keys: repeated objective keys, keys no objective has, rows in and out of plan order.
    const key = fc.constantFrom('A#1', 'A#2', 'A#3', 'B#1', 'X#9');
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 6 }),
        fc.array(key, { maxLength: 12 }),
        fc.boolean(),
        (objectiveKeyList, assignmentKeys, sorted) => {
          // Rows listed in the objectives' order, as plans usually are, or as generated.
          const rows = sorted
            ? objectiveKeyList.flatMap((k) => assignmentKeys.filter((a) => a === k))
            : assignmentKeys;
          const objectives = objectiveKeyList.map((k, i) => objective({ key: k, id: String(i) }));
          const assignments = rows.map((k, i) => assignment(k, `Persona ${i}`));
          const { start, members } = assignmentsByObjective(assignments, objectives);
          const groups = objectives.map((_, p) => [...members.subarray(start[p], start[p + 1])]);
          expect(groups).toEqual(naiveGroups(objectiveKeyList, rows));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
