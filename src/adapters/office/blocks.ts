/**
 * Cells of a SheetSpec cut into row blocks, each written with one request. A block's size is
 * estimated the way Office.js sends it (JSON of the queued values and formats plus a fixed cost
 * per operation), so that every request stays well under Excel on the web's 5 MB limit.
 */
import type { OutputCell } from '../../workbook/port';
import { quoteSheet } from '../../workbook/a1';

/** Estimated bytes of one queued operation besides its arguments (object path, ids, JSON keys). */
export const OP_BYTES = 120;

/** The text format: a string written into a cell with this format stays text, never a formula. */
export const TEXT_FORMAT = '@';

export type WrittenValue = string | number | boolean | null;

export interface BoldRun {
  row: number;
  left: number;
  right: number;
}

export interface LinkCell {
  row: number;
  col: number;
  /** "'Premia Punteggi'!B3" */
  reference: string;
  text: string;
}

/** Link cells next to each other down one column: their font is set once for the run. */
export interface LinkRun {
  col: number;
  top: number;
  bottom: number;
}

/** Rows [start, end) of a spec, ready to queue. Rows are absolute (0-based). */
export interface CellBlock {
  start: number;
  end: number;
  width: number;
  values: WrittenValue[][];
  formats: (string | null)[][];
  bold: BoldRun[];
  /** Runs of wrapped cells, as the bold ones. */
  wrap: BoldRun[];
  links: LinkCell[];
  linkRuns: LinkRun[];
  /** Estimated request size. */
  bytes: number;
  /** Whether anything is written at all (a block of empty cells is skipped). */
  empty: boolean;
}

/** The value and number format Excel gets for a cell: strings always with the text format. */
export function written(cell: OutputCell | undefined): { value: WrittenValue; format: string | null } {
  if (!cell) return { value: null, format: null };
  const value = cell.link && cell.value === null ? `${cell.link.sheet}!${cell.link.cell}` : cell.value;
  if (typeof value === 'string') return { value, format: TEXT_FORMAT };
  return { value, format: cell.format ?? null };
}

/**
 * Estimated bytes one row adds to a block `width` cells wide; `above` is the row before it in
 * the same block (a link under a link continues its run: no font of its own).
 */
export function rowBytes(cells: OutputCell[], width: number, above?: OutputCell[]): number {
  let bytes = 4 + (width - cells.length) * 10; // brackets, and "null," twice per padding cell
  let boldOpen = false;
  let wrapOpen = false;
  cells.forEach((cell, c) => {
    const { value, format } = written(cell);
    bytes += JSON.stringify(value).length + JSON.stringify(format).length + 2;
    if (cell.bold && !boldOpen) bytes += OP_BYTES;
    boldOpen = cell.bold === true;
    if (cell.wrap && !wrapOpen) bytes += OP_BYTES;
    wrapOpen = cell.wrap === true;
    if (cell.link) {
      bytes += OP_BYTES + JSON.stringify(cell.link).length * 2 + JSON.stringify(value).length;
      if (!above?.[c]?.link) bytes += 2 * OP_BYTES; // colour and underline of a new run
    }
  });
  return bytes;
}

/**
 * Rows [start, end) that fit in `maxBytes` (at least one row, whatever its size: a single row
 * too big for the limit is the caller's failure to report).
 */
export function blockEnd(rows: OutputCell[][], start: number, maxBytes: number, width: number): number {
  let bytes = 2 * OP_BYTES;
  let end = start;
  while (end < rows.length) {
    const next = rowBytes(rows[end], width, end > start ? rows[end - 1] : undefined);
    if (end > start && bytes + next > maxBytes) break;
    bytes += next;
    end++;
  }
  return end;
}

export function buildBlock(rows: OutputCell[][], start: number, end: number): CellBlock {
  let width = 0;
  for (let r = start; r < end; r++) width = Math.max(width, rows[r].length);
  const values: WrittenValue[][] = [];
  const formats: (string | null)[][] = [];
  const bold: BoldRun[] = [];
  const wrap: BoldRun[] = [];
  const links: LinkCell[] = [];
  const linkRuns: LinkRun[] = [];
  const openRuns = new Map<number, LinkRun>();
  let bytes = 2 * OP_BYTES;
  let empty = true;
  for (let r = start; r < end; r++) {
    const cells = rows[r];
    const rowValues: WrittenValue[] = new Array<WrittenValue>(width).fill(null);
    const rowFormats: (string | null)[] = new Array<string | null>(width).fill(null);
    let run: BoldRun | undefined;
    let wrapRun: BoldRun | undefined;
    cells.forEach((cell, c) => {
      const { value, format } = written(cell);
      rowValues[c] = value;
      rowFormats[c] = format;
      if (value !== null || format !== null) empty = false;
      if (cell.bold) {
        empty = false;
        if (run && run.right === c - 1) run.right = c;
        else bold.push((run = { row: r, left: c, right: c }));
      }
      if (cell.wrap && value !== null) {
        if (wrapRun && wrapRun.right === c - 1) wrapRun.right = c;
        else wrap.push((wrapRun = { row: r, left: c, right: c }));
      }
      if (cell.link) {
        empty = false;
        const reference = `${quoteSheet(cell.link.sheet)}!${cell.link.cell}`;
        links.push({ row: r, col: c, reference, text: String(value) });
        const open = openRuns.get(c);
        if (open && open.bottom === r - 1) open.bottom = r;
        else {
          const started = { col: c, top: r, bottom: r };
          openRuns.set(c, started);
          linkRuns.push(started);
        }
      }
    });
    values.push(rowValues);
    formats.push(rowFormats);
    bytes += rowBytes(cells, width, r > start ? rows[r - 1] : undefined);
  }
  return { start, end, width, values, formats, bold, wrap, links, linkRuns, bytes, empty };
}

/**
 * Column width in points from a width in characters: Excel's own rule for the default font
 * (Calibri 11, 7-pixel digits) is pixels = chars x 7 + 5, and a pixel is 0.75 points.
 */
export function columnPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
