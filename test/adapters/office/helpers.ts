/** Shared seeds: the same content given to the fake Excel and to ExcelJS. */
import { Workbook } from 'exceljs';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { OfficeWorkbook } from '../../../src/adapters/office';
import type { OfficeWorkbookOptions } from '../../../src/adapters/office';
import { parseRange } from '../../../src/workbook/a1';
import { FakeExcel } from './fake/excel';
import type { FakeOptions } from './fake/excel';
import { FakeBook } from './fake/model';
import type { SeedBook, SeedCell } from './fake/model';

export function fakeBook(seed: SeedBook, options: FakeOptions = {}, adapter: OfficeWorkbookOptions = {}) {
  const fake = new FakeExcel(FakeBook.seed(seed), options);
  return { fake, book: new OfficeWorkbook(fake.run, adapter) };
}

/** The seed as an .xlsx file, loaded by the xlsx adapter. */
export async function xlsxBook(seed: SeedBook): Promise<XlsxWorkbook> {
  const wb = new Workbook();
  for (const s of seed.sheets) {
    const ws = wb.addWorksheet(s.name, {
      state: s.visibility === 'VeryHidden' ? 'veryHidden' : s.visibility === 'Hidden' ? 'hidden' : 'visible',
    });
    for (const [address, raw] of Object.entries(s.cells ?? {})) {
      const cell: SeedCell = typeof raw === 'object' ? raw : { value: raw };
      const target = ws.getCell(address);
      if (cell.formula) {
        const result = cell.error !== undefined ? { error: cell.error } : (cell.value ?? undefined);
        target.value = { formula: cell.formula.slice(1), result } as never;
      } else if (cell.error !== undefined) target.value = { error: cell.error } as never;
      else if (cell.value !== undefined) target.value = cell.value;
      if (cell.format) target.numFmt = cell.format;
    }
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  }
  for (const t of seed.tables ?? []) {
    const ws = wb.getWorksheet(t.sheet)!;
    const r = parseRange(t.range);
    const columns = [];
    for (let c = r.left; c <= r.right; c++)
      columns.push({ name: String(ws.getRow(r.top + 1).getCell(c + 1).value) });
    const rows = [];
    for (let i = r.top + 1; i <= r.bottom; i++) {
      const row = [];
      for (let c = r.left; c <= r.right; c++) row.push(ws.getRow(i + 1).getCell(c + 1).value);
      rows.push(row);
    }
    ws.addTable({
      name: t.name,
      ref: t.range.split(':')[0],
      headerRow: true,
      totalsRow: false,
      columns,
      rows,
    });
  }
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return XlsxWorkbook.load(bytes);
}

/** A workbook like a comune's: weights with errors, formulas, merges, hidden rows and columns. */
export const SMALL: SeedBook = {
  sheets: [
    {
      name: 'Pesi',
      cells: {
        A1: { value: 'Obiettivo', bold: true },
        B1: 'Peso',
        C1: 'Note',
        A2: 'Uno',
        B2: { value: 0.25, format: '0%' },
        C2: '   ',
        A3: 'Due',
        B3: { value: 0.75, format: '0%' },
        C3: true,
        A4: 'Totale',
        B4: { value: 1, format: '0%', formula: '=SUM(B2:B3)' },
        C4: { error: '#REF!' },
        D2: { value: 4193.23, format: '#,##0.00 "€"' },
        D3: '4.193,23',
        D4: { error: '#DIV/0!', formula: '=1/0' },
        A6: 'Unito',
        A8: 'nascosta',
        E8: 12,
      },
      merges: ['A6:B7'],
      hiddenRows: [7],
      hiddenColumns: [2],
    },
    {
      name: 'Personale, 2025',
      cells: { B2: 'Nome', C2: 'Ore', B3: 'Rossi Mario', C3: 36, B4: 'Bianchi Anna', C4: 18 },
    },
    { name: 'Vuoto' },
  ],
  tables: [{ name: 'Staff', sheet: 'Personale, 2025', range: 'B2:C4' }],
};
