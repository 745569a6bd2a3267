/** Test helpers: sheet snapshots built from a SheetSpec or from plain rows. */
import type { CellValue, SheetSnapshot, SheetSpec } from '../../../src/workbook/port';
import { parseCell } from '../../../src/workbook/a1';

function rectangle<T>(rows: T[][], fill: T): T[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<T>(width - r.length).fill(fill)]);
}

/** What an adapter would read back after writing `spec` (values and number formats). */
export function snapshotFrom(spec: SheetSpec): SheetSnapshot {
  return sheet(
    spec.name,
    spec.rows.map((row) => row.map((c) => c.value)),
    Object.fromEntries(
      spec.rows.flatMap((row, r) =>
        row.flatMap((c, col) => (c.format ? [[`${String.fromCharCode(65 + col)}${r + 1}`, c.format]] : [])),
      ),
    ),
  );
}

/** A snapshot from rows starting at A1; `formats` maps "B7" to a number format. */
export function sheet(
  name: string,
  rows: CellValue[][],
  formats: Record<string, string> = {},
): SheetSnapshot {
  const values = rectangle<CellValue>(rows, null);
  const numberFormats = values.map((row) => row.map(() => 'General'));
  for (const [address, format] of Object.entries(formats)) {
    const { row, col } = parseCell(address);
    if (numberFormats[row]?.[col] !== undefined) numberFormats[row][col] = format;
  }
  return {
    name,
    top: 0,
    left: 0,
    values,
    numberFormats,
    formulas: values.map((row) => row.map(() => null)),
    merged: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

/** The standard top of a parameters sheet followed by `rows`. */
export function paramsRows(...rows: CellValue[][]): CellValue[][] {
  return [['Parametri Premia'], ['nota'], [], ['Parametro', 'Valore', 'Note'], ...rows];
}
