/**
 * From units to employees (docs/domain.md section 6, step 7). Each unit's payment is split among the
 * assignments of its objective key, in proportion to
 *   share % (equal shares when none is given; when only some are given, the others share
 *            what is left of 100 in equal parts)
 *   x weekly hours, capped at full time (params.partTime; missing hours = full time)
 *   x individual evaluation % (params.individualEvaluation; a missing one is a refusal reason,
 *            checked before this step)
 *   x (100 - days absent x absencePercentPerDay) %, not below 0 (params.absenceReduction)
 * renormalised inside the objective and split by largest remainder, so the employees' amounts
 * add up exactly to the unit's payment. Ties go by name key (order.ts), not by row.
 *
 * A unit with a payment and nobody assigned, or whose assigned people all weigh 0, keeps its
 * amount (a warning says so); it is not spread over other units.
 */
import type { Cents, Plan } from '../model';
import { finding } from '../findings';
import { assignmentRows } from '../rows/assignmentRows';
import { NaturalSplitter } from './order';
import type { People, Person } from './people';
import type { EmployeeAmount } from '../results';
import { cleanNumber, cleanProductOf, nonNegative } from './numbers';
import { nameOf, PaidEmployee, PaidParts } from './paidEmployee';
import { euro } from './text';
import type { Issues } from './types';
import type { Unit } from './unit';

/**
 * What the unit's warnings share. Built only for a warning: formatting it for every unit would
 * cost more than the split (and a function, not a closure per unit).
 */
function warningBase(unit: Unit) {
  return {
    severity: 'warning' as const,
    area: unit.area,
    objective: unit.id,
    params: { objective: unit.id, title: unit.title, amount: euro(unit.toShare) },
  };
}

/**
 * Keys are unique here (a repeated key refuses the distribution first), so the assignments of
 * a unit's objective (found by its position in the plan) are the unit's.
 */
export function splitToEmployees(
  units: readonly Unit[],
  plan: Plan,
  people: People,
  issues: Issues,
): { employees: EmployeeAmount[]; withoutStaff: Cents } {
  const assignments = plan.assignments;
  // The assignments grouped by objective key, in plan order: the rows of the objective at
  // position p are those of group groupOfObjective[p] (none when -1), as read once for the
  // engine run (rows/assignmentRows.ts).
  const { start, members, groupOfObjective } = assignmentRows(plan).groups;
  // Each assignment's person, by row.
  const personOf = people.ofAssignments;
  // Room for every part: each unit's assignments.
  let capacity = 0;
  for (let u = 0; u < units.length; u++) {
    const g = groupOfObjective[units[u].position];
    if (g >= 0) capacity += start[g + 1] - start[g];
  }
  const paidParts = new PaidParts(units, assignments, personOf, capacity);
  // People in the order they are first paid.
  const result: EmployeeAmount[] = [];
  // Per-unit scratch, reused: the assignments' people and share %, the weights and keys of the
  // split (in the splitter) and its parts.
  const persons: Person[] = [];
  const percents: number[] = [];
  const splitter = new NaturalSplitter();
  const weights = splitter.weights;
  // What units paid that nobody receives.
  let withoutStaff = 0;

  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    const g = groupOfObjective[unit.position];
    const first = g < 0 ? 0 : start[g];
    const n = g < 0 ? 0 : start[g + 1] - first;
    // The payment, or before it the allocation (potential shares).
    const amount = unit.toShare;
    if (n === 0) {
      if (amount > 0)
        issues.warnings.push(finding({ ...warningBase(unit), code: 'DIST_UNIT_WITHOUT_STAFF' }));
      withoutStaff += amount;
      continue;
    }
    // Share % of each assignment: equal shares when none is given; when only some are given,
    // the others share what is left of 100 in equal parts (summed in row order, as given).
    let givenCount = 0;
    let givenSum = 0;
    for (let k = 0; k < n; k++) {
      const v = assignments[members[first + k]].share.value;
      if (nonNegative(v)) {
        givenCount += 1;
        givenSum += v;
      }
    }
    const equal = givenCount === 0;
    const missing = n - givenCount;
    const leftEach =
      !equal && missing > 0 ? Math.max(0, cleanNumber((100 - cleanNumber(givenSum)) / missing)) : 0;
    // Weight = share % x the person's factors (cleaned product), summed in row order.
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const row = members[first + k];
      const person = personOf[row];
      const v = assignments[row].share.value;
      const percent = equal ? 1 : nonNegative(v) ? v : leftEach;
      const weight = cleanProductOf(percent, person.factors);
      persons[k] = person;
      percents[k] = percent;
      weights[k] = weight;
      splitter.keys[k] = person.sortKey;
      sum += weight;
    }
    sum = cleanNumber(sum);
    if (sum === 0) {
      if (amount > 0) {
        const cells = [];
        for (let k = 0; k < n; k++) cells.push(assignments[members[first + k]].cell);
        issues.warnings.push(finding({ ...warningBase(unit), code: 'DIST_STAFF_WEIGHT_ZERO', cells }));
      }
      withoutStaff += amount;
      continue;
    }
    splitter.split(amount, n);
    const amounts = splitter.parts;
    paidParts.setUnit(u, sum, equal ? n : 0);
    for (let k = 0; k < n; k++) {
      const row = members[first + k];
      const person = persons[k];
      let paid = person.paid;
      if (paid === undefined) {
        paid = new PaidEmployee(nameOf(assignments[row], person), person.employee?.area, paidParts);
        person.paid = paid;
        result.push(paid);
      }
      paid.add(paidParts.add(u, row, amounts[k], weights[k], percents[k]), amounts[k]);
    }
  }
  return { employees: result, withoutStaff };
}
