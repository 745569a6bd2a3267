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
import { cellText, fieldCell, isMissing, rawText, round2, sameNumber, signed, sum } from './common';
import { objectiveLabeller } from './indicators';

export function checkAssignments(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const objectiveKeys = new Set(plan.objectives.map((o) => o.key));
  const staff = new Set(plan.employees.map((e) => e.nameKey));
  const labelFor = objectiveLabeller(plan);

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

  const byObjective = new Map<string, Assignment[]>();
  for (const a of plan.assignments) {
    const { area, ...label } = labelFor(a.objectiveKey);
    const base = { area, objective: label.objective };
    const cell = a.cell ?? a.share.cell;
    if (!objectiveKeys.has(a.objectiveKey)) {
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
    if (plan.employees.length > 0 && !staff.has(a.employeeKey)) {
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
    const shareCell = fieldCell(a.share, a.cell);
    if (a.share.problem !== undefined) {
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
    const list = byObjective.get(a.objectiveKey) ?? [];
    list.push(a);
    byObjective.set(a.objectiveKey, list);
  }

  for (const [key, list] of byObjective) {
    const given = list.filter((a) => a.share.value !== undefined);
    if (given.length === 0 || list.some((a) => a.share.problem !== undefined)) continue;
    const { area, ...label } = labelFor(key);
    const base = { area, objective: label.objective };
    const missing = list.filter((a) => isMissing(a.share));
    if (missing.length > 0) {
      out.push(
        finding({
          ...base,
          code: 'SHARES_PARTIAL',
          severity: 'error',
          params: {
            ...label,
            missing: missing.length,
            count: list.length,
            names: missing.map((a) => a.employeeName).join(', '),
          },
          cells: missing.map((a) => fieldCell(a.share, a.cell)),
        }),
      );
      continue;
    }
    const total = round2(sum(given.map((a) => a.share.value as number)));
    if (sameNumber(total, 100)) continue;
    out.push(
      finding({
        ...base,
        code: 'SHARES_SUM',
        severity: 'error',
        params: { ...label, sum: total, diff: signed(total - 100) },
        cells: given.map((a) => fieldCell(a.share, a.cell)),
      }),
    );
  }
  return out;
}
