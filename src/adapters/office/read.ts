/**
 * Reading side: sheets, tables and used-range snapshots, each in a fixed number of
 * `context.sync()` calls whatever the number of sheets (everything of one step is queued first,
 * then synced once), except the cells of a workbook too large for one response (read-blocks.ts).
 */
import type { CellRange, CellValue, SheetInfo, SheetSnapshot, TableInfo } from '../../workbook/port';
import { parseRange, quoteSheet, rangeAddress } from '../../workbook/a1';
import { hiddenFromVisible, parseAreas } from './areas';
import { PremiaOfficeError, isPayloadError } from './errors';
import { MAX_USED_CELLS, cellsOf, planReads, type UsedBox } from './read-blocks';

export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/position');
  await context.sync();
  return sheets.items
    .map((ws) => ({ name: ws.name, visible: ws.visibility === 'Visible', position: ws.position }))
    .sort((a, b) => a.position - b.position);
}

/** Queues the tables' list; the returned function queues each table's sheet and range. */
export function queueTables(context: Excel.RequestContext): () => () => TableInfo[] {
  const tables = context.workbook.tables;
  tables.load('items/name,items/showHeaders,items/showTotals');
  return () => {
    const queued = tables.items.map((table) => {
      table.worksheet.load('name');
      const range = table.getRange();
      range.load('address');
      return { table, range };
    });
    return () =>
      queued.map(({ table, range }) => ({
        name: table.name,
        sheet: table.worksheet.name,
        range: parseRange(range.address),
        showHeaders: table.showHeaders,
        showTotals: table.showTotals,
      }));
  };
}

/** Two syncs: the tables, then each table's sheet and range (unknown until the first answers). */
export async function listTables(context: Excel.RequestContext): Promise<TableInfo[]> {
  const ranges = queueTables(context);
  await context.sync();
  const infos = ranges();
  await context.sync();
  return infos();
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
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas;
  visible: Excel.RangeAreas;
  /** The sheet itself is hidden or very hidden. */
  sheetHidden: boolean;
}

export interface ReadOptions {
  /** Cells per read request (see read-blocks.ts). */
  maxCells: number;
  /** Below this, a refused response is final. */
  minCells: number;
}

/** The four grids of a used range, filled block by block. */
interface Grids {
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
}

/**
 * Three syncs for any workbook under `maxCells` cells, whatever the number of sheets: the sheet
 * list; for every sheet at once its used range's size (values only: cells with just a format do
 * not count, as in the xlsx adapter), its merged areas and its visible cells; then the cells.
 * Hidden rows and columns come from the visible cells (see areas.ts): one string per sheet,
 * instead of a proxy per row. A larger workbook takes one more sync per `maxCells` cells, so
 * that no response goes over Excel on the web's 5 MB; a refused response is asked again in
 * blocks half the size (reading changes nothing, so asking again is safe).
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: string[] | undefined,
  options: ReadOptions,
  /** Queues more loads into the second sync (readAll's tables), once the first has answered. */
  afterFirstSync?: () => void,
): Promise<SheetSnapshot[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/position,items/visibility');
  await context.sync();
  const queued: QueuedSheet[] = chooseSheets(sheets.items, names).map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address,rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden');
    // Whole-sheet ranges: never null objects, so nothing is chained on a null used range.
    const whole = ws.getRange();
    const merged = whole.getMergedAreasOrNullObject();
    merged.load('address');
    const visible = whole.getSpecialCellsOrNullObject('Visible');
    visible.load('address');
    return { name: ws.name, ws, used, merged, visible, sheetHidden: ws.visibility !== 'Visible' };
  });
  afterFirstSync?.();
  await context.sync();

  const boxes: UsedBox[] = [];
  const grids: Grids[] = queued.map((q, sheet) => {
    if (!q.used.isNullObject) {
      const { rowIndex: top, columnIndex: left, rowCount: rows, columnCount: columns } = q.used;
      if (rows * columns > MAX_USED_CELLS) {
        // The detail is an address: the same in every language.
        throw new PremiaOfficeError('usedRangeTooLarge', { sheet: q.name, detail: q.used.address });
      }
      boxes.push({ sheet, top, left, rows, columns });
    }
    return { values: [], valueTypes: [], numberFormat: [], formulas: [] };
  });
  await readCells(context, queued, boxes, grids, options);
  return queued.map((q, i) => toSnapshot(q, grids[i]));
}

/** Step 3: the cells, in requests of at most `maxCells` cells each. */
async function readCells(
  context: Excel.RequestContext,
  queued: QueuedSheet[],
  boxes: UsedBox[],
  grids: Grids[],
  options: ReadOptions,
): Promise<void> {
  let budget = options.maxCells;
  let requests = planReads(boxes, budget);
  let next = 0;
  while (next < requests.length) {
    const request = requests[next];
    const loaded = request.map((b) => {
      const range = queued[b.sheet].ws.getRangeByIndexes(b.top, b.left, b.rows, b.columns);
      range.load('values,valueTypes,numberFormat,formulas');
      return { block: b, range };
    });
    try {
      // One request per block group is the point: each response stays under the web's limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      const half = Math.floor(budget / 2);
      if (half < options.minCells || (request.length === 1 && request[0].rows === 1)) {
        const b = request[0];
        const box = { top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.columns - 1 };
        // The detail is an address: the same in every language.
        const detail = `${quoteSheet(queued[b.sheet].name)}!${rangeAddress(box)}, ${cellsOf(request)}`;
        throw new PremiaOfficeError('payloadTooLarge', { sheet: queued[b.sheet].name, detail }, e);
      }
      budget = half;
      const rest = requests.slice(next).flat();
      requests = planReads(rest, budget);
      next = 0;
      continue;
    }
    for (const { block, range } of loaded) {
      const g = grids[block.sheet];
      for (let i = 0; i < block.rows; i++) {
        g.values.push(range.values[i]);
        g.valueTypes.push(range.valueTypes[i]);
        g.numberFormat.push(range.numberFormat[i]);
        g.formulas.push(range.formulas[i]);
      }
    }
    next++;
  }
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

function toSnapshot(q: QueuedSheet, u: Grids): SheetSnapshot {
  const merged = q.merged.isNullObject ? [] : parseAreas(q.merged.address);
  const sheetHidden = q.sheetHidden ? { hidden: true as const } : {};
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
      ...sheetHidden,
    };
  }
  const used = q.used;
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
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + used.rowCount - 1,
    right: used.columnIndex + used.columnCount - 1,
  };
  const visible = q.visible.isNullObject ? null : parseAreas(q.visible.address);
  const hidden = hiddenFromVisible(box, visible, used.rowHidden === true, used.columnHidden === true);
  return {
    name: q.name,
    top: box.top,
    left: box.left,
    values,
    numberFormats,
    formulas,
    merged,
    ...hidden,
    ...sheetHidden,
  };
}
