/**
 * A column of percent weights read whole, for the weight and relevance tables: fractions turned
 * into percent, a header standing beside its values, numbers repeated by a vertical merge.
 */
import type { Field } from '../../domain/model';
import { finding } from '../../domain/findings';
import { isBlank, looksLikeFractions } from '../../domain/values';
import { cellText } from '../../domain/cells';
import type { RecognizedTable } from '../recognize/types';
import { cellAddress } from '../a1';
import { percent, type ReadContext } from './context';
import type { SheetCells } from './sheet-cells';

/**
 * Percent weights of a table, and the declared total when there is one. A column of fractions
 * (0.25 for 25 %, not percent-formatted) is converted to percent, its total (1) too.
 */
export function weightColumn(
  ctx: ReadContext,
  t: RecognizedTable,
  cells: SheetCells,
  col: number | undefined,
): { fields: (Field<number> | undefined)[]; total?: Field<number> } {
  col = valuesBeside(ctx, t, cells, col);
  const fields = t.dataRows.map((row) => percent(ctx, cells, row, col));
  const total = t.totalRow === undefined ? undefined : percent(ctx, cells, t.totalRow, col);
  const anyPercentFormat = col !== undefined && t.dataRows.some((row) => cells.isPercentFormat(row, col));
  const numbers = fields.map((f) => f?.value).filter((v): v is number => v !== undefined);
  if (!anyPercentFormat && numbers.length > 0 && looksLikeFractions(numbers)) {
    for (const f of [...fields, total]) if (f?.value !== undefined) f.value = Math.round(f.value * 1e8) / 1e6;
  }
  if (col !== undefined) mergedRepeats(ctx, t, col, fields);
  return { fields, total };
}

/**
 * The column a weight or relevance header stands over, or the one just right of it when the
 * header's own column is blank on every data row and that one, which no other header claims,
 * holds the values: a header merged over two columns in the original, pasted as one cell
 * ("Rilevanza obiettivi" over B:C, the percentages in C). Said with a warning, not silently.
 */
function valuesBeside(
  ctx: ReadContext,
  t: RecognizedTable,
  cells: SheetCells,
  col: number | undefined,
): number | undefined {
  if (col === undefined || t.dataRows.length === 0) return col;
  const next = col + 1;
  if (Object.values(t.columns).includes(next) || (t.headers[next] ?? '').trim() !== '') return col;
  if (!t.dataRows.every((row) => isBlank(cells.raw(row, col)))) return col;
  const filled = t.dataRows.filter((row) => !isBlank(cells.raw(row, next))).length;
  if (filled * 2 < t.dataRows.length) return col;
  const header = cells.ref(t.headerRow, col);
  ctx.findings.push(
    finding({
      code: 'READ_VALUES_BESIDE_HEADER',
      severity: 'warning',
      params: {
        cell: `${header.sheet}!${header.cell}`,
        label: t.headers[col] ?? '',
        // Not the header cell's address: under a merged header that is the merge's first column.
        column: cellAddress(t.headerRow, next).replace(/\d+$/, ''),
      },
      cells: [header, cells.ref(t.dataRows[0], next)],
    }),
  );
  return next;
}

/**
 * A number read from a vertically merged cell counts once for every row the merge spans:
 * "50" merged over two objectives is 50 + 50. Say so at the cell, once per merged area.
 */
function mergedRepeats(
  ctx: ReadContext,
  t: RecognizedTable,
  col: number,
  fields: (Field<number> | undefined)[],
): void {
  const rowsByCell = new Map<string, number[]>();
  t.dataRows.forEach((row, i) => {
    const f = fields[i];
    if (f?.value === undefined || f.cell === undefined) return;
    const list = rowsByCell.get(f.cell.cell);
    if (list) list.push(row);
    else rowsByCell.set(f.cell.cell, [row]);
  });
  for (const [cell, rows] of rowsByCell) {
    if (rows.length < 2) continue;
    const origin = { sheet: t.sheet, cell };
    const value = fields[t.dataRows.indexOf(rows[0])]?.value ?? 0;
    ctx.findings.push(
      finding({
        code: 'READ_MERGED_VALUE_REPEATED',
        severity: 'warning',
        params: { cell: cellText(origin), value, count: rows.length, total: value * rows.length },
        cells: rows.map((r) => ({ sheet: t.sheet, cell: cellAddress(r, col) })),
      }),
    );
  }
}
