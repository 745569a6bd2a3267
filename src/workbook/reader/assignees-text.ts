/**
 * The "risorse umane assegnate" cell of an objective's row: names (and shares) written as text
 * in one cell, read into assignments. Weight, project, indicator and assignment tables may all
 * carry such a column.
 */
import type { Objective } from '../../domain/model';
import { finding } from '../../domain/findings';
import { isBlank, normalizeName, parseAssignmentsText } from '../../domain/values';
import type { ReadContext } from './context';
import type { SheetCells } from './sheet-cells';

export function readAssigneesText(
  ctx: ReadContext,
  objective: Objective,
  cells: SheetCells,
  row: number,
  col: number,
): void {
  const raw = cells.raw(row, col);
  if (isBlank(raw) || typeof raw !== 'string') return;
  const cell = cells.ref(row, col);
  const parsed = parseAssignmentsText(raw);
  if (!parsed.ok) {
    ctx.findings.push(
      finding({
        code: 'READ_ASSIGNEES_UNREADABLE',
        severity: 'warning',
        params: { cell: `${cell.sheet}!${cell.cell}`, text: raw.slice(0, 80) },
        cells: [cell],
        area: objective.area,
        objective: objective.id,
      }),
    );
    return;
  }
  for (const p of parsed.value) {
    ctx.assignments.push({
      objectiveKey: objective.key,
      employeeName: p.name,
      employeeKey: normalizeName(p.name),
      share: p.share === undefined ? { raw, cell } : { value: p.share, raw, cell },
      cell,
    });
  }
}
