/**
 * The "risorse umane assegnate" cell of an objective's row: names (and shares) written as text
 * in one cell, read into assignments. Weight, project, indicator and assignment tables may all
 * carry such a column.
 */
import type { Objective } from '../../domain/model';
import { isBlank } from '../../domain/values';
import { readAssigneesCell } from './assignees';
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
  if (isBlank(raw)) return;
  const read = readAssigneesCell(objective, raw, cells.ref(row, col), ctx.assigneeRules, ctx.findings);
  for (const a of read) ctx.assignments.push(a);
}
