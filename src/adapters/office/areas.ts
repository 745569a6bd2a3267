/**
 * Addresses of RangeAreas (merged areas, visible cells) as Office.js reports them:
 * "Sheet1!A1:B2,Sheet1!D4" or "'Pesi, 2025'!A1:B2, 'Pesi, 2025'!C3". Sheet names may hold
 * commas, so the list is split outside quotes only.
 */
import type { CellRange } from '../../workbook/port';
import { parseRange } from '../../workbook/a1';

/** The areas of a comma-separated address list, each as a 0-based range. */
export function parseAreas(address: string): CellRange[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled quote inside a name toggles twice: no harm
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(wholeRange);
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** "A1:B2", but also whole rows "3:5" and whole columns "B:D", as Excel may report them. */
function wholeRange(address: string): CellRange {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const plain = bare.replace(/\$/g, '');
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COL };
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(plain);
  if (cols) {
    const r = parseRange(`${cols[1]}1:${cols[2]}1`);
    return { top: 0, bottom: MAX_ROW, left: r.left, right: r.right };
  }
  return parseRange(plain);
}

/** Sorted, merged closed intervals. */
function union(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** The numbers of [from, to] that no interval covers. */
function gaps(from: number, to: number, covered: [number, number][]): number[] {
  const out: number[] = [];
  let next = from;
  for (const [lo, hi] of union(covered)) {
    if (hi < next) continue;
    if (lo > to) break;
    for (let i = next; i < Math.min(lo, to + 1); i++) out.push(i);
    next = Math.max(next, hi + 1);
  }
  for (let i = next; i <= to; i++) out.push(i);
  return out;
}

/**
 * Hidden rows and columns inside a used range, from the areas of the sheet's visible cells.
 * Excel splits the visible cells into rectangles around every hidden row and column, so a row
 * of the range that no rectangle covers is hidden (and likewise for columns). Rows and columns
 * outside the used range are not reported: the reader never looks at them. With no visible cell
 * at all, the range's own rowHidden/columnHidden (true when all are hidden) tell which.
 */
export function hiddenFromVisible(
  range: CellRange,
  visible: CellRange[] | null,
  allRowsHidden: boolean,
  allColumnsHidden: boolean,
): { hiddenRows: number[]; hiddenColumns: number[] } {
  if (!visible || visible.length === 0) {
    const rows = allRowsHidden || !allColumnsHidden ? gaps(range.top, range.bottom, []) : [];
    const columns = allColumnsHidden ? gaps(range.left, range.right, []) : [];
    return { hiddenRows: rows, hiddenColumns: columns };
  }
  return {
    hiddenRows: gaps(
      range.top,
      range.bottom,
      visible.map((a) => [a.top, a.bottom]),
    ),
    hiddenColumns: gaps(
      range.left,
      range.right,
      visible.map((a) => [a.left, a.right]),
    ),
  };
}
