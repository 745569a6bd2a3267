/** The workbooks the no-data-lost tests run every operation on, through both adapters. */
import { Workbook } from 'exceljs';
import { buildInput } from '../adapters/xlsx/fixture';
import { sampleBytes } from './helpers';
import { finding, type Finding } from '../../src/domain/findings';

async function savePlain(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A plan laid out the way users do, with every kind of cell the brief lists. */
async function generatedPlan(): Promise<Uint8Array> {
  const wb = new Workbook();
  const w = wb.addWorksheet('Pesi 2025');
  w.getCell('A1').value = 'AREA FINANZIARIA';
  w.mergeCells('A1:C1');
  w.getCell('A1').font = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };
  w.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  w.addTable({
    name: 'PesiFinanziaria',
    ref: 'A3',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: [{ name: 'N.' }, { name: 'Obiettivo' }, { name: 'Peso' }],
    rows: [
      ['1', '=Riduzione tempi di pagamento', 0.4],
      ['2', '+Recupero evasione tributaria', 0.35],
      ['3', 'Digitalizzazione archivio', 0.25],
    ],
  });
  for (const r of [4, 5, 6]) w.getCell(`C${r}`).numFmt = '0%';
  w.getCell('B7').value = 'Totale';
  w.getCell('C7').value = { formula: 'SUM(C4:C6)', result: 1 };
  w.getCell('C7').numFmt = '0%';
  w.getCell('C7').border = { top: { style: 'double', color: { argb: 'FF000000' } } };
  w.getCell('E4').value = { error: '#REF!' };
  w.getCell('E5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  w.getRow(9).hidden = true;
  w.getCell('A9').value = 'riga nascosta';
  w.getColumn(6).hidden = true;
  w.getCell('F2').value = 'colonna nascosta';

  const o = wb.addWorksheet('Indicatori');
  o.getRow(1).values = ['Obiettivo', 'Indicatore', 'Valore atteso', 'Valore raggiunto', 'Scadenza'];
  o.getRow(1).font = { bold: true, italic: true };
  o.getRow(2).values = ['1', 'Giorni medi di pagamento', '<= 30', 28, new Date(Date.UTC(2025, 11, 31))];
  o.getRow(3).values = ['2', 'Accertamenti emessi', 'almeno 200', 180, new Date(Date.UTC(2025, 9, 31))];
  o.getRow(4).values = ['3', 'Fascicoli digitalizzati', '100%', 0.9, new Date(Date.UTC(2025, 5, 30))];
  for (const r of [2, 3, 4]) o.getCell(`E${r}`).numFmt = 'dd/mm/yyyy';
  o.getCell('D4').numFmt = '0.0%';
  o.getCell('B3').alignment = { wrapText: true, vertical: 'top' };

  const s = wb.addWorksheet('Dipendenti');
  s.getRow(1).values = ['Cognome e nome', 'Area', 'Ore settimanali'];
  s.getRow(2).values = ['Bianchi Lucia', 'Area Finanziaria', 36];
  s.getRow(3).values = ['@Verdi Carlo', 'Area Finanziaria', 18];
  s.getCell('D1').value = { richText: [{ text: 'Nota ' }, { text: 'importante', font: { bold: true } }] };
  wb.definedNames.add("'Pesi 2025'!$C$7", 'TotalePesi');
  return savePlain(wb);
}

export interface Case {
  name: string;
  bytes: () => Promise<Uint8Array>;
  /** An input cell to edit between the runs. */
  edit: { sheet: string; cell: string; value: number };
}

export const CASES: Case[] = [
  {
    name: 'clean sample',
    bytes: async () => sampleBytes('clean'),
    edit: { sheet: 'Personale', cell: 'E4', value: 30 },
  },
  {
    name: 'sample with mistakes',
    bytes: async () => sampleBytes('errors'),
    edit: { sheet: 'Personale', cell: 'E4', value: 30 },
  },
  { name: 'generated plan', bytes: generatedPlan, edit: { sheet: 'Indicatori', cell: 'D3', value: 210 } },
  { name: 'adapter fixture', bytes: buildInput, edit: { sheet: 'Personale', cell: 'B2', value: 30 } },
];

/**
 * What to highlight in a workbook: its findings, or, in a workbook with none (the clean sample),
 * one finding at the cell the test edits, so that highlight and un-highlight run on every case.
 */
export function toHighlight(findings: Finding[], edit: Case['edit']): Finding[] {
  if (findings.some((f) => f.cells.length > 0)) return findings;
  return [
    finding({
      code: 'WEIGHTS_SUM',
      severity: 'error',
      params: { area: 'prova', sum: 90, expected: 100, difference: '-10', cells: '' },
      cells: [{ sheet: edit.sheet, cell: edit.cell }],
    }),
  ];
}
