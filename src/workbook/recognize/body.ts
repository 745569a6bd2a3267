/**
 * The rows of a table under its header: which are data, which are skipped, where it ends.
 *
 * Plain range: it runs down to a blank row, a total row (included), or the header row of
 * another table (not included). A header row identical to the table's own (pages pasted from
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
import { cellText, isRawBlank, mergedAreaAt, rawCell } from './cells';
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
      break;
    }
    if (isTotalRow(f.sheet, row, f.left, f.right)) {
      totalRow = row;
      break;
    }
    dataRows.push(row);
  }
  const body = {
    dataRows,
    repeatedHeaders,
    continuation,
    afterTotal: [],
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
  const body = { dataRows, repeatedHeaders, continuation, afterTotal };
  const done = finish(f, totalRow === undefined ? body : { ...body, totalRow });
  // An Excel table's extent is its own range, whatever its last rows hold.
  return { ...done, bottom: Math.max(done.bottom, totalsRow ?? bodyBottom, bodyBottom) };
}
