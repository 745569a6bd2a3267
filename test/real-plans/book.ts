/**
 * Small helpers for writing the real-plan workbooks with ExcelJS, cell by cell, as the comuni
 * type them (percent cells as fractions with a % format, numbers typed as text, merged ids).
 */
import type ExcelJS from 'exceljs';

export type Value = ExcelJS.CellValue;

export const PCT = '0%';
export const EURO = '#,##0.00 "€"';
export const DATE = 'dd/mm/yyyy';

/** A real Excel date (UTC midnight, as ExcelJS stores serials). */
export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function put(ws: ExcelJS.Worksheet, address: string, value: Value, numFmt?: string): void {
  const cell = ws.getCell(address);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
}

/** Values from column 1 of `row` rightwards; `undefined` leaves a cell alone, null empties it. */
export function row(ws: ExcelJS.Worksheet, r: number, values: (Value | undefined)[], firstCol = 1): void {
  values.forEach((v, i) => {
    if (v === undefined) return;
    ws.getCell(r, firstCol + i).value = v;
  });
}

export function bold(ws: ExcelJS.Worksheet, address: string): void {
  ws.getCell(address).font = { bold: true };
}

/** A header row in bold with wrapped text, as printed plans have. */
export function header(ws: ExcelJS.Worksheet, r: number, labels: (string | null)[], firstCol = 1): void {
  row(ws, r, labels, firstCol);
  labels.forEach((_, i) => {
    const c = ws.getCell(r, firstCol + i);
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'middle' };
  });
}
