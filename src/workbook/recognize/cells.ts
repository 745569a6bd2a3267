/**
 * Reading cells of a sheet snapshot by absolute row and column, with merged areas resolved:
 * Excel keeps a merged area's value in its top-left cell and leaves the others empty, but to
 * the user every cell of the area shows that value.
 */
import { cleanText, isBlank, rawToText } from '../../domain/values';
import type { CellRange, CellValue, SheetSnapshot } from '../port';

/** The raw value stored in a cell (merged areas not resolved); null outside the snapshot. */
export function rawCell(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.top];
  if (r === undefined) return null;
  const v = r[col - sheet.left];
  return v === undefined ? null : v;
}

const mergeIndex = new WeakMap<SheetSnapshot, Map<string, CellRange>>();

function merges(sheet: SheetSnapshot): Map<string, CellRange> {
  let map = mergeIndex.get(sheet);
  if (map) return map;
  map = new Map();
  for (const m of sheet.merged) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) map.set(`${r},${c}`, m);
    }
  }
  mergeIndex.set(sheet, map);
  return map;
}

/** The merged area covering a cell, if any. */
export function mergedAreaAt(sheet: SheetSnapshot, row: number, col: number): CellRange | undefined {
  if (sheet.merged.length === 0) return undefined;
  return merges(sheet).get(`${row},${col}`);
}

/** The cell whose value a cell shows: the top-left of its merged area, or itself. */
export function originOf(sheet: SheetSnapshot, row: number, col: number): { row: number; col: number } {
  const m = mergedAreaAt(sheet, row, col);
  return m ? { row: m.top, col: m.left } : { row, col };
}

/** The value a cell shows: a merged area's cells all show the value of its top-left cell. */
export function cellValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const o = originOf(sheet, row, col);
  return rawCell(sheet, o.row, o.col);
}

/** Cell text for labels and titles: spaces cleaned; '' for blanks. */
export function cellText(sheet: SheetSnapshot, row: number, col: number): string {
  const o = originOf(sheet, row, col);
  const i = o.row - sheet.top;
  const j = o.col - sheet.left;
  if (i < 0 || j < 0 || i >= sheet.values.length) return '';
  let grid = textIndex.get(sheet);
  if (!grid) {
    grid = [];
    textIndex.set(sheet, grid);
  }
  const line = (grid[i] ??= []);
  let text = line[j];
  if (text === undefined) {
    const v = rawCell(sheet, o.row, o.col);
    // Numbers as JS writes them: locale formatting is slow and labels never need it.
    text = isBlank(v) ? '' : typeof v === 'number' ? String(v) : cleanText(rawToText(v));
    line[j] = text;
  }
  return text;
}

/** Texts already computed, per sheet: the scan reads each cell several times. */
const textIndex = new WeakMap<SheetSnapshot, string[][]>();

/** True when a cell holds nothing of its own (only spaces count as nothing). */
export function isRawBlank(sheet: SheetSnapshot, row: number, col: number): boolean {
  return isBlank(rawCell(sheet, row, col));
}

/** Last row and column of the snapshot (inclusive); below the first when empty. */
export function sheetBounds(sheet: SheetSnapshot): { bottom: number; right: number } {
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  return { bottom: sheet.top + sheet.values.length - 1, right: sheet.left + width - 1 };
}

const mergeEnds = new WeakMap<SheetSnapshot, Map<number, number>>();

/**
 * Last column of a row that can show anything: its own last cell, or a merged area over it.
 * Below the snapshot's left when the row shows nothing. Scans stop here, not at the sheet's
 * right edge, because one stray far cell can make a used range 16,384 columns wide.
 */
export function rowEnd(sheet: SheetSnapshot, row: number): number {
  let ends = mergeEnds.get(sheet);
  if (!ends) {
    ends = new Map();
    const last = sheet.top + sheet.values.length - 1;
    for (const m of sheet.merged) {
      for (let r = Math.max(m.top, sheet.top); r <= Math.min(m.bottom, last); r++) {
        if (m.right > (ends.get(r) ?? -1)) ends.set(r, m.right);
      }
    }
    mergeEnds.set(sheet, ends);
  }
  const own = sheet.left + (sheet.values[row - sheet.top]?.length ?? 0) - 1;
  return Math.max(own, ends.get(row) ?? -1);
}
