/**
 * A formula the file stores no value for (saved by a program, never calculated) against one
 * whose value is empty text: ExcelJS reads both as "no result"; the adapter tells them apart.
 */
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { uncalculatedFormulas } from '../../../src/adapters/xlsx/formula-values';

async function bytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pesi & note');
  ws.addRow(['N.', 'Obiettivo', 'Peso %']);
  ws.addRow([1, 'Verde', { formula: '100*0.4', result: 40 }]);
  ws.addRow([2, 'Strade', { formula: 'C2/2+10' }]); // never calculated
  ws.addRow([3, 'Cimiteri', { formula: 'IF(1,"","x")', result: '' }]); // empty text
  wb.addWorksheet('Altro').addRow([{ formula: '1+1' }]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('formulas without a computed value', () => {
  it('lists only the formula stored without a value, not the one giving empty text', async () => {
    const book = await XlsxWorkbook.load(await bytes());
    const [pesi, altro] = await book.readSheets();
    expect(pesi.uncalculated).toEqual([{ row: 2, col: 2 }]);
    expect(pesi.values[2][2]).toBeNull();
    expect(altro.uncalculated).toEqual([{ row: 0, col: 0 }]);
  });

  it('reads the package by sheet name, escaped names included', async () => {
    const found = await uncalculatedFormulas(await bytes(), ['Pesi & note', 'Missing']);
    expect([...(found.get('Pesi & note') ?? [])]).toEqual(['C3']);
    expect(found.has('Missing')).toBe(false);
  });

  it('answers nothing, without throwing, for bytes that are not a zip', async () => {
    expect((await uncalculatedFormulas(new Uint8Array([1, 2, 3]), ['Pesi'])).size).toBe(0);
  });
});
