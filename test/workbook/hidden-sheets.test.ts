/**
 * A hidden sheet (last year's weights kept hidden) is not read as plan data: before, its
 * objectives were merged into this year's and reported as duplicates. inspect and validate say
 * it was left out.
 */
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { loadWorkbook, runValidation } from '../../src/workbook/pipeline';

function weights(ws: ExcelJS.Worksheet, rows: [number, string, number][]): void {
  ws.addRow(['AREA TECNICA']);
  ws.addRow(['N.', 'Obiettivo', 'Peso %']);
  for (const r of rows) ws.addRow(r);
}

async function book(state: 'hidden' | 'veryHidden'): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  weights(wb.addWorksheet('Pesatura 2023'), [
    [1, 'Piano del verde', 60],
    [2, 'Manutenzione strade', 40],
  ]);
  weights(wb.addWorksheet('Pesatura 2022', { state }), [
    [1, 'Piano del verde', 50],
    [2, 'Asfaltature', 50],
  ]);
  wb.addWorksheet('Vuoto nascosto', { state: 'hidden' }).addRow(['appunti']);
  return XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('hidden sheets', () => {
  it.each(['hidden', 'veryHidden'] as const)('a %s sheet is not read, and is named', async (state) => {
    const loaded = await loadWorkbook(await book(state));
    expect(loaded.tables.map((t) => t.sheet)).toEqual(['Pesatura 2023']);
    expect(loaded.hiddenSheets).toEqual([
      { sheet: 'Pesatura 2022', tables: 1, read: false },
      { sheet: 'Vuoto nascosto', tables: 0, read: false },
    ]);
    const findings = runValidation(loaded);
    expect(findings.map((f) => f.code)).not.toContain('OBJECTIVE_DUPLICATE_ID');
    const skipped = findings.filter((f) => f.code === 'READ_HIDDEN_SHEET_SKIPPED');
    expect(skipped).toHaveLength(1); // only the sheet with tables: an empty hidden sheet says nothing
    expect(skipped[0].severity).toBe('warning');
    expect(skipped[0].message).toContain('«Pesatura 2022» è nascosto e non viene letto');
  });

  it('a hidden sheet with a kind of table no visible sheet has (the staff list) is read', async () => {
    const wb = new ExcelJS.Workbook();
    weights(wb.addWorksheet('Pesatura 2023'), [
      [1, 'Piano del verde', 60],
      [2, 'Manutenzione strade', 40],
    ]);
    const staff = wb.addWorksheet('Personale', { state: 'hidden' });
    staff.addRow(['Cognome e nome', 'Ore settimanali', 'Area']);
    staff.addRow(['Rossi Maria', 48, 'Area Tecnica']);
    const loaded = await loadWorkbook(await XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer())));
    expect(loaded.hiddenSheets).toEqual([{ sheet: 'Personale', tables: 1, read: true }]);
    expect(loaded.tables.map((t) => t.kind)).toEqual(['weights', 'staff']);
    const codes = runValidation(loaded).map((f) => f.code);
    expect(codes).toContain('HOURS_OVER_FULL_TIME');
    expect(codes).not.toContain('READ_HIDDEN_SHEET_SKIPPED');
  });
});
