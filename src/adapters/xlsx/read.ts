/**
 * Reading side: sheets, tables and used-range snapshots from an ExcelJS workbook, shaped like
 * what Office.js reports (computed values, number formats, formulas, merges, hidden rows and
 * columns).
 */
import { ValueType } from 'exceljs';
import type { Cell, CellRichTextValue, Workbook, Worksheet } from 'exceljs';
import type { CellValue, SheetInfo, SheetSnapshot, TableInfo } from '../../workbook/port';
import { parseRange } from '../../workbook/a1';
import { mergedRanges, tableModels } from './internals';

export function listSheets(wb: Workbook): SheetInfo[] {
  return wb.worksheets.map((ws, position) => ({
    name: ws.name,
    visible: ws.state === 'visible' || !ws.state,
    position,
  }));
}

export function listTables(wb: Workbook): TableInfo[] {
  const out: TableInfo[] = [];
  for (const ws of wb.worksheets) {
    for (const t of tableModels(ws)) {
      const ref = t.tableRef ?? t.ref;
      if (!ref) continue;
      out.push({
        name: t.displayName || t.name,
        sheet: ws.name,
        range: parseRange(ref),
        showHeaders: t.headerRow !== false,
        showTotals: t.totalsRow === true,
      });
    }
  }
  return out;
}

function richTextOf(v: unknown): string | undefined {
  const rich = (v as Partial<CellRichTextValue> | null)?.richText;
  return Array.isArray(rich) ? rich.map((r) => r.text ?? '').join('') : undefined;
}

/** A formula's cached result, or a literal error value, as a port value. */
function resultValue(r: unknown): CellValue {
  if (r === undefined || r === null || r === '') return null;
  if (typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean' || r instanceof Date) return r;
  const error = (r as { error?: unknown }).error;
  if (typeof error === 'string') return { error };
  return richTextOf(r) ?? null;
}

/** The computed value of a cell. Covered cells of a merged area are null, as in Excel. */
export function cellValue(cell: Cell): CellValue {
  const v: unknown = cell.value;
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    case ValueType.Number:
    case ValueType.Boolean:
    case ValueType.Date:
      return v as number | boolean | Date;
    case ValueType.String:
      return v === '' ? null : (v as string);
    case ValueType.RichText:
      return richTextOf(v) || null;
    case ValueType.Hyperlink: {
      const text = (v as { text?: unknown }).text;
      return (typeof text === 'string' ? text : richTextOf(text)) || null;
    }
    case ValueType.Formula:
      return resultValue(cell.result);
    case ValueType.Error:
      return resultValue(v);
    default:
      return cell.text || null;
  }
}

/** Formula text with its "=", shared-formula followers translated by ExcelJS. */
function cellFormula(cell: Cell): string | null {
  if (cell.type !== ValueType.Formula) return null;
  const f = cell.formula;
  return f ? `=${f}` : null;
}

/**
 * A used range of at most this many cells, or of at most DENSE_FACTOR times the cells it holds,
 * comes as full rows (every row as wide as the range). A larger one, i.e. a box stretched by a
 * stray far cell (XFD1048576 makes 17 billion cells), comes as ragged rows: each row only up to
 * its own last cell, empty rows shared. Dense arrays there took 9 GB and crashed the CLI.
 */
const DENSE_MAX_CELLS = 2_000_000;
const DENSE_FACTOR = 4;

/**
 * The sheet's used range: the bounding box of the cells that hold a value or a formula (styled
 * empty cells do not count, unlike ExcelJS's `dimensions`). Two passes over the existing rows:
 * one for the box, one to fill the arrays. Memory follows the cells read, not the box.
 */
export function readSnapshot(ws: Worksheet): SheetSnapshot {
  const rows = ws.findRows(1, ws.rowCount) ?? [];
  const hiddenRows: number[] = [];
  // Formulas without a result: never calculated, or giving empty text (workbook.ts tells them apart).
  const uncalculated: { row: number; col: number }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let cells = 0;
  for (const row of rows) {
    if (!row) continue;
    if (row.hidden) hiddenRows.push(row.number - 1);
    row.eachCell((cell, col) => {
      cells++;
      if (cell.type === ValueType.Merge) return;
      if (cellValue(cell) === null && cell.type !== ValueType.Formula) return;
      const r = row.number - 1;
      const c = col - 1;
      if (cell.type === ValueType.Formula && (cell.result as unknown) === undefined) {
        uncalculated.push({ row: r, col: c });
      }
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  }

  const hiddenColumns: number[] = [];
  (ws.columns ?? []).forEach((column, i) => {
    if (column?.hidden) hiddenColumns.push(typeof column.number === 'number' ? column.number - 1 : i);
  });
  const merged = mergedRanges(ws).map(parseRange);

  const hidden = ws.state === 'hidden' || ws.state === 'veryHidden' ? { hidden: true as const } : {};
  if (bottom < 0) {
    return {
      name: ws.name,
      top: 0,
      left: 0,
      values: [],
      numberFormats: [],
      formulas: [],
      merged,
      hiddenRows,
      hiddenColumns,
      ...hidden,
    };
  }

  const height = bottom - top + 1;
  const width = right - left + 1;
  const dense = height * width <= Math.max(DENSE_MAX_CELLS, DENSE_FACTOR * cells);
  // Ragged: rows without cells in the box share these (frozen, so no reader can fill them in).
  const values = new Array<CellValue[]>(height).fill(Object.freeze<CellValue[]>([]) as CellValue[]);
  const numberFormats = new Array<string[]>(height).fill(Object.freeze<string[]>([]) as string[]);
  const formulas = new Array<(string | null)[]>(height).fill(
    Object.freeze<(string | null)[]>([]) as (string | null)[],
  );
  const allocate = (i: number, length: number): void => {
    values[i] = new Array<CellValue>(length).fill(null);
    numberFormats[i] = new Array<string>(length).fill('General');
    formulas[i] = new Array<string | null>(length).fill(null);
  };
  if (dense) for (let i = 0; i < height; i++) allocate(i, width);
  for (const row of rows) {
    if (!row) continue;
    const i = row.number - 1 - top;
    if (i < 0 || i >= height) continue;
    if (!dense) {
      // Up to the row's last cell inside the box, whatever it holds, so that no format is lost.
      let last = -1;
      row.eachCell((_cell, col) => {
        const j = col - 1 - left;
        if (j >= 0 && j < width && j > last) last = j;
      });
      if (last < 0) continue;
      allocate(i, last + 1);
    }
    const length = values[i].length;
    row.eachCell((cell, col) => {
      const j = col - 1 - left;
      if (j < 0 || j >= length) return;
      values[i][j] = cellValue(cell);
      const fmt = cell.numFmt;
      if (fmt) numberFormats[i][j] = fmt;
      formulas[i][j] = cellFormula(cell);
    });
  }
  return {
    name: ws.name,
    top,
    left,
    values,
    numberFormats,
    formulas,
    merged,
    hiddenRows,
    hiddenColumns,
    // Only when there are some: snapshots stay equal to the Office adapter's otherwise.
    ...(uncalculated.length > 0 ? { uncalculated } : {}),
    ...hidden,
  };
}
