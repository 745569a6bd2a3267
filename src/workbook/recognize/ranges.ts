/**
 * Plain ranges: tables found by their header rows anywhere on a sheet, scanning top to bottom
 * and, on each row, left to right. A row with a recognised header (header.ts) starts a table
 * unless its cells already belong to a table found above or to an Excel table.
 */
import type { CellRange, SheetSnapshot } from '../port';
import { walkPlain } from './body';
import { buildTable } from './build';
import { sheetBounds } from './cells';
import { labelsKey } from './header';
import { rowSegments, type Segment } from './segments';
import { findTitle, type FoundTitle } from './titleRows';
import type { RecognizedTable } from './types';

/** Rectangles already taken on one sheet (Excel tables, tables found so far). */
export class Claims {
  private readonly rects: CellRange[] = [];

  add(r: CellRange): void {
    this.rects.push(r);
  }

  /** Some claimed rectangle other than `except` covers part of the row between the columns. */
  taken(row: number, left: number, right: number, except?: CellRange): boolean {
    return this.rects.some(
      (r) => r !== except && r.top <= row && r.bottom >= row && r.left <= right && r.right >= left,
    );
  }
}

export function detectRanges(
  sheet: SheetSnapshot,
  excelTables: CellRange[],
  claims: Claims,
): RecognizedTable[] {
  const { bottom, right } = sheetBounds(sheet);
  const inExcelTable = (row: number, col: number): boolean =>
    excelTables.some((t) => t.top <= row && t.bottom >= row && t.left <= col && t.right >= col);
  const cache = new Map<number, Segment[]>();
  const segmentsAt = (row: number): Segment[] => {
    let s = cache.get(row);
    if (!s) {
      s = rowSegments(sheet, row, right, inExcelTable);
      // Empty rows are cheap to redo; keeping them would hold a million entries for a far cell.
      if (s.length > 0) cache.set(row, s);
    }
    return s;
  };

  const found: RecognizedTable[] = [];
  for (let row = sheet.top; row <= bottom; row++) {
    for (const seg of segmentsAt(row)) {
      if (!seg.match || claims.taken(row, seg.left, seg.right)) continue;
      const frame = {
        sheet,
        headerRow: row,
        left: seg.left,
        right: seg.right,
        headerKey: labelsKey(seg.cells, seg.left),
      };
      const stop = (r: number): boolean => {
        for (let c = seg.left; c <= seg.right; c++) if (inExcelTable(r, c)) return true;
        if (claims.taken(r, seg.left, seg.right)) return true;
        return segmentsAt(r).some((s) => s.match !== undefined && s.left <= seg.right && s.right >= seg.left);
      };
      const body = walkPlain(frame, bottom, stop);
      const title = inheritArea(
        findTitle(sheet, row, seg.left, seg.right, (r) => claims.taken(r, seg.left, seg.right)),
        found,
        seg.match.kind,
      );
      const table = buildTable({
        ...frame,
        source: 'range',
        match: seg.match,
        cells: seg.cells,
        body,
        title,
      });
      claims.add(table.range);
      found.push(table);
    }
  }
  return found;
}

/**
 * A second list under the same heading ("Personale assegnato area PL:" then "Personale
 * assegnato area Protezione Civile:" under AREA POLIZIA LOCALE): when the scan for a title
 * stopped at a table of the same kind, passing only label rows, the area is that table's.
 */
function inheritArea(title: FoundTitle, found: RecognizedTable[], kind: RecognizedTable['kind']): FoundTitle {
  if (title.area !== undefined || title.tableAbove === undefined || title.labelRows !== true) return title;
  const row = title.tableAbove;
  const above = found.find((t) => t.range.top <= row && t.range.bottom >= row);
  if (above === undefined || above.kind !== kind || above.area === undefined) return title;
  return {
    ...title,
    area: above.area,
    ...(above.areaCell === undefined ? {} : { areaCell: above.areaCell }),
  };
}
