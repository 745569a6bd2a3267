/**
 * Reading side: sheets, tables and used-range snapshots, each in a fixed number of
 * `context.sync()` calls whatever the number and size of the sheets (everything of one step is
 * queued first, then synced once; never a sync in a loop).
 */
import type { CellRange, CellValue, SheetInfo, SheetSnapshot, TableInfo } from '../../workbook/port';
import { parseRange } from '../../workbook/a1';
import { hiddenFromVisible, parseAreas } from './areas';
import { PremiaOfficeError } from './errors';

export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/position');
  await context.sync();
  return sheets.items
    .map((ws) => ({ name: ws.name, visible: ws.visibility === 'Visible', position: ws.position }))
    .sort((a, b) => a.position - b.position);
}

/** Two syncs: the tables, then each table's sheet and range (unknown until the first answers). */
export async function listTables(context: Excel.RequestContext): Promise<TableInfo[]> {
  const tables = context.workbook.tables;
  tables.load('items/name,items/showHeaders,items/showTotals');
  await context.sync();
  const queued = tables.items.map((table) => {
    table.worksheet.load('name');
    const range = table.getRange();
    range.load('address');
    return { table, range };
  });
  await context.sync();
  return queued.map(({ table, range }) => ({
    name: table.name,
    sheet: table.worksheet.name,
    range: parseRange(range.address),
    showHeaders: table.showHeaders,
    showTotals: table.showTotals,
  }));
}

/** The sheets named (case-insensitively, as Excel does), or all of them in tab order. */
function chooseSheets(all: Excel.Worksheet[], names: string[] | undefined): Excel.Worksheet[] {
  const ordered = [...all].sort((a, b) => a.position - b.position);
  if (!names) return ordered;
  return names.map((name) => {
    const ws = ordered.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!ws) throw new PremiaOfficeError('notFound', { sheet: name, detail: `No sheet named "${name}"` });
    return ws;
  });
}

interface QueuedSheet {
  name: string;
  used: Excel.Range;
  merged: Excel.RangeAreas;
  visible: Excel.RangeAreas;
}

/**
 * Two syncs whatever the workbook: the sheet list, then for every sheet at once its used range
 * (values only: cells with just a format do not count, as in the xlsx adapter), its merged
 * areas and its visible cells. Hidden rows and columns come from the visible cells (see
 * areas.ts): one string per sheet, instead of a proxy per row.
 */
export async function readSheets(context: Excel.RequestContext, names?: string[]): Promise<SheetSnapshot[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/position');
  await context.sync();
  const queued: QueuedSheet[] = chooseSheets(sheets.items, names).map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(
      'address,values,valueTypes,numberFormat,formulas,rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden',
    );
    // Whole-sheet ranges: never null objects, so nothing is chained on a null used range.
    const whole = ws.getRange();
    const merged = whole.getMergedAreasOrNullObject();
    merged.load('address');
    const visible = whole.getSpecialCellsOrNullObject('Visible');
    visible.load('address');
    return { name: ws.name, used, merged, visible };
  });
  await context.sync();
  return queued.map(toSnapshot);
}

/** A cell as the port sees it: errors as `{ error }`, empty strings as null. */
export function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/**
 * `formulas` holds the value itself where a cell has no formula. A text cell whose text starts
 * with "=" reports that text there too, so a "formula" equal to the cell's own text is text.
 */
export function cellFormula(formula: unknown, value: unknown): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return null;
  return formula === value ? null : formula;
}

function toSnapshot(q: QueuedSheet): SheetSnapshot {
  const merged = q.merged.isNullObject ? [] : parseAreas(q.merged.address);
  if (q.used.isNullObject) {
    return {
      name: q.name,
      top: 0,
      left: 0,
      values: [],
      numberFormats: [],
      formulas: [],
      merged,
      hiddenRows: [],
      hiddenColumns: [],
    };
  }
  const u = q.used;
  const values: CellValue[][] = u.values.map((row, i) =>
    row.map((v, j) => cellValue(v, u.valueTypes[i]?.[j])),
  );
  const numberFormats: string[][] = u.numberFormat.map((row) =>
    row.map((f) => (typeof f === 'string' && f ? f : 'General')),
  );
  const formulas: (string | null)[][] = u.formulas.map((row, i) =>
    row.map((f, j) => cellFormula(f, u.values[i]?.[j])),
  );
  const box: CellRange = {
    top: u.rowIndex,
    left: u.columnIndex,
    bottom: u.rowIndex + u.rowCount - 1,
    right: u.columnIndex + u.columnCount - 1,
  };
  const visible = q.visible.isNullObject ? null : parseAreas(q.visible.address);
  const hidden = hiddenFromVisible(box, visible, u.rowHidden === true, u.columnHidden === true);
  return { name: q.name, top: box.top, left: box.left, values, numberFormats, formulas, merged, ...hidden };
}
