/**
 * Which rows of which sheets each read request carries. Excel on the web refuses a response over
 * 5 MB (ResponsePayloadSizeLimitExceeded), and the four grids of a used range (values, value
 * types, number formats, formulas) cost about 40 bytes a cell: a workbook of a few hundred
 * thousand cells cannot come back in one answer. Rows are cut into blocks and packed into
 * requests of at most `maxCells` cells, so a workbook under the budget is still read in one
 * request, and a larger one in about cells / maxCells.
 */

/** The used range of one sheet, as the second read sync measured it. */
export interface UsedBox {
  /** Position of the sheet in the list being read. */
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** Rows `top .. top + rows - 1` of one sheet's used range (all its columns). */
export interface RowBlock {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** Blocks read in one request, in sheet and row order. */
export type ReadRequest = RowBlock[];

/** Cells per read request by default: 2 to 3 MB of response for ordinary cells (40 to 70 B each). */
export const DEFAULT_READ_CELLS = 40_000;
/**
 * A used range over this many cells is refused before any cell is read: it is nearly always
 * stretched by a stray far cell (A1:XFD1048576 holds 17 billion), and reading it would take
 * hundreds of thousands of requests and more memory than the pane has. 20 million cells is four
 * times the largest plan Premia is benchmarked on. The xlsx adapter reads such a sheet sparsely;
 * Office.js gives no cheap way to do that here (see docs/office-adapter.md).
 */
export const MAX_USED_CELLS = 20_000_000;
/** Below this, a refused response is final (one row of very long texts). */
export const MIN_READ_CELLS = 500;

/**
 * Cuts the used ranges into row blocks and packs them into requests of at most `maxCells`
 * cells, in sheet and row order: a block fills what is left of the current request, so the
 * number of requests is about cells / maxCells. A row wider than `maxCells` goes alone.
 */
export function planReads(boxes: readonly UsedBox[], maxCells: number): ReadRequest[] {
  const requests: ReadRequest[] = [];
  let current: RowBlock[] = [];
  let room = maxCells;
  for (const box of boxes) {
    if (box.rows <= 0 || box.columns <= 0) continue;
    let r = 0;
    while (r < box.rows) {
      let rows = Math.floor(room / box.columns);
      if (rows <= 0) {
        if (current.length > 0) requests.push(current);
        current = [];
        room = maxCells;
        rows = Math.max(1, Math.floor(room / box.columns));
      }
      rows = Math.min(rows, box.rows - r);
      current.push({ ...box, top: box.top + r, rows });
      room -= rows * box.columns;
      r += rows;
    }
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

export function cellsOf(request: ReadRequest): number {
  return request.reduce((n, b) => n + b.rows * b.columns, 0);
}
