import fc from 'fast-check';
import type { Assignment, Employee, Field, Objective, Plan } from '../../../src/domain/model';
import {
  ON_STAFF,
  SHARE_OUT_OF_RANGE,
  SHARE_PROBLEM,
  SHARE_VALUE,
  assignmentRows,
  staffKeys,
} from '../../../src/domain/rows/assignmentRows';
import { assignedCounts } from '../../../src/domain/validation/projects';
import { withEngineRun } from '../../../src/domain/engineRun';
import { bad, cleanPlan, empty, ok } from '../validation/build';
import { naiveGroups } from '../naiveGroups';

function objectiveWithKey(key: string, row: number): Objective {
  return { key, id: key, title: ok(key, 'Progetti', `C${row}`), scope: 'general', weight: {} };
}

function employee(nameKey: string, row: number): Employee {
  return { name: nameKey.toUpperCase(), nameKey, cell: { sheet: 'Personale', cell: `A${row}` } };
}

interface Row {
  objectiveKey: string;
  employeeKey: string;
  share: Field<number>;
}

function assignment(row: Row, at: number): Assignment {
  return {
    ...row,
    employeeName: row.employeeKey.toUpperCase(),
    cell: { sheet: 'Assegnazioni', cell: `A${at}` },
  };
}

const BASE = cleanPlan();

function planWith(objectiveKeys: readonly string[], staff: readonly string[], rows: readonly Row[]): Plan {
  return {
    ...BASE,
    objectives: objectiveKeys.map((k, i) => objectiveWithKey(k, i + 2)),
    employees: staff.map((k, i) => employee(k, i + 2)),
    assignments: rows.map((r, i) => assignment(r, i + 2)),
  };
}

// Few distinct keys, so that repeated people, repeated objectives and unknown ones all happen.
const OBJECTIVES = ['o1', 'o2', 'o3', 'o4'];
const PEOPLE = ['anna', 'bruno', 'carla', 'dario', 'elena'];
const shareField: fc.Arbitrary<Field<number>> = fc.oneof(
  fc.double({ min: -20, max: 130, noNaN: true }).map((v) => ok(v, 'Assegnazioni', 'C2')),
  fc.constantFrom(0, 100, 100 + 1e-10, 100.001).map((v) => ok(v, 'Assegnazioni', 'C2')),
  fc.constant(bad<number>('metà', 'NOT_A_NUMBER', 'Assegnazioni', 'C2')),
  fc.constant(empty<number>('Assegnazioni', 'C2')),
);
const row: fc.Arbitrary<Row> = fc.record({
  objectiveKey: fc.constantFrom(...OBJECTIVES, 'ghost'),
  employeeKey: fc.constantFrom(...PEOPLE, 'nessuno'),
  share: shareField,
});
const planArbitrary = fc
  .tuple(
    fc.array(fc.constantFrom(...OBJECTIVES), { maxLength: 6 }),
    fc.array(fc.constantFrom(...PEOPLE), { maxLength: 6 }),
    fc.array(row, { maxLength: 30 }),
  )
  .map(([objectives, staff, rows]) => planWith(objectives, staff, rows));

describe('assignmentRows', () => {
  it('flags and keeps each row as its share field and the staff table say', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const rows = assignmentRows(plan);
        const staff = new Set(plan.employees.map((e) => e.nameKey));
        plan.assignments.forEach((a, i) => {
          const { value, problem } = a.share;
          const flags = rows.flags[i];
          expect((flags & SHARE_VALUE) !== 0).toBe(value !== undefined);
          expect((flags & SHARE_PROBLEM) !== 0).toBe(problem !== undefined);
          expect((flags & SHARE_OUT_OF_RANGE) !== 0).toBe(
            problem === undefined && value !== undefined && (value < 0 || value > 100 + 1e-9),
          );
          expect((flags & ON_STAFF) !== 0).toBe(staff.has(a.employeeKey));
          expect(rows.share[i]).toBe(value ?? 0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('numbers people so that equal numbers mean equal keys, staff keys first', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const rows = assignmentRows(plan);
        const staff = staffKeys(plan);
        const staffDistinct = [...new Set(plan.employees.map((e) => e.nameKey))];
        expect(staff.count).toBe(staffDistinct.length);
        staffDistinct.forEach((key, n) => expect(staff.numberOf.get(key)).toBe(n));
        const keys = plan.assignments.map((a) => a.employeeKey);
        expect(rows.people).toBe(new Set([...staffDistinct, ...keys]).size);
        keys.forEach((key, i) => {
          expect(rows.person[i] < staff.count).toBe(staff.numberOf.has(key));
          expect(rows.person[i]).toBeLessThan(rows.people);
          keys.forEach((other, j) => expect(rows.person[i] === rows.person[j]).toBe(key === other));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('groups rows by objective key as a naive grouping would, keys by first appearance', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const { groups } = assignmentRows(plan);
        const keys = plan.assignments.map((a) => a.objectiveKey);
        const expected = naiveGroups(keys);
        expect(groups.keyOf).toEqual([...expected.keys()]);
        [...expected.values()].forEach((rows, g) => {
          expect(Array.from(groups.members.subarray(groups.start[g], groups.start[g + 1]))).toEqual(rows);
          expect(groups.objectiveOf[g]).toBe(plan.objectives.findIndex((o) => o.key === groups.keyOf[g]));
        });
      }),
      { numRuns: 300 },
    );
  });

  it("gives each objective its key's rows in order, the first objective with a key taking them", () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const { start, members, groupOfObjective } = assignmentRows(plan).groups;
        const keys = plan.objectives.map((o) => o.key);
        keys.forEach((key, p) => {
          const g = groupOfObjective[p];
          const rows = g < 0 ? [] : Array.from(members.subarray(start[g], start[g + 1]));
          const expected =
            keys.indexOf(key) !== p
              ? []
              : plan.assignments.flatMap((a, i) => (a.objectiveKey === key ? [i] : []));
          expect(rows).toEqual(expected);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('is built once per engine run and shared', () => {
    const plan = planWith(['o1'], ['anna'], []);
    expect(assignmentRows(plan)).not.toBe(assignmentRows(plan));
    withEngineRun(plan, () => expect(assignmentRows(plan)).toBe(assignmentRows(plan)));
  });
});

describe('assignedCounts', () => {
  it('counts the distinct people assigned to each objective key, as a set per objective would', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const counts = assignedCounts(plan);
        plan.objectives.forEach((o, i) => {
          const people = new Set(
            plan.assignments.filter((a) => a.objectiveKey === o.key).map((a) => a.employeeKey),
          );
          expect(counts[i]).toBe(people.size);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('counts a person once per objective however often listed, in every objective listing them', () => {
    const share = empty<number>('Assegnazioni', 'C2');
    const plan = planWith(
      ['o1', 'o2', 'o1'],
      ['anna'],
      [
        { objectiveKey: 'o1', employeeKey: 'anna', share },
        { objectiveKey: 'o2', employeeKey: 'anna', share },
        { objectiveKey: 'o1', employeeKey: 'bruno', share },
        { objectiveKey: 'o1', employeeKey: 'anna', share },
      ],
    );
    expect(Array.from(assignedCounts(plan))).toEqual([2, 1, 2]);
  });
});
