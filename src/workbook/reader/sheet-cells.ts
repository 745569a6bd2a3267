/**
 * Reading single cells of a snapshot for the plan builder: raw value (merged areas resolved to
 * their top-left cell), whether the cell is percent-formatted, and its address as a CellRef.
 */
import type { CellRef, RawValue } from '../../domain/model';
import type { SheetSnapshot } from '../port';
import { cellAddress } from '../a1';

export class SheetCells {
  /** Top-left cell of the merged area covering (row, col), by "row,col". */
  private readonly mergedOrigin = new Map<string, [number, number]>();

  /** Formula cells without a computed value, by "row,col". */
  private readonly uncalculated: ReadonlySet<string>;

  constructor(readonly sheet: SheetSnapshot) {
    this.uncalculated = new Set((sheet.uncalculated ?? []).map((c) => `${c.row},${c.col}`));
    for (const m of sheet.merged) {
      // Merged areas are small; huge ones (whole columns) are rare and still bounded by the used range.
      const bottom = Math.min(m.bottom, sheet.top + sheet.values.length - 1);
      for (let r = m.top; r <= bottom; r += 1) {
        for (let c = m.left; c <= m.right; c += 1) {
          if (r !== m.top || c !== m.left) this.mergedOrigin.set(`${r},${c}`, [m.top, m.left]);
        }
      }
    }
  }

  private origin(row: number, col: number): [number, number] {
    return this.mergedOrigin.get(`${row},${col}`) ?? [row, col];
  }

  raw(row: number, col: number | undefined): RawValue {
    if (col === undefined) return null;
    const [r, c] = this.origin(row, col);
    const v = this.sheet.values[r - this.sheet.top]?.[c - this.sheet.left];
    return v === undefined ? null : v;
  }

  /** True when the cell (or its merged area's top-left cell) holds a formula never calculated. */
  isUncalculated(row: number, col: number): boolean {
    if (this.uncalculated.size === 0) return false;
    const [r, c] = this.origin(row, col);
    return this.uncalculated.has(`${r},${c}`);
  }

  isPercentFormat(row: number, col: number | undefined): boolean {
    if (col === undefined) return false;
    const [r, c] = this.origin(row, col);
    const f = this.sheet.numberFormats[r - this.sheet.top]?.[c - this.sheet.left];
    return typeof f === 'string' && f.replace(/"[^"]*"/g, '').includes('%');
  }

  /** The cell the value really comes from (the merged area's top-left cell). */
  ref(row: number, col: number): CellRef {
    const [r, c] = this.origin(row, col);
    return { sheet: this.sheet.name, cell: cellAddress(r, c) };
  }

  rowRef(row: number, left: number, right: number): CellRef {
    return { sheet: this.sheet.name, cell: `${cellAddress(row, left)}:${cellAddress(row, right)}` };
  }
}
