/** An input workbook built in code with plain ExcelJS: every kind of cell a user's file holds. */
import { Workbook } from 'exceljs';
import type { CellValue } from 'exceljs';

export const SHEET_ORDER = ['Obiettivi', 'Premia Punteggi', 'Personale', 'Nascosto', 'Segreto'];

export async function buildInput(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Obiettivi');
  const header = ws.getCell('A1');
  header.value = 'Obiettivo';
  header.font = { bold: true, color: { argb: 'FF1F4E79' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  header.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getCell('B1').value = 'Peso';
  ws.getCell('A2').value = 'Uno';
  ws.getCell('B2').value = 0.25;
  ws.getCell('B2').numFmt = '0%';
  ws.getCell('A3').value = { richText: [{ text: 'Du' }, { text: 'e', font: { bold: true } }] };
  ws.getCell('B3').value = 0.75;
  ws.getCell('B3').numFmt = '0%';
  ws.getCell('A4').value = 'Totale';
  ws.getCell('B4').value = { formula: 'SUM(B2:B3)', result: 1 };
  ws.getCell('B4').numFmt = '0%';
  ws.getCell('C2').value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell('C2').numFmt = 'dd/mm/yyyy';
  ws.getCell('C3').value = true;
  ws.getCell('C4').value = { error: '#REF!' };
  // A shared formula master: ExcelJS reads and writes `shareType`/`ref`, its typings omit them.
  const master = { formula: 'B2*2', result: 0.5, shareType: 'shared', ref: 'D2:D3' };
  ws.getCell('D2').value = master as unknown as CellValue;
  ws.getCell('D3').value = { sharedFormula: 'D2', result: 1.5 };
  ws.getCell('D4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('D5').value = { formula: 'NOW()', date1904: false };
  ws.getCell('E2').value = { text: 'sito', hyperlink: 'https://example.org/' };
  ws.getCell('E3').value = '   ';
  ws.getCell('E4').value = -12.5;
  ws.getCell('E4').numFmt = '#,##0.00 "€"';
  ws.getCell('A6').value = 'Unito';
  ws.mergeCells('A6:B7');
  ws.getCell('A8').value = 'nascosta';
  ws.getRow(8).hidden = true;
  // Hidden, no values: outside the used range. ExcelJS drops a row holding no cell at all when
  // it saves, so the row carries a styled empty cell.
  ws.getRow(12).hidden = true;
  ws.getCell('A12').numFmt = '0.00';
  ws.getColumn(8).hidden = true; // H, outside the used range
  ws.getCell('F10').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }; // styled, empty
  ws.addConditionalFormatting({
    ref: 'B2:B3',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: ['0.5'],
        priority: 1,
        style: { font: { bold: true } },
      },
    ],
  });
  ws.getCell('B2').dataValidation = {
    type: 'decimal',
    operator: 'between',
    formulae: [0, 1],
    allowBlank: true,
  };

  const old = wb.addWorksheet('Premia Punteggi');
  old.getCell('A1').value = 'versione vecchia';
  old.getCell('A2').value = 'da sostituire';

  const staff = wb.addWorksheet('Personale');
  staff.addTable({
    name: 'Staff',
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    columns: [{ name: 'Nome' }, { name: 'Ore' }],
    rows: [
      ['Rossi Mario', 36],
      ['Bianchi Anna', 18],
    ],
  });
  staff.getCell('D1').value = { formula: 'SUM(B2:B3)', result: 54 };

  wb.addWorksheet('Nascosto', { state: 'hidden' }).getCell('A1').value = 'h';
  wb.addWorksheet('Segreto', { state: 'veryHidden' }).getCell('A1').value = 'vh';
  wb.definedNames.add('Obiettivi!$B$4', 'Totale_pesi');

  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as unknown as ArrayBuffer);
}

export async function loadPlain(data: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(data as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return wb;
}
