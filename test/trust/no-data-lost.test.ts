/**
 * No data lost: every operation Premia runs, through the .xlsx adapter, saved and reloaded,
 * leaves every cell outside Premia's own sheets as it was (value, formula, cached result,
 * number format, font, fill, border, alignment), with merges, hidden rows and columns, Excel
 * tables, defined names and the sheet order; the sheet list only gains Premia's sheets.
 *
 * TODO(office adapter): run the same sequence through the Office.js adapter's fake
 * (test/adapters/office/fake) once that adapter lands, comparing the fake's cells the same way.
 */
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { SETTINGS_SHEET } from '../../src/workbook/settings-sheet';
import { PARAMS_SHEET } from '../../src/workbook/params';
import { OUTPUT_SHEETS } from '../../src/workbook/writers';
import { buildInput } from '../adapters/xlsx/fixture';
import { OPERATIONS, runOperation, sampleBytes } from './helpers';

async function loadPlain(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function savePlain(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Everything a user could lose on one sheet, as comparable data. */
function sheetState(ws: Worksheet) {
  const cells: Record<string, unknown> = {};
  for (const row of ws.findRows(1, ws.rowCount) ?? []) {
    if (!row) continue;
    row.eachCell({ includeEmpty: true }, (c) => {
      cells[c.address] = {
        type: c.type,
        value: c.value,
        formula: c.formula,
        result: c.result,
        numFmt: c.numFmt,
        font: c.font,
        fill: c.fill,
        border: c.border,
        alignment: c.alignment,
      };
    });
  }
  return {
    name: ws.name,
    state: ws.state,
    cells,
    merges: [...ws.model.merges].sort(),
    hiddenRows: (ws.findRows(1, ws.rowCount) ?? []).filter((r) => r?.hidden).map((r) => r.number),
    columns: (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden })),
    tables: (ws.getTables() as unknown as { table: unknown }[]).map((t) => t.table),
  };
}

const PREMIA_SHEETS = new Set([...Object.values(OUTPUT_SHEETS), SETTINGS_SHEET]);

function userState(wb: Workbook, own: ReadonlySet<string>) {
  return {
    sheets: wb.worksheets.filter((ws) => !own.has(ws.name)).map(sheetState),
    definedNames: wb.definedNames.model,
  };
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

interface Case {
  name: string;
  bytes: () => Promise<Uint8Array>;
  /** An input cell to edit between the runs. */
  edit: { sheet: string; cell: string; value: number };
}

const CASES: Case[] = [
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

describe.each(CASES)('no data lost: $name', ({ bytes, edit }) => {
  it('validate, score, distribute, edit an input, distribute again: only Premia sheets change', async () => {
    let current = await bytes();
    const original = await loadPlain(current);
    const originalNames = original.worksheets.map((ws) => ws.name);
    // Premia's sheets: its outputs, its settings, and the parameters sheet when it creates one.
    const own = new Set(PREMIA_SHEETS);
    if (!originalNames.some((n) => n.toLowerCase() === PARAMS_SHEET.toLowerCase())) own.add(PARAMS_SHEET);
    let expected = userState(original, own);
    expect(expected.sheets.length).toBeGreaterThan(0);

    const check = async (bytesNow: Uint8Array) => {
      const wb = await loadPlain(bytesNow);
      expect(userState(wb, own)).toEqual(expected);
      const names = wb.worksheets.map((ws) => ws.name);
      // The user's sheets, in their order, then only Premia's.
      expect(names.filter((n) => !own.has(n))).toEqual(originalNames.filter((n) => !own.has(n)));
      for (const n of names) expect(originalNames.includes(n) || own.has(n)).toBe(true);
      return names;
    };

    for (const op of OPERATIONS) {
      current = await runOperation(current, op);
      await check(current);
    }
    const names = await check(current);
    expect(names).toEqual(
      expect.arrayContaining([OUTPUT_SHEETS.validation, OUTPUT_SHEETS.log, SETTINGS_SHEET]),
    );

    // The user edits an input cell between runs: that edit, and nothing else, is what stays.
    const wb = await loadPlain(current);
    wb.getWorksheet(edit.sheet)!.getCell(edit.cell).value = edit.value;
    current = await savePlain(wb);
    expected = userState(await loadPlain(current), own);
    current = await runOperation(current, 'distribute');
    await check(current);
    const after = await loadPlain(current);
    expect(after.getWorksheet(edit.sheet)!.getCell(edit.cell).value).toBe(edit.value);
  });
});
