/**
 * Staff assignments (DOMAIN.md section 7, sixth bullet): shares of an objective add up to 100 %,
 * every assigned person is in the staff table, every assignment names a known objective.
 *
 * Shares follow the sub-weight rule: none given means equal shares; some given and some not is
 * an error (SHARES_PARTIAL). Assignees are matched on the normalised name (`employeeKey` against
 * `Employee.nameKey`). With no staff table at all, one warning replaces a flood of "unknown".
 */
import type { Assignment, Plan } from '../model';
import { finding, type Finding } from '../findings';
import { cellText, fieldCell, isMissing, rawText, round2, sameNumber, signed } from './common';
import { findingLabeller, objectivesByKey } from './indicators';

export function checkAssignments(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const objectiveKeys = objectivesByKey(plan); // the same keys as a Set of every objective's key
  const staff = new Set(plan.employees.map((e) => e.nameKey));

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

  const labelled = findingLabeller(plan);
  const hasStaff = plan.employees.length > 0;
  const byObjective = new Map<string, Assignment[]>();
  for (const a of plan.assignments) {
    const cell = a.cell ?? a.share.cell;
    if (!objectiveKeys.has(a.objectiveKey)) {
      const { base } = labelled(a.objectiveKey);
      out.push(
        finding({
          ...base,
          code: 'ASSIGNMENT_OBJECTIVE_UNKNOWN',
          severity: 'error',
          params: { name: a.employeeName, objective: a.objectiveKey, cell: cellText(cell) },
          cells: [cell],
        }),
      );
      continue;
    }
    if (hasStaff && !staff.has(a.employeeKey)) {
      const { base, label } = labelled(a.objectiveKey);
      out.push(
        finding({
          ...base,
          code: 'ASSIGNEE_UNKNOWN',
          severity: 'error',
          params: { ...label, name: a.employeeName, cell: cellText(cell) },
          cells: [cell],
        }),
      );
    }
    if (a.share.problem !== undefined) {
      const { base, label } = labelled(a.objectiveKey);
      const shareCell = fieldCell(a.share, a.cell);
      out.push(
        finding({
          ...base,
          code: 'SHARE_NOT_NUMBER',
          severity: 'error',
          params: { ...label, name: a.employeeName, text: rawText(a.share.raw), cell: cellText(shareCell) },
          cells: [shareCell],
        }),
      );
    } else if (a.share.value !== undefined && (a.share.value < 0 || a.share.value > 100 + 1e-9)) {
      const { base, label } = labelled(a.objectiveKey);
      const shareCell = fieldCell(a.share, a.cell);
      out.push(
        finding({
          ...base,
          code: 'SHARE_OUT_OF_RANGE',
          severity: 'error',
          params: { ...label, name: a.employeeName, share: a.share.value, cell: cellText(shareCell) },
          cells: [shareCell],
        }),
      );
    }
    const list = byObjective.get(a.objectiveKey);
    if (list === undefined) byObjective.set(a.objectiveKey, [a]);
    else list.push(a);
  }

  for (const [key, list] of byObjective) {
    // Counted in one pass; the lists (and the label) are built only when there is a finding.
    let given = 0;
    let missing = 0;
    let unreadable = false;
    let total = 0;
    for (const a of list) {
      const v = a.share.value;
      if (v !== undefined) {
        given++;
        total += v; // the same additions, in the same order, as sum(given values)
      }
      if (a.share.problem !== undefined) unreadable = true;
      else if (v === undefined) missing++;
    }
    if (given === 0 || unreadable) continue;
    if (missing > 0) {
      const { base, label } = labelled(key);
      const missingList = list.filter((a) => isMissing(a.share));
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
          cells: missingList.map((a) => fieldCell(a.share, a.cell)),
        }),
      );
      continue;
    }
    const rounded = round2(total);
    if (sameNumber(rounded, 100)) continue;
    const { base, label } = labelled(key);
    const givenList = list.filter((a) => a.share.value !== undefined);
    out.push(
      finding({
        ...base,
        code: 'SHARES_SUM',
        severity: 'error',
        params: { ...label, sum: rounded, diff: signed(rounded - 100) },
        cells: givenList.map((a) => fieldCell(a.share, a.cell)),
      }),
    );
  }
  return out;
}
