/**
 * The rows of a table under its header: which are data, which are skipped, where it ends.
 *
 * Plain range: it runs down to a blank row, a total row (included), or the header row of
 * another table (not included); across one or two blank rows when more rows shaped like its
 * data follow, closed by a total row (afterGap). A header row identical to the table's own (pages pasted from
 * a PDF) is skipped, unless a title row ("AREA TECNICA", "Responsabile: ...") sits right above
 * it: then it is the next block's header and the title row belongs to that block.
 * Excel table: the body is the table's rows under the header, totals row excluded; blank
 * and repeated header rows are skipped, not ends.
 *
 * Rows whose cells are empty except for merged cells started above (a multi-row objective)
 * are continuation rows: neither data nor an end. A row right under the header holding only
 * units and the header's vertical merges is the header's second row.
 */
import type { SheetSnapshot } from '../port';
import { isBlank } from '../../domain/values';
import { cellText, cellValue, isRawBlank, mergedAreaAt, rawCell } from './cells';
import { classifyHeader, labelsKey, readHeaderCells } from './header';
import { isStrongTitle } from './titles';
import { isTotalRow } from './totals';

export interface Body {
  dataRows: number[];
  /** Second header row holding only units ("%" under "PESO"): part of the header. */
  unitRow?: number;
  totalRow?: number;
  repeatedHeaders: number[];
  continuation: number[];
  /** Non-blank rows after a total row inside an Excel table body. */
  afterTotal: number[];
  /** Blank rows inside a plain range, with more of its data rows after them. */
  blankInside: number[];
  /** Rows after the blank row that ended a plain range, shaped like its data but not read. */
  afterBlank: number[];
  /** Last row belonging to the table (header row when it has none). */
  bottom: number;
}

export interface Frame {
  sheet: SheetSnapshot;
  headerRow: number;
  left: number;
  right: number;
  /** labelsKey of the header row. */
  headerKey: string;
}

function rowBlank(f: Frame, row: number): boolean {
  for (let c = f.left; c <= f.right; c++) if (!isRawBlank(f.sheet, row, c)) return false;
  return true;
}

/** Some cell of the row is covered by a merged area that starts lower than the header. */
function continuesMerge(f: Frame, row: number): boolean {
  for (let c = f.left; c <= f.right; c++) {
    const m = mergedAreaAt(f.sheet, row, c);
    if (m && m.top > f.headerRow && m.top < row) return true;
  }
  return false;
}

/** A unit written under a label: "%", "(%)", "€", "[€]", "euro". */
const UNIT = /^[([]?\s*(%|€|euro|eur)\s*[)\]]?$/i;

/**
 * The row under a header on two rows: its own cells hold only units ("%" under "PESO") and the
 * rest is blank or covered by merges started in the header row ("NR." merged down over both).
 * Read as data, it made a fake objective "NR «Obiettivo»" whose weight "%" is not a number.
 */
function isUnitRow(f: Frame, row: number): boolean {
  let part = false;
  for (let c = f.left; c <= f.right; c++) {
    const m = mergedAreaAt(f.sheet, row, c);
    if (m && m.top === f.headerRow && m.bottom >= row) {
      part = true;
      continue;
    }
    if (isRawBlank(f.sheet, row, c)) continue;
    const raw = rawCell(f.sheet, row, c);
    if (typeof raw !== 'string' || !UNIT.test(raw.trim())) return false;
    part = true;
  }
  return part;
}

/** Blank rows a plain range may run across (docs/domain.md: one, or a few). */
export const MAX_BLANK_GAP = 2;
/** Blank rows looked across for data rows to report when the range does not continue. */
const REPORT_BLANK_GAP = 5;

/**
 * What the data rows of a plain range look like so far: the columns every row fills (rows of a
 * single cell, such as a page footer, aside) and, among them, those always holding a number (or
 * text starting with a digit).
 */
class RowShape {
  private core: Set<number> | undefined;
  private readonly numeric = new Set<number>();

  constructor(private readonly f: Frame) {}

  private filled(row: number): number[] {
    const cols: number[] = [];
    for (let c = this.f.left; c <= this.f.right; c++)
      if (!isBlank(cellValue(this.f.sheet, row, c))) cols.push(c);
    return cols;
  }

  /** A number, or text starting with a digit: ids 1, 2 go on with 1T, 2T. */
  private isNumber(row: number, col: number): boolean {
    const v = cellValue(this.f.sheet, row, col);
    return typeof v === 'number' || (typeof v === 'string' && /^\s*\d/.test(v));
  }

  add(row: number): void {
    const cols = this.filled(row);
    if (cols.length < 2) return;
    if (this.core === undefined) {
      this.core = new Set(cols);
      for (const c of cols) if (this.isNumber(row, c)) this.numeric.add(c);
      return;
    }
    const mine = new Set(cols);
    for (const c of this.core) if (!mine.has(c)) this.core.delete(c);
    for (const c of this.numeric) if (!mine.has(c) || !this.isNumber(row, c)) this.numeric.delete(c);
  }

  /**
   * A column of whole numbers the data rows all fill goes on from `last` to `next` by one
   * ("Progressivo" 7 on one printed page, 8 on the next): the rows are one numbered list.
   */
  continuesNumbering(last: number, next: number): boolean {
    for (const c of this.numeric) {
      const a = cellValue(this.f.sheet, last, c);
      const b = cellValue(this.f.sheet, next, c);
      const x = typeof a === 'number' ? a : Number(String(a).trim());
      const y = typeof b === 'number' ? b : Number(String(b).trim());
      if (Number.isInteger(x) && Number.isInteger(y) && y === x + 1) return true;
    }
    return false;
  }

  /** The row fills every column the data rows all fill (two at least), numbers where they have numbers. */
  matches(row: number): boolean {
    if (this.core === undefined || this.core.size < 2) return false;
    const mine = new Set(this.filled(row));
    for (const c of this.core) if (!mine.has(c)) return false;
    for (const c of this.numeric) if (!this.isNumber(row, c)) return false;
    return true;
  }
}

/**
 * After the blank row at `blank`: the first row of more data of the same table, when the range
 * runs on across the blank rows, or the data-like rows to report when it does not.
 *
 * It runs on when at most MAX_BLANK_GAP blank rows are followed by rows shaped like its data
 * (not a header, a title row or another table) and those rows are closed by a total row, or
 * go on with the numbering of the rows above (a page break in a numbered list of projects). A
 * real plan leaves a blank row before its transversal objectives 1T-4T and closes the block with
 * TOTALE: ending at the blank row dropped them silently. Without either sign, rows after a blank
 * may as well be something else: they are reported, not read.
 */
function afterGap(
  f: Frame,
  blank: number,
  lastRow: number,
  stop: (row: number) => boolean,
  shape: RowShape,
  lastData: number | undefined,
): { next: number } | { orphans: number[] } | undefined {
  let first = blank;
  while (first <= lastRow && rowBlank(f, first) && !continuesMerge(f, first)) first++;
  const gap = first - blank;
  if (first > lastRow || gap > REPORT_BLANK_GAP) return undefined;
  const isHeaderRow = (row: number): boolean =>
    stop(row) || classifyHeader(readHeaderCells(f.sheet, row, f.left, f.right)) !== undefined;
  const run: number[] = [];
  let row = first;
  for (; row <= lastRow; row++) {
    if (isHeaderRow(row) || isTitleRow(f, row) || isTotalRow(f.sheet, row, f.left, f.right)) break;
    if (!shape.matches(row)) break;
    run.push(row);
  }
  if (run.length === 0) return undefined;
  const closed = row <= lastRow && isTotalRow(f.sheet, row, f.left, f.right);
  const numbered = lastData !== undefined && shape.continuesNumbering(lastData, first);
  return (closed || numbered) && gap <= MAX_BLANK_GAP ? { next: first } : { orphans: run };
}

function isHeaderRepeat(f: Frame, row: number): boolean {
  return labelsKey(readHeaderCells(f.sheet, row, f.left, f.right), f.left) === f.headerKey;
}

/** A row of one or two text cells naming an area or a head. */
export function isTitleRow(f: Frame, row: number): boolean {
  const texts: string[] = [];
  for (let c = f.left; c <= f.right; c++) {
    const raw = rawCell(f.sheet, row, c);
    if (isRawBlank(f.sheet, row, c)) continue;
    if (typeof raw !== 'string') return false;
    texts.push(cellText(f.sheet, row, c));
  }
  return texts.length >= 1 && texts.length <= 2 && texts.some(isStrongTitle);
}

/** Drops title rows at the end of the data (they head the next block). */
function dropTrailingTitles(f: Frame, dataRows: number[], before: number): number {
  let dropped = 0;
  let row = before - 1;
  while (dropped < 3 && dataRows.length > 0 && dataRows[dataRows.length - 1] === row && isTitleRow(f, row)) {
    dataRows.pop();
    dropped++;
    row--;
  }
  return dropped;
}

function finish(f: Frame, b: Omit<Body, 'bottom'>): Body {
  // A loop, not Math.max(...rows): spreading more than about 120,000 rows overflows the stack.
  let bottom = b.totalRow ?? b.unitRow ?? f.headerRow;
  for (const list of [b.dataRows, b.repeatedHeaders, b.continuation])
    for (const row of list) if (row > bottom) bottom = row;
  return { ...b, bottom: Math.max(bottom, f.headerRow) };
}

/**
 * Walks a plain range down from its header. `stop(row)` says a row belongs to something else
 * (another table's header found by the sheet scan, an Excel table).
 */
export function walkPlain(f: Frame, lastRow: number, stop: (row: number) => boolean): Body {
  const dataRows: number[] = [];
  const repeatedHeaders: number[] = [];
  const continuation: number[] = [];
  const blankInside: number[] = [];
  let afterBlank: number[] = [];
  const shape = new RowShape(f);
  let totalRow: number | undefined;
  const unitRow = f.headerRow + 1 <= lastRow && isUnitRow(f, f.headerRow + 1) ? f.headerRow + 1 : undefined;
  for (let row = (unitRow ?? f.headerRow) + 1; row <= lastRow; row++) {
    const cells = readHeaderCells(f.sheet, row, f.left, f.right);
    if (labelsKey(cells, f.left) === f.headerKey) {
      if (dropTrailingTitles(f, dataRows, row) > 0) break;
      repeatedHeaders.push(row);
      continue;
    }
    const other = classifyHeader(cells) !== undefined;
    if (other || stop(row)) {
      dropTrailingTitles(f, dataRows, row);
      break;
    }
    if (rowBlank(f, row)) {
      if (continuesMerge(f, row)) {
        continuation.push(row);
        continue;
      }
      const after = afterGap(f, row, lastRow, stop, shape, dataRows[dataRows.length - 1]);
      if (after !== undefined && 'next' in after) {
        for (let r = row; r < after.next; r++) blankInside.push(r);
        row = after.next - 1;
        continue;
      }
      if (after !== undefined) afterBlank = after.orphans;
      break;
    }
    if (isTotalRow(f.sheet, row, f.left, f.right)) {
      totalRow = row;
      break;
    }
    dataRows.push(row);
    shape.add(row);
  }
  const body = {
    dataRows,
    repeatedHeaders,
    continuation,
    afterTotal: [],
    blankInside,
    afterBlank,
    ...(unitRow === undefined ? {} : { unitRow }),
  };
  return finish(f, totalRow === undefined ? body : { ...body, totalRow });
}

/** Walks the body of an Excel table (rows under the header down to `bodyBottom`). */
export function walkTable(f: Frame, bodyBottom: number, totalsRow: number | undefined): Body {
  const dataRows: number[] = [];
  const repeatedHeaders: number[] = [];
  const continuation: number[] = [];
  const afterTotal: number[] = [];
  let totalRow = totalsRow;
  for (let row = f.headerRow + 1; row <= bodyBottom; row++) {
    if (isHeaderRepeat(f, row)) {
      repeatedHeaders.push(row);
      continue;
    }
    if (rowBlank(f, row)) {
      if (continuesMerge(f, row)) continuation.push(row);
      continue;
    }
    if (totalRow !== undefined && totalRow < row) {
      afterTotal.push(row);
      continue;
    }
    if (totalsRow === undefined && isTotalRow(f.sheet, row, f.left, f.right)) {
      totalRow = row;
      continue;
    }
    dataRows.push(row);
  }
  const body = { dataRows, repeatedHeaders, continuation, afterTotal, blankInside: [], afterBlank: [] };
  const done = finish(f, totalRow === undefined ? body : { ...body, totalRow });
  // An Excel table's extent is its own range, whatever its last rows hold.
  return { ...done, bottom: Math.max(done.bottom, totalsRow ?? bodyBottom, bodyBottom) };
}
