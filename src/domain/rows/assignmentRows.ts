/**
 * One walk over the assignments serves the assignment check (assignments.ts), the people counts
 * of the project checks (projects.ts) and the declared share totals (totals.ts), as
 * indicatorRows.ts does for the indicators. On 200,000 assignments each walk over the rows
 * costs tens of milliseconds, nearly all of it reading objects spread over the heap; the checks
 * then read typed arrays, and the rows themselves only for a finding.
 */
import type { Plan } from '../model';
import { shared } from '../engineRun';
import { RowGrouper, type RowGroups } from './objectivePositions';

/** Per-row bits of `AssignmentRows.flags`. */
export const SHARE_VALUE = 1;
export const SHARE_PROBLEM = 2;
/** A readable share below 0 or above 100 (SHARE_OUT_OF_RANGE). */
export const SHARE_OUT_OF_RANGE = 4;
/** The person's key is some staff row's `nameKey`. */
export const ON_STAFF = 8;

export interface AssignmentRows {
  /** Assignments grouped by objective key. */
  groups: RowGroups;
  flags: Uint8Array;
  /** The share of each row that has one (see SHARE_VALUE), else 0. */
  share: Float64Array;
  /** A number per distinct employee key: equal numbers, equal keys. */
  person: Int32Array;
  /** How many distinct employee keys there are (people numbers are below it). */
  people: number;
}

export function assignmentRows(plan: Plan): AssignmentRows {
  return shared(plan, 'assignmentRows', () => walkAssignments(plan));
}

/** The staff's name keys numbered 0, 1, ... in order of first appearance. */
export interface StaffKeys {
  numberOf: ReadonlyMap<string, number>;
  /** Distinct keys: fewer than the staff rows when a name repeats (EMPLOYEE_DUPLICATE). */
  count: number;
}

export function staffKeys(plan: Plan): StaffKeys {
  return shared(plan, 'staffKeys', () => {
    const numberOf = new Map<string, number>();
    for (const e of plan.employees) if (!numberOf.has(e.nameKey)) numberOf.set(e.nameKey, numberOf.size);
    return { numberOf, count: numberOf.size };
  });
}

function walkAssignments(plan: Plan): AssignmentRows {
  const rows = plan.assignments;
  const grouper = new RowGrouper(plan, rows.length);
  const flags = new Uint8Array(rows.length);
  const share = new Float64Array(rows.length);
  const person = new Int32Array(rows.length);
  // Staff keys have the numbers below `staff.count`; other keys (rare) are numbered after them.
  const staff = staffKeys(plan);
  const others = new Map<string, number>();
  // Local copies: an imported binding may be read through a getter on every row.
  const VALUE = SHARE_VALUE;
  const PROBLEM = SHARE_PROBLEM;
  const OUT_OF_RANGE = SHARE_OUT_OF_RANGE;
  const STAFF = ON_STAFF;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    grouper.add(i, a.objectiveKey);
    let f = 0;
    let p = staff.numberOf.get(a.employeeKey);
    if (p !== undefined) f = STAFF;
    else {
      p = others.get(a.employeeKey);
      if (p === undefined) others.set(a.employeeKey, (p = staff.count + others.size));
    }
    person[i] = p;
    const { value, problem } = a.share;
    if (value !== undefined) {
      f |= VALUE;
      share[i] = value;
    }
    if (problem !== undefined) f |= PROBLEM;
    else if (value !== undefined && (value < 0 || value > 100 + 1e-9)) f |= OUT_OF_RANGE;
    flags[i] = f;
  }
  return { groups: grouper.finish(), flags, share, person, people: staff.count + others.size };
}
