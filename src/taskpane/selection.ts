/**
 * Which cells to select for a finding. The port selects one rectangle, so the cells of the
 * finding's first sheet are joined into their bounding range when that stays small (a total
 * and the rows it adds up); otherwise only the first cell range is selected.
 */
import type { CellRef } from '../domain/model';
import { parseRange, rangeAddress } from '../workbook/a1';
import type { CellRange } from '../workbook/port';

/** Largest bounding range (in cells) still worth selecting as a whole. */
export const MAX_JOINED_CELLS = 400;

function tryParse(address: string): CellRange | undefined {
  try {
    return parseRange(address.replace(/\$/g, ''));
  } catch {
    return undefined;
  }
}

const size = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

export function selectionFor(cells: readonly CellRef[]): { sheet: string; address: string } | undefined {
  const first = cells.find((c) => tryParse(c.cell) !== undefined);
  if (!first) return undefined;
  const ranges = cells
    .filter((c) => c.sheet === first.sheet)
    .map((c) => tryParse(c.cell))
    .filter((r): r is CellRange => r !== undefined);
  const joined = ranges.reduce((a, r) => ({
    top: Math.min(a.top, r.top),
    left: Math.min(a.left, r.left),
    bottom: Math.max(a.bottom, r.bottom),
    right: Math.max(a.right, r.right),
  }));
  const chosen = size(joined) <= MAX_JOINED_CELLS ? joined : ranges[0];
  return { sheet: first.sheet, address: rangeAddress(chosen) };
}
