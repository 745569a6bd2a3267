/**
 * Writing Premia's sheets into a user's workbook must leave everything else as it was: every
 * cell of the other sheets (value, formula, number format, style), merges, hidden rows and
 * columns, tables, defined names, conditional formats, data validations, sheet order.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { buildInput, loadPlain, SHEET_ORDER } from './fixture';

interface CellState {
  type: number;
  value: unknown;
  formula: string | undefined;
  result: unknown;
  numFmt: string | undefined;
  font: unknown;
  fill: unknown;
  border: unknown;
  alignment: unknown;
}

function cells(ws: Worksheet): Record<string, CellState> {
  const out: Record<string, CellState> = {};
  for (const row of ws.findRows(1, ws.rowCount) ?? []) {
    if (!row) continue;
    row.eachCell({ includeEmpty: true }, (c) => {
      out[c.address] = {
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
  return out;
}

function sheetState(ws: Worksheet) {
  const model = ws.model;
  return {
    name: ws.name,
    state: ws.state,
    cells: cells(ws),
    merges: [...model.merges].sort(),
    hiddenRows: (ws.findRows(1, ws.rowCount) ?? []).filter((r) => r?.hidden).map((r) => r.number),
    columns: (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden })),
    tables: (ws.getTables() as unknown as { table: unknown }[]).map((t) => t.table),
    conditionalFormattings: (model as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
    // present at runtime, missing from the typings
    dataValidations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    views: ws.views,
  };
}

function userSheets(wb: Workbook) {
  return wb.worksheets.filter((ws) => !ws.name.startsWith('Premia') && ws.name !== '_premia').map(sheetState);
}

describe('preservation of the user workbook', () => {
  it('keeps every other sheet, defined names, tables and the sheet order', async () => {
    const input = await buildInput();
    const before = await loadPlain(input);

    const book = await XlsxWorkbook.load(input);
    await book.readSheets();
    await book.writeSheets([
      {
        name: 'Premia Punteggi',
        rows: [
          [{ value: 'Area', bold: true }, { value: 'Punteggio' }],
          [{ value: 'Finanziaria' }, { value: 0.9, format: '0.0%' }],
        ],
        tables: [{ name: 'PremiaPunteggi', range: 'A1:B2' }],
      },
      {
        name: 'Premia Distribuzione',
        rows: [[{ value: '=non una formula' }, { value: 100, format: '#,##0.00' }]],
        freezeRows: 1,
      },
    ]);
    await book.writeSettings({ mapping: '{"x":1}' });
    const after = await loadPlain(await book.save());

    const expected = userSheets(before);
    expect(expected).toHaveLength(4);
    expect(Object.keys(expected[0].cells).length).toBeGreaterThan(20);
    // the comparison covers what the fixture holds
    expect(expected[0].merges).toEqual(['A6:B7']);
    expect(expected[0].hiddenRows).toEqual([8, 12]);
    expect(expected[0].columns[7]).toMatchObject({ hidden: true });
    expect(expected[0].conditionalFormattings).toHaveLength(1);
    expect(expected[0].dataValidations).toHaveProperty('B2');
    expect(expected[0].cells.D3).toMatchObject({ formula: 'B3*2', result: 1.5 });
    expect(expected[0].cells.A1.fill).toBeDefined();
    expect(expected[1].tables).toHaveLength(1);
    expect(before.definedNames.model).toHaveLength(1);
    expect(userSheets(after)).toEqual(expected);

    expect(after.definedNames.model).toEqual(before.definedNames.model);
    expect(after.worksheets.map((ws) => ws.name)).toEqual([
      ...SHEET_ORDER,
      'Premia Distribuzione',
      '_premia',
    ]);
    expect(after.getWorksheet('Premia Punteggi')!.getCell('A2').value).toBe('Finanziaria');
  });
});
