/** Staff tables: one employee per named row, with area, grade, hours, evaluation and absences. */
import { cellText } from '../../domain/cells';
import { finding } from '../../domain/findings';
import type { CellRef } from '../../domain/model';
import { isBlank, normalizeName, rawToText } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import { area } from './areas';
import { isError, number, percent, text, type ReadContext } from './context';
import type { SheetCells } from './sheet-cells';

export function readStaff(ctx: ReadContext, t: RecognizedTable, cells: SheetCells): void {
  for (const row of t.dataRows) {
    const col = t.columns.employee;
    const raw = col === undefined ? null : cells.raw(row, col);
    if (isBlank(raw) || col === undefined || isError(ctx, cells, row, col)) continue;
    const name = rawToText(raw).replace(/\s+/g, ' ').trim();
    const areaRaw = t.columns.area === undefined ? null : cells.raw(row, t.columns.area);
    // A blank area cell takes the area the table stands under, if any.
    const titleCell = t.areaCell === undefined ? undefined : { sheet: t.sheet, cell: t.areaCell };
    const areaName = isBlank(areaRaw)
      ? t.area && area(ctx, t.area, titleCell).name
      : area(ctx, rawToText(areaRaw), cells.ref(row, t.columns.area as number)).name;
    const nameKey = normalizeName(name);
    const cell = cells.rowRef(row, t.range.left, t.range.right);
    if (inAnotherList(ctx, t, nameKey, areaName, cell)) continue;
    ctx.employees.push({
      name,
      nameKey,
      area: areaName,
      grade: text(cells, row, t.columns.grade),
      weeklyHours: number(cells, row, t.columns.hours),
      evaluation: percent(ctx, cells, row, t.columns.evaluation),
      daysAbsent: number(cells, row, t.columns.absence),
      cell,
    });
  }
}

/**
 * The same person in two staff lists of one area (an area's own list and its civil protection
 * list): one person, read once from the first list, hours included; the second row is said
 * (READ_EMPLOYEE_IN_TWO_LISTS, warning) rather than refused as a duplicate, since two lists of
 * one area often share people. Twice in one list, or in two areas, stays EMPLOYEE_DUPLICATE.
 */
function inAnotherList(
  ctx: ReadContext,
  t: RecognizedTable,
  nameKey: string,
  areaName: string | undefined,
  cell: CellRef,
): boolean {
  if (areaName === undefined) return false;
  const first = ctx.employees.find(
    (e) => e.nameKey === nameKey && e.area === areaName && e.cell !== undefined && e.cell.sheet === t.sheet,
  );
  if (first?.cell === undefined || sameTable(t, first.cell)) return false;
  ctx.findings.push(
    finding({
      code: 'READ_EMPLOYEE_IN_TWO_LISTS',
      severity: 'warning',
      params: { cell: cellText(cell), name: first.name, first: cellText(first.cell), area: areaName },
      cells: [cell, first.cell],
      area: areaName,
    }),
  );
  return true;
}

function sameTable(t: RecognizedTable, ref: CellRef): boolean {
  const row = Number(/\d+/.exec(ref.cell)?.[0] ?? '0') - 1;
  return ref.sheet === t.sheet && row >= t.range.top && row <= t.range.bottom;
}
