/**
 * Splitting a row into header candidates, so that tables side by side on a sheet are found
 * separately. Columns with a label (or covered by a merged label) are runs; a blank header
 * cell joins its neighbours when the rows just below have data in that column (a column
 * without a header), and separates two tables when the column is empty below too.
 */
import type { SheetSnapshot } from '../port';
import { cellText, isRawBlank, mergedAreaAt, rowEnd } from './cells';
import { classifyHeader, readHeaderCells, type HeaderCell, type HeaderMatch } from './header';

export interface Segment {
  left: number;
  right: number;
  cells: HeaderCell[];
  match?: HeaderMatch;
}

/** Rows below the header inspected to tell an unlabelled column from a separator. */
const LOOK_BELOW = 3;

export function rowSegments(
  sheet: SheetSnapshot,
  row: number,
  sheetRight: number,
  excluded: (row: number, col: number) => boolean,
): Segment[] {
  // Past the row's end nothing is present, so no run can start or be bridged there.
  const right = Math.min(sheetRight, rowEnd(sheet, row));
  const present: boolean[] = [];
  for (let col = sheet.left; col <= right; col++) {
    if (excluded(row, col)) {
      present.push(false);
      continue;
    }
    const m = mergedAreaAt(sheet, row, col);
    present.push(cellText(sheet, row, col) !== '' || (m !== undefined && m.top === row && m.left < col));
  }
  const at = (col: number): boolean => present[col - sheet.left] === true;

  const runs: { left: number; right: number }[] = [];
  let col = sheet.left;
  while (col <= right) {
    if (!at(col)) {
      col++;
      continue;
    }
    const start = col;
    let end = col;
    let next = col + 1;
    while (next <= right) {
      if (at(next)) {
        end = next;
        next++;
        continue;
      }
      // A gap: bridge it only if every gap column has data just below and a label follows.
      let g = next;
      while (g <= right && !at(g) && !excluded(row, g) && hasDataBelow(sheet, row, g)) g++;
      if (g <= right && g > next && at(g)) {
        next = g;
        continue;
      }
      break;
    }
    runs.push({ left: start, right: end });
    col = end + 1;
  }

  return runs.map((r) => {
    const cells = readHeaderCells(sheet, row, r.left, r.right);
    const match = classifyHeader(cells);
    return match ? { ...r, cells, match } : { ...r, cells };
  });
}

function hasDataBelow(sheet: SheetSnapshot, row: number, col: number): boolean {
  for (let r = row + 1; r <= row + LOOK_BELOW; r++) if (!isRawBlank(sheet, r, col)) return true;
  return false;
}
