/** Relevance tables: each area's relevance (its share of the fund), and their declared total. */
import { isBlank, rawToText } from '../../domain/values';
import type { RecognizedTable } from '../recognize/types';
import { area } from './areas';
import { isError, type ReadContext } from './context';
import type { SheetCells } from './sheet-cells';
import { weightColumn } from './weight-column';

export function readRelevance(ctx: ReadContext, t: RecognizedTable, cells: SheetCells): void {
  const { fields, total } = weightColumn(ctx, t, cells, t.columns.relevance);
  const names: string[] = [];
  t.dataRows.forEach((row, i) => {
    const col = t.columns.area;
    const raw = col === undefined ? null : cells.raw(row, col);
    if (isBlank(raw) || col === undefined || isError(ctx, cells, row, col)) return;
    const found = area(ctx, rawToText(raw), cells.ref(row, col));
    found.relevance = fields[i];
    names.push(found.name);
  });
  if (total) ctx.totals.push({ kind: 'relevance', declared: total, covers: names });
}
