/** Staff tables: one employee per named row, with area, grade, hours, evaluation and absences. */
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
    ctx.employees.push({
      name,
      nameKey: normalizeName(name),
      // A blank area cell takes the area the table stands under, if any.
      area: isBlank(areaRaw) ? t.area && area(ctx, t.area).name : area(ctx, rawToText(areaRaw)).name,
      grade: text(cells, row, t.columns.grade),
      weeklyHours: number(cells, row, t.columns.hours),
      evaluation: percent(ctx, cells, row, t.columns.evaluation),
      daysAbsent: number(cells, row, t.columns.absence),
      cell: cells.rowRef(row, t.range.left, t.range.right),
    });
  }
}
