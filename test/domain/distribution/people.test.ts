import fc from 'fast-check';
import { People } from '../../../src/domain/distribution/people';
import { withEngineRun } from '../../../src/domain/engineRun';
import { assignmentRows } from '../../../src/domain/rows/assignmentRows';
import { assignment, employee, makePlan, objective } from '../builders';

// Few names, so that staff rows repeat a person and assignments name people off the staff list.
const STAFF = ['Anna Rossi', 'Bruno Bianchi', 'Carla Verdi', 'Dario Neri'];
const NAMES = [...STAFF, 'Ignoto Uno', 'Ignoto Due'];

const planArbitrary = fc
  .tuple(
    fc.array(fc.record({ name: fc.constantFrom(...STAFF), hours: fc.integer({ min: 6, max: 36 }) }), {
      maxLength: 8,
    }),
    fc.array(fc.constantFrom(...NAMES), { maxLength: 20 }),
  )
  .map(([staff, assigned]) =>
    makePlan({
      objectives: [objective({ key: 'A#1', id: '1' })],
      employees: staff.map((s, i) => employee(s.name, { weeklyHours: s.hours, row: i + 2 })),
      assignments: assigned.map((name) => assignment('A#1', name)),
    }),
  );

describe('People.ofAssignments', () => {
  it("gives each assignment its key's person: the first staff row, and the last one as lastRow", () => {
    fc.assert(
      fc.property(planArbitrary, fc.boolean(), (plan, inRun) => {
        const people = new People(plan);
        const persons = inRun ? withEngineRun(plan, () => people.ofAssignments) : people.ofAssignments;
        plan.assignments.forEach((a, i) => {
          const person = persons[i];
          // The same object as a lookup by key gives (one person per key, whatever the path).
          expect(person).toBe(people.get(a.employeeKey));
          const rows = plan.employees.filter((e) => e.nameKey === a.employeeKey);
          expect(person.employee).toBe(rows[0]);
          expect(person.lastRow).toBe(rows[rows.length - 1]);
          // Part-time is on by default: the factor is the first staff row's hours (full time if none).
          expect(person.factors[0]).toBe(rows[0]?.weeklyHours?.value ?? plan.params.fullTimeHours);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('reads the people numbers of the engine run it is part of', () => {
    const plan = makePlan({
      employees: [employee('Anna Rossi', { row: 2 })],
      assignments: [assignment('A#1', 'Anna Rossi'), assignment('A#1', 'Ignoto Uno')],
    });
    withEngineRun(plan, () => {
      const rows = assignmentRows(plan);
      const people = new People(plan);
      expect(people.ofAssignments[0].employee).toBe(plan.employees[0]);
      expect(people.ofAssignments[1].employee).toBeUndefined();
      expect(assignmentRows(plan)).toBe(rows);
    });
  });
});
