/**
 * A stray value far from the tables (XFD1048576, left by a mistaken paste) stretches the used
 * range to 17 billion cells. The snapshot must hold the cells there are, not the box: it used to
 * be allocated dense and crashed the CLI. Results must not change.
 */
import { Workbook } from 'exceljs';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import type { SheetSnapshot } from '../../../src/workbook/port';
import { recognizeTables } from '../../../src/workbook/recognize';

async function bytes(far?: string): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Pesi');
  ws.addRow(['N.', 'Obiettivo', 'Peso']);
  ws.addRow([1, 'Verde', 0.6]);
  ws.addRow([2, 'Strade', 0.4]);
  ws.getCell('C2').numFmt = '0%';
  ws.getCell('C3').numFmt = '0%';
  ws.addRow([]);
  ws.addRow(['Area', 'Rilevanza']);
  ws.addRow(['Tecnica', 3]);
  ws.mergeCells('E1:F2');
  ws.getCell('E1').value = 'Nota';
  if (far) ws.getCell(far).value = 'x';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function read(far?: string): Promise<{ book: XlsxWorkbook; snap: SheetSnapshot }> {
  const book = await XlsxWorkbook.load(await bytes(far));
  const [snap] = await book.readSheets();
  return { book, snap };
}

const cellsHeld = (s: SheetSnapshot): number => s.values.reduce((n, r) => n + r.length, 0);
const width = (s: SheetSnapshot): number => s.values.reduce((w, r) => Math.max(w, r.length), 0);

describe('XlsxWorkbook reading a sheet with one far cell', () => {
  it('holds the rows up to their own last cell, not the whole used range', async () => {
    const { snap } = await read('XFD1048576');
    expect([snap.top, snap.left]).toEqual([0, 0]);
    expect(snap.values).toHaveLength(1_048_576);
    expect(width(snap)).toBe(16_384);
    expect(snap.values[1_048_575][16_383]).toBe('x');
    expect(snap.values[100]).toEqual([]);
    // The table rows, the far row and nothing else: a few thousand times fewer than the box.
    expect(cellsHeld(snap)).toBeLessThan(16_384 + 100);
    for (const grid of [snap.numberFormats, snap.formulas])
      expect(grid.map((r) => r.length)).toEqual(snap.values.map((r) => r.length));
  });

  it('reads the cells near A1 exactly as without the far cell', async () => {
    const near = (await read()).snap;
    const { snap } = await read('XFD1048576');
    expect(width(near)).toBe(5);
    // A row ends at its own last cell (or merge cell); past it a cell is blank, as when dense.
    for (let i = 0; i < near.values.length; i++) {
      for (let j = 0; j < 6; j++) {
        expect(snap.values[i][j] ?? null).toEqual(near.values[i][j] ?? null);
        expect(snap.numberFormats[i][j] ?? 'General').toBe(near.numberFormats[i][j] ?? 'General');
        expect(snap.formulas[i][j] ?? null).toBe(near.formulas[i][j] ?? null);
      }
    }
    expect(snap.numberFormats[1][2]).toBe('0%');
    expect(snap.merged).toEqual(near.merged);
  });

  it('recognises the same tables with and without the far cell', async () => {
    const shapes = async (far?: string) => {
      const { book, snap } = await read(far);
      return recognizeTables([snap], await book.listTables()).map((t) => ({
        kind: t.kind,
        range: t.range,
        data: t.dataRows,
      }));
    };
    const near = await shapes();
    expect(near.map((t) => t.kind)).toEqual(['weights', 'relevance']);
    expect(await shapes('XFD1048576')).toEqual(near);
    expect(await shapes('ZZ1048576')).toEqual(near);
  });

  it('keeps ordinary and moderately sparse sheets dense (every row as wide as the range)', async () => {
    const { snap } = await read('Z1000');
    expect(snap.values).toHaveLength(1000);
    expect(snap.values.every((r) => r.length === 26)).toBe(true);
    expect(snap.values[999][25]).toBe('x');
  });
});
