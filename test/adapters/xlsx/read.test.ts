import { Workbook } from 'exceljs';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import type { SheetSnapshot } from '../../../src/workbook/port';
import { parseCell } from '../../../src/workbook/a1';
import { buildInput, SHEET_ORDER } from './fixture';

function at(snap: SheetSnapshot, address: string) {
  const { row, col } = parseCell(address);
  const i = row - snap.top;
  const j = col - snap.left;
  return { value: snap.values[i][j], format: snap.numberFormats[i][j], formula: snap.formulas[i][j] };
}

describe('XlsxWorkbook reading', () => {
  let book: XlsxWorkbook;
  let snap: SheetSnapshot;
  beforeAll(async () => {
    book = await XlsxWorkbook.load(await buildInput());
    [snap] = await book.readSheets(['Obiettivi']);
  });

  it('lists sheets in order with their visibility', async () => {
    const sheets = await book.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(SHEET_ORDER);
    expect(sheets.map((s) => s.visible)).toEqual([true, true, true, false, false]);
    expect(sheets.map((s) => s.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('computes the used range from values only (styled empty cells and hidden empty rows do not count)', () => {
    expect([snap.top, snap.left]).toEqual([0, 0]);
    expect(snap.values).toHaveLength(8); // rows 1..8
    expect(snap.values[0]).toHaveLength(5); // A..E
    expect(snap.numberFormats).toHaveLength(8);
    expect(snap.formulas[7]).toHaveLength(5);
  });

  it('reads numbers, text, rich text, booleans, dates, hyperlinks and blanks', () => {
    expect(at(snap, 'A1').value).toBe('Obiettivo');
    expect(at(snap, 'B2')).toEqual({ value: 0.25, format: '0%', formula: null });
    expect(at(snap, 'A3').value).toBe('Due');
    expect(at(snap, 'C3').value).toBe(true);
    const date = at(snap, 'C2');
    expect(date.value).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(date.format).toBe('dd/mm/yyyy');
    expect(at(snap, 'E2').value).toBe('sito');
    expect(at(snap, 'E3').value).toBe('   ');
    expect(at(snap, 'E4')).toEqual({ value: -12.5, format: '#,##0.00 "€"', formula: null });
    expect(at(snap, 'E1')).toEqual({ value: null, format: 'General', formula: null });
  });

  it('reads formulas as their cached results, shared formulas included', () => {
    expect(at(snap, 'B4')).toEqual({ value: 1, format: '0%', formula: '=SUM(B2:B3)' });
    expect(at(snap, 'D2')).toMatchObject({ value: 0.5, formula: '=B2*2' });
    expect(at(snap, 'D3')).toMatchObject({ value: 1.5, formula: '=B3*2' });
    expect(at(snap, 'D5')).toMatchObject({ value: null, formula: '=NOW()' });
  });

  it('reads error values, literal and computed', () => {
    expect(at(snap, 'C4').value).toEqual({ error: '#REF!' });
    expect(at(snap, 'D4')).toMatchObject({ value: { error: '#DIV/0!' }, formula: '=1/0' });
  });

  it('reports merged areas, covered cells as blank, and hidden rows and columns anywhere', () => {
    expect(snap.merged).toEqual([{ top: 5, left: 0, bottom: 6, right: 1 }]);
    expect(at(snap, 'A6').value).toBe('Unito');
    expect(at(snap, 'B6').value).toBeNull();
    expect(at(snap, 'A7').value).toBeNull();
    expect(snap.hiddenRows).toEqual([7, 11]);
    expect(snap.hiddenColumns).toEqual([7]);
  });

  it('lists Excel tables with their ranges', async () => {
    expect(await book.listTables()).toEqual([
      {
        name: 'Staff',
        sheet: 'Personale',
        range: { top: 0, left: 0, bottom: 2, right: 1 },
        showHeaders: true,
        showTotals: false,
      },
    ]);
  });

  it('reads every sheet when no names are given, and refuses an unknown sheet', async () => {
    const all = await book.readSheets();
    expect(all.map((s) => s.name)).toEqual(SHEET_ORDER);
    await expect(book.readSheets(['Manca'])).rejects.toThrow('Manca');
  });

  it('reads a used range that does not start at A1, and an empty sheet', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('C5').value = 1;
    ws.getCell('E7').value = 'x';
    ws.getCell('B2').numFmt = '0%'; // format only: not part of the used range
    wb.addWorksheet('Vuoto');
    const book2 = await XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    const [s, empty] = await book2.readSheets(['S', 'Vuoto']);
    expect([s.top, s.left]).toEqual([4, 2]);
    expect(s.values).toEqual([
      [1, null, null],
      [null, null, null],
      [null, null, 'x'],
    ]);
    expect(empty).toMatchObject({ top: 0, left: 0, values: [], numberFormats: [], formulas: [] });
  });

  it('reads a table with a totals row and without a header row', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('T');
    ws.addTable({
      name: 'Totali',
      ref: 'B2',
      totalsRow: true,
      columns: [
        { name: 'A', totalsRowLabel: 'Tot' },
        { name: 'B', totalsRowFunction: 'sum' },
      ],
      rows: [
        ['x', 1],
        ['y', 2],
      ],
    });
    const book2 = await XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(await book2.listTables()).toEqual([
      {
        name: 'Totali',
        sheet: 'T',
        range: { top: 1, left: 1, bottom: 4, right: 2 },
        showHeaders: true,
        showTotals: true,
      },
    ]);
  });
});
