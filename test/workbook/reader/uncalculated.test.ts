/**
 * A weight given by a formula the file holds no computed value for is reported as such, once,
 * with its cell, and not as a missing weight or a total that does not add up.
 */
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { loadWorkbook, runScoring, runValidation } from '../../../src/workbook/pipeline';

async function book(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pesatura 2023');
  ws.addRow(['AREA TECNICA']);
  ws.addRow(['N.', 'Obiettivo', 'Peso %']);
  ws.addRow([1, 'Piano del verde', { formula: '100*0.4', result: 40 }]);
  ws.addRow([2, 'Manutenzione strade', { formula: 'C3/2+10' }]);
  ws.addRow([3, 'Cimiteri', { formula: 'C3/2+10' }]);
  ws.addRow(['1T', 'Trasparenza', 20]);
  ws.addRow(['TOTALE', null, { formula: 'SUM(C3:C6)', result: 100 }]);
  ws.getCell('E20').value = { formula: '1+1' }; // outside any table: not the plan's business
  return XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('formulas never calculated', () => {
  it('one READ_FORMULA_NOT_CALCULATED for the sheet, no missing weight or total mismatch', async () => {
    const findings = runValidation(await loadWorkbook(await book()));
    const codes = findings.map((f) => f.code);
    expect(codes).not.toContain('WEIGHT_MISSING');
    expect(codes).not.toContain('WEIGHT_NOT_NUMBER');
    expect(codes).not.toContain('TOTAL_MISMATCH');
    const found = findings.filter((f) => f.code === 'READ_FORMULA_NOT_CALCULATED');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].cells).toEqual([
      { sheet: 'Pesatura 2023', cell: 'C4' },
      { sheet: 'Pesatura 2023', cell: 'C5' },
    ]);
    expect(found[0].message).toContain("'Pesatura 2023'!C4, C5: formula senza valore calcolato");
  });

  it('is said once by scoring too', async () => {
    const run = runScoring(await loadWorkbook(await book()));
    expect(run.findings.filter((f) => f.code === 'READ_FORMULA_NOT_CALCULATED')).toHaveLength(1);
  });
});
