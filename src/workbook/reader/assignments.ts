/**
 * Who works on which objective: assignment tables (one person and share per row, referring to
 * an objective read before), and, once every table is read, the implicit assignment of an area's
 * whole staff to the area objectives nobody was assigned to.
 */
import type { Assignment } from '../../domain/model';
import { finding } from '../../domain/findings';
import { isBlank, looksLikeFractions, normalizeName, rawToText } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import { areaKey } from './areas';
import { isWholeStaffRow, withAreaStaff } from './assignees';
import { readAssigneesText } from './assignees-text';
import { idText, isError, percent, type ReadContext } from './context';
import { findObjective } from './objective-index';
import type { SheetCells } from './sheet-cells';

export function readAssignments(ctx: ReadContext, t: RecognizedTable, cells: SheetCells): void {
  const firstOfTable = ctx.assignments.length;
  for (const row of t.dataRows) {
    const idError = isError(ctx, cells, row, t.columns.id);
    if (isError(ctx, cells, row, t.columns.title) || idError) continue;
    const id = idText(cells.raw(row, t.columns.id));
    const titleRaw = t.columns.title === undefined ? null : cells.raw(row, t.columns.title);
    const title = isBlank(titleRaw) ? '' : rawToText(titleRaw).trim();
    if (!id && !title) continue;
    const areaRaw = t.columns.area === undefined ? null : cells.raw(row, t.columns.area);
    const area = isBlank(areaRaw) ? t.area : rawToText(areaRaw).trim();
    const objective = findObjective(ctx, area, id, title);
    const refCell = cells.ref(row, (t.columns.id ?? t.columns.title) as number);
    if (!objective) {
      ctx.findings.push(
        finding({
          code: 'READ_OBJECTIVE_NOT_FOUND',
          severity: 'error',
          params: { cell: `${refCell.sheet}!${refCell.cell}`, objective: id || title, area: area ?? '' },
          cells: [refCell],
          area,
          objective: id || title,
        }),
      );
      continue;
    }
    if (t.columns.assignees !== undefined) readAssigneesText(ctx, objective, cells, row, t.columns.assignees);
    const col = t.columns.employee;
    const raw = col === undefined ? null : cells.raw(row, col);
    if (isBlank(raw) || col === undefined || isError(ctx, cells, row, col)) continue;
    const name = rawToText(raw).replace(/\s+/g, ' ').trim();
    if (isWholeStaffRow(objective, name, cells.ref(row, col), ctx.assigneeRules)) continue;
    ctx.assignments.push({
      objectiveKey: objective.key,
      employeeName: name,
      employeeKey: normalizeName(name),
      share: percent(ctx, cells, row, t.columns.share) ?? {},
      cell: cells.rowRef(row, t.range.left, t.range.right),
    });
  }
  const col = t.columns.share;
  if (col !== undefined && !t.dataRows.some((row) => cells.isPercentFormat(row, col)))
    sharesAsFractions(ctx.assignments.slice(firstOfTable));
}

/**
 * Shares typed as fractions (0,6 and 0,4 in cells without a percent format) mean 60 % and 40 %,
 * as weights do. When every objective's shares are between 0 and 1 and add up to 1, the whole
 * table is in fractions (a lone 1 is 100 %). In a table that mixes both, an objective's shares
 * are converted only when they add up to 1 and one of them is strictly between 0 and 1, so that
 * a lone 1 stays as typed and validation reports it. Anything else is left for validation.
 */
function sharesAsFractions(assignments: Assignment[]): void {
  const byObjective = new Map<string, Assignment[]>();
  for (const a of assignments) {
    if (a.share.value === undefined) continue;
    const list = byObjective.get(a.objectiveKey);
    if (list) list.push(a);
    else byObjective.set(a.objectiveKey, [a]);
  }
  const values = (group: Assignment[]) => group.map((a) => a.share.value as number);
  const groups = [...byObjective.values()];
  const wholeTable = groups.length > 0 && groups.every((g) => looksLikeFractions(values(g)));
  for (const group of groups) {
    const v = values(group);
    if (!wholeTable && !(looksLikeFractions(v) && v.some((x) => x > 0 && x < 1))) continue;
    for (const a of group) a.share.value = Math.round((a.share.value as number) * 1e8) / 1e6;
  }
}

/**
 * An area objective with nobody assigned involves the whole staff of its area, in equal shares:
 * that is how plans read transversal objectives ("1T") and objectives with no "risorse umane
 * assegnate". Projects never get staff by default: their headcount is declared.
 */
export function assignAreaStaff(ctx: ReadContext): void {
  ctx.assignments = withAreaStaff(
    ctx.objectives,
    ctx.employees,
    ctx.assignments,
    ctx.assigneeRules,
    areaKey,
    ctx.findings,
  );
}
