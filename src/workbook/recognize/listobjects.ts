/**
 * Excel tables (ListObjects): the header row is the table's first row, recognised by the same
 * header rules as plain ranges; the data rows are the table's body rows (totals row excluded),
 * skipping repeated header rows and blank rows. An Excel table whose first row is not a
 * recognised header (or that hides its header row) is not a table for Premia.
 */
import type { SheetSnapshot, TableInfo } from '../port';
import { walkTable } from './body';
import { buildTable } from './build';
import { classifyHeader, labelsKey, readHeaderCells } from './header';
import type { Claims } from './ranges';
import { findTitle } from './titleRows';
import type { RecognizedTable } from './types';

export function detectExcelTable(
  sheet: SheetSnapshot,
  info: TableInfo,
  claims: Claims,
): RecognizedTable | undefined {
  const { top, left, right, bottom } = info.range;
  const cells = readHeaderCells(sheet, top, left, right);
  const match = classifyHeader(cells);
  if (!match) return undefined;
  const totalsRow = info.showTotals && bottom > top ? bottom : undefined;
  const bodyBottom = totalsRow === undefined ? bottom : bottom - 1;
  const frame = { sheet, headerRow: top, left, right, headerKey: labelsKey(cells, left) };
  const body = walkTable(frame, bodyBottom, totalsRow);
  const title = findTitle(sheet, top, left, right, (r) => claims.taken(r, left, right, info.range));
  return buildTable({ ...frame, source: 'table', tableName: info.name, match, cells, body, title });
}
