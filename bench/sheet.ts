/**
 * Cells as the workbook reader would produce them: every generated value is a Field with the raw
 * cell content and its address on a named sheet, rows counted per sheet as a user's table grows.
 */
import type { CellRef, Field, IsoDate, RawValue } from '../src/domain/model';

export class Sheet {
  private row: number;

  constructor(
    readonly name: string,
    /** First data row (the header sits just above). */
    firstRow = 2,
  ) {
    this.row = firstRow;
  }

  /** Moves to the next row and returns its number. */
  nextRow(): number {
    return this.row++;
  }

  /** Leaves `n` rows out (title rows, total rows, a blank row between blocks). */
  skip(n = 1): void {
    this.row += n;
  }

  ref(cell: string): CellRef {
    return { sheet: this.name, cell };
  }

  rowRef(row: number, from: string, to: string): CellRef {
    return this.ref(`${from}${row}:${to}${row}`);
  }

  field<T>(value: T, raw: RawValue, column: string, row: number): Field<T> {
    return { value, raw, cell: this.ref(`${column}${row}`) };
  }

  /** A cell of the column left empty: the reader knows where it is, there is no value. */
  empty<T>(column: string, row: number): Field<T> {
    return { raw: null, cell: this.ref(`${column}${row}`) };
  }
}

/** "2024-10-31" -> "31/10/2024", as users type dates. */
export function italianDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** ISO date plus a number of days (calendar arithmetic in UTC). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Last day of a month of a year, ISO. */
export function endOfMonth(year: number, month: number): IsoDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** A number as an Italian user types it in a text cell: "12,5". */
export function italianNumber(n: number): string {
  return String(n).replace('.', ',');
}

/** Cents as typed in a cell: "€ 3.000,00". */
export function italianEuro(cents: number): string {
  const euros = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${euros},${String(cents % 100).padStart(2, '0')}`;
}
