/**
 * Staff assignments (docs/domain.md section 7, item 6): shares of an objective add up to 100 %,
 * every assigned person is in the staff table, every assignment names a known objective.
 *
 * Shares follow the sub-weight rule: none given means equal shares; some given and some not is
 * an error (SHARES_PARTIAL). Assignees are matched on the normalised name (`employeeKey` against
 * `Employee.nameKey`). With no staff table at all, one warning replaces a flood of "unknown".
 */
import type { Assignment, Plan } from '../model';
import { editDistance } from '../values/editDistance';
import { finding, type Finding } from '../findings';
import { cellText, fieldCell, rawText, round2, sameNumber, signed } from './common';
import { findingLabelAt } from './indicators';
import type { RowGroups } from '../rows/objectivePositions';
import {
  ON_STAFF,
  SHARE_OUT_OF_RANGE,
  SHARE_PROBLEM,
  SHARE_VALUE,
  assignmentRows,
  type AssignmentRows,
} from '../rows/assignmentRows';

/** Per objective: shares given, missing, any unreadable, and their sum, counted in one pass. */
interface ShareTally {
  given: Int32Array;
  missing: Int32Array;
  unreadable: Uint8Array;
  /** The same additions, in the same order, as sum(given values). */
  total: Float64Array;
}

export function checkAssignments(plan: Plan): Finding[] {
  const out: Finding[] = [];
  if (plan.employees.length === 0 && plan.assignments.length > 0) {
    const people = new Set(plan.assignments.map((a) => a.employeeKey));
    out.push(
      finding({
        code: 'STAFF_TABLE_MISSING',
        severity: 'warning',
        params: { count: people.size },
        cells: [plan.assignments[0].cell],
      }),
    );
  }
  const rows = assignmentRows(plan);
  const tally = checkRows(plan, rows, out);
  checkShares(plan, rows.groups, tally, out);
  return out;
}

/**
 * Row by row, in plan order: objective and person known, share readable and within 0..100. The
 * rows' typed arrays say which rows have something to report; only those are read again.
 */
function checkRows(plan: Plan, rows: AssignmentRows, out: Finding[]): ShareTally {
  const { count, groupOf, objectiveOf } = rows.groups;
  const { flags, share } = rows;
  const tally: ShareTally = {
    given: new Int32Array(count),
    missing: new Int32Array(count),
    unreadable: new Uint8Array(count),
    total: new Float64Array(count),
  };
  const hasStaff = plan.employees.length > 0;
  // Local copies: an imported binding may be read through a getter on every row.
  const VALUE = SHARE_VALUE;
  const PROBLEM = SHARE_PROBLEM;
  const OUT_OF_RANGE = SHARE_OUT_OF_RANGE;
  const STAFF = ON_STAFF;
  for (let i = 0; i < flags.length; i++) {
    const g = groupOf[i];
    const objective = objectiveOf[g];
    const f = flags[i];
    if (objective < 0) {
      unknownObjective(plan, plan.assignments[i], out);
      continue;
    }
    if (hasStaff && !(f & STAFF)) unknownAssignee(plan, objective, plan.assignments[i], out);
    if (f & (PROBLEM | OUT_OF_RANGE)) shareFinding(plan, objective, plan.assignments[i], out);
    if (f & VALUE) {
      tally.given[g]++;
      tally.total[g] += share[i];
    }
    if (f & PROBLEM) tally.unreadable[g] = 1;
    else if (!(f & VALUE)) tally.missing[g]++;
  }
  return tally;
}

/**
 * The staff name one or two letters away from a name nobody has ("Ortensia Valli" for ORTENZIA
 * VALLI), offered as "forse intendevi", never applied: two people may differ by one letter.
 */
function nearMiss(plan: Plan, key: string): { suggestion: string } | Record<string, never> {
  const max = key.length >= 10 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const e of plan.employees) {
    const d = editDistance(key, e.nameKey, max);
    if (d < bestDistance) {
      best = e.name;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && d <= max) tie = true;
  }
  return best !== undefined && !tie ? { suggestion: best } : {};
}

function unknownAssignee(plan: Plan, objective: number, a: Assignment, out: Finding[]): void {
  const { base, label } = findingLabelAt(plan, objective, a.objectiveKey);
  const cell = a.cell ?? a.share.cell;
  out.push(
    finding({
      ...base,
      code: 'ASSIGNEE_UNKNOWN',
      severity: 'error',
      params: { ...label, name: a.employeeName, cell: cellText(cell), ...nearMiss(plan, a.employeeKey) },
      cells: [cell],
    }),
  );
}

function unknownObjective(plan: Plan, a: Assignment, out: Finding[]): void {
  const { base } = findingLabelAt(plan, -1, a.objectiveKey);
  const cell = a.cell ?? a.share.cell;
  out.push(
    finding({
      ...base,
      code: 'ASSIGNMENT_OBJECTIVE_UNKNOWN',
      severity: 'error',
      params: { name: a.employeeName, objective: a.objectiveKey, cell: cellText(cell) },
      cells: [cell],
    }),
  );
}

function shareFinding(plan: Plan, objective: number, a: Assignment, out: Finding[]): void {
  const { base, label } = findingLabelAt(plan, objective, a.objectiveKey);
  const cell = fieldCell(a.share, a.cell);
  const params =
    a.share.problem !== undefined
      ? { ...label, name: a.employeeName, text: rawText(a.share.raw), cell: cellText(cell) }
      : { ...label, name: a.employeeName, share: a.share.value as number, cell: cellText(cell) };
  out.push(
    finding({
      ...base,
      code: a.share.problem !== undefined ? 'SHARE_NOT_NUMBER' : 'SHARE_OUT_OF_RANGE',
      severity: 'error',
      params,
      cells: [cell],
    }),
  );
}

/** Per objective, in order of first appearance: shares all given add up to 100, or none given. */
function checkShares(plan: Plan, groups: RowGroups, tally: ShareTally, out: Finding[]): void {
  const { given, missing, unreadable, total } = tally;
  for (let g = 0; g < groups.count; g++) {
    const objective = groups.objectiveOf[g];
    if (objective < 0 || given[g] === 0 || unreadable[g] === 1) continue;
    if (missing[g] === 0 && sameNumber(round2(total[g]), 100)) continue;
    const { base, label } = findingLabelAt(plan, objective, groups.keyOf[g]);
    const list = Array.from(
      groups.members.subarray(groups.start[g], groups.start[g + 1]),
      (at) => plan.assignments[at],
    );
    const cellOf = (a: Assignment) => fieldCell(a.share, a.cell);
    if (missing[g] > 0) {
      const missingList = list.filter((a) => a.share.value === undefined && a.share.problem === undefined);
      out.push(
        finding({
          ...base,
          code: 'SHARES_PARTIAL',
          severity: 'error',
          params: {
            ...label,
            missing: missingList.length,
            count: list.length,
            names: missingList.map((a) => a.employeeName).join(', '),
          },
          cells: missingList.map(cellOf),
        }),
      );
      continue;
    }
    const rounded = round2(total[g]);
    out.push(
      finding({
        ...base,
        code: 'SHARES_SUM',
        severity: 'error',
        params: { ...label, sum: rounded, diff: signed(rounded - 100) },
        cells: list.filter((a) => a.share.value !== undefined).map(cellOf),
      }),
    );
  }
}
