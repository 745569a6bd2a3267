/**
 * Which columns of the table being read hold fractions (0,8 for 80 %), recorded in the context
 * so that `percent` reads them so, and the numbers that could be either, reported (fractions.ts
 * decides; this module applies its answer to the table).
 */
import type { CellRef, RawValue } from '../../domain/model';
import { finding } from '../../domain/findings';
import { tidy } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import type { ReadContext } from './context';
import { readFractionColumn } from './fractions';
import type { SheetCells } from './sheet-cells';

/**
 * The soglia and grado columns of a table: read as fractions when that is what they hold,
 * each ambiguous number reported (fractions.ts).
 */
export function noteFractionColumns(ctx: ReadContext, t: RecognizedTable, cells: SheetCells): void {
  for (const col of [t.columns.soglia, t.columns.achievement]) {
    if (col === undefined) continue;
    const reading = readFractionColumn(
      t.dataRows,
      (row) => cells.raw(row, col),
      (row) => cells.isPercentFormat(row, col),
    );
    if (reading.fractions) ctx.fractionColumns.add(col);
    for (const row of reading.ambiguousRows) ambiguousFraction(ctx, cells.ref(row, col), cells.raw(row, col));
  }
}

/** A number that reads as a fraction or as a percent alike: which one was taken is said at the cell. */
export function ambiguousFraction(
  ctx: ReadContext,
  cell: CellRef | undefined,
  raw: RawValue | undefined,
): void {
  if (cell === undefined || typeof raw !== 'number') return;
  ctx.findings.push(
    finding({
      code: 'READ_FRACTION_AMBIGUOUS',
      severity: 'warning',
      params: { cell: `${cell.sheet}!${cell.cell}`, value: raw, percent: tidy(raw * 100) },
      cells: [cell],
    }),
  );
}
