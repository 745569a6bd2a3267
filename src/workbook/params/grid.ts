/**
 * Absolute access to a sheet snapshot (0-based rows and columns, A = 0), whatever the offset of
 * its used range, plus the "Sheet!B7" text the parameter findings show.
 */
import type { CellRef } from '../../domain/model';
import { isBlank } from '../../domain/values';
import type { CellValue, SheetSnapshot } from '../port';
import { cellAddress } from '../a1';

export class Grid {
  constructor(readonly sheet: SheetSnapshot) {}

  get firstRow(): number {
    return this.sheet.top;
  }

  /** One past the last row of the used range. */
  get endRow(): number {
    return this.sheet.top + this.sheet.values.length;
  }

  value(row: number, col: number): CellValue {
    return this.sheet.values[row - this.sheet.top]?.[col - this.sheet.left] ?? null;
  }

  format(row: number, col: number): string {
    return this.sheet.numberFormats[row - this.sheet.top]?.[col - this.sheet.left] ?? 'General';
  }

  /** Whether the cell is formatted as a percentage (a "%" outside quotes and escapes). */
  isPercentFormat(row: number, col: number): boolean {
    const bare = this.format(row, col)
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '');
    return bare.includes('%');
  }

  isBlankRow(row: number): boolean {
    const cells = this.sheet.values[row - this.sheet.top] ?? [];
    return cells.every((v) => isBlank(v));
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.sheet.name, cell: cellAddress(row, col) };
  }

  /** A range of one row, "A30:B30". */
  rowRef(row: number, fromCol: number, toCol: number): CellRef {
    return { sheet: this.sheet.name, cell: `${cellAddress(row, fromCol)}:${cellAddress(row, toCol)}` };
  }
}

/** "Parametri Premia!B7": how the messages name a cell. */
export function cellText(ref: CellRef): string {
  return `${ref.sheet}!${ref.cell}`;
}
