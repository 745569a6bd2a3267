/**
 * The staff table (docs/domain.md section 7, item 6): weekly hours and individual evaluations.
 *
 * Severity follows use: hours are an error when the distribution proportions to part-time
 * (`params.partTime`, on by default), a warning otherwise; evaluations likewise with
 * `params.individualEvaluation`. Two staff rows with the same normalised name are an error:
 * assignments could not tell them apart.
 */
import type { Employee, Plan } from '../model';
import type { Severity } from '../findings';
import { finding, type Finding } from '../findings';
import { cellText, cellsText, fieldCell, rawText } from './common';
import { repeatedGroups } from '../grouping';
import { staffKeys } from '../rows/assignmentRows';

export function checkStaff(plan: Plan): Finding[] {
  const { partTime, individualEvaluation, fullTimeHours } = plan.params;
  const hoursSeverity: Severity = partTime ? 'error' : 'warning';
  const evaluationSeverity: Severity = individualEvaluation ? 'error' : 'warning';
  const out: Finding[] = [];

  for (const e of plan.employees) {
    const base = { area: e.area };
    const hours = e.weeklyHours;
    if (hours !== undefined) {
      const cell = fieldCell(hours, e.cell);
      if (hours.problem !== undefined) {
        out.push(
          finding({
            ...base,
            code: 'HOURS_NOT_NUMBER',
            severity: hoursSeverity,
            params: { name: e.name, text: rawText(hours.raw), cell: cellText(cell) },
            cells: [cell],
          }),
        );
      } else if (hours.value !== undefined && hours.value <= 0) {
        out.push(
          finding({
            ...base,
            code: 'HOURS_NOT_POSITIVE',
            severity: hoursSeverity,
            params: { name: e.name, hours: hours.value, cell: cellText(cell) },
            cells: [cell],
          }),
        );
      } else if (hours.value !== undefined && fullTimeHours > 0 && hours.value > fullTimeHours + 1e-9) {
        out.push(
          finding({
            ...base,
            code: 'HOURS_OVER_FULL_TIME',
            severity: hoursSeverity,
            params: { name: e.name, hours: hours.value, full: fullTimeHours, cell: cellText(cell) },
            cells: [cell],
          }),
        );
      }
    }
    const evaluation = e.evaluation;
    if (evaluation !== undefined) {
      const cell = fieldCell(evaluation, e.cell);
      if (evaluation.problem !== undefined) {
        out.push(
          finding({
            ...base,
            code: 'EVALUATION_NOT_NUMBER',
            severity: evaluationSeverity,
            params: { name: e.name, text: rawText(evaluation.raw), cell: cellText(cell) },
            cells: [cell],
          }),
        );
      } else if (evaluation.value !== undefined && (evaluation.value < 0 || evaluation.value > 100 + 1e-9)) {
        out.push(
          finding({
            ...base,
            code: 'EVALUATION_OUT_OF_RANGE',
            severity: evaluationSeverity,
            params: { name: e.name, value: evaluation.value, cell: cellText(cell) },
            cells: [cell],
          }),
        );
      }
    }
  }
  // As many distinct keys as rows: no name repeats (the keys are shared with the assignments).
  if (staffKeys(plan).count === plan.employees.length) return out;
  // A loop, not push(...list): a spread of 100,000+ findings overflows the call stack.
  for (const f of duplicates(plan.employees)) out.push(f);
  return out;
}

/** Staff rows sharing a normalised name (positions per name, not an array per person). */
function duplicates(employees: readonly Employee[]): Finding[] {
  const out: Finding[] = [];
  for (const list of repeatedGroups(employees, (e) => e.nameKey)) {
    const cells = list.map((e) => e.cell);
    out.push(
      finding({
        code: 'EMPLOYEE_DUPLICATE',
        severity: 'error',
        params: { name: list[0].name, count: list.length, cells: cellsText(cells) },
        cells,
        area: list[0].area,
      }),
    );
  }
  return out;
}
