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
 * The sheet's used range: the bounding box of the cells that hold a value or a formula (styled
 * empty cells do not count, unlike ExcelJS's `dimensions`). Two passes over the existing rows:
 * one for the box, one to fill preallocated arrays.
 */
export function readSnapshot(ws: Worksheet): SheetSnapshot {
  const rows = ws.findRows(1, ws.rowCount) ?? [];
  const hiddenRows: number[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const row of rows) {
    if (!row) continue;
    if (row.hidden) hiddenRows.push(row.number - 1);
    row.eachCell((cell, col) => {
      if (cell.type === ValueType.Merge) return;
      if (cellValue(cell) === null && cell.type !== ValueType.Formula) return;
      const r = row.number - 1;
      const c = col - 1;
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
    };
  }

  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = new Array(height);
  const numberFormats: string[][] = new Array(height);
  const formulas: (string | null)[][] = new Array(height);
  for (let i = 0; i < height; i++) {
    values[i] = new Array<CellValue>(width).fill(null);
    numberFormats[i] = new Array<string>(width).fill('General');
    formulas[i] = new Array<string | null>(width).fill(null);
  }
  for (const row of rows) {
    if (!row) continue;
    const i = row.number - 1 - top;
    if (i < 0 || i >= height) continue;
    row.eachCell((cell, col) => {
      const j = col - 1 - left;
      if (j < 0 || j >= width) return;
      values[i][j] = cellValue(cell);
      const fmt = cell.numFmt;
      if (fmt) numberFormats[i][j] = fmt;
      formulas[i][j] = cellFormula(cell);
    });
  }
  return { name: ws.name, top, left, values, numberFormats, formulas, merged, hiddenRows, hiddenColumns };
}
