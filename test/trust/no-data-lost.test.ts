/**
 * No data lost: every operation Premia runs, through the .xlsx adapter, saved and reloaded,
 * leaves every cell outside Premia's own sheets as it was (value, formula, cached result,
 * number format, font, fill, border, alignment), with merges, hidden rows and columns, Excel
 * tables, defined names and the sheet order; the sheet list only gains Premia's sheets.
 * no-data-lost-office.test.ts runs the same workbooks through the Office.js adapter's fake.
 */
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { SETTINGS_SHEET } from '../../src/workbook/settings-sheet';
import { PARAMS_SHEET } from '../../src/workbook/params';
import { OUTPUT_SHEETS } from '../../src/workbook/writers';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { loadWorkbook, runValidation } from '../../src/workbook/pipeline';
import { clearHighlights, highlightFindings } from '../../src/workbook/highlight';
import { OPERATIONS, runOperation } from './helpers';
import { CASES, toHighlight } from './workbooks';

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
    conditionalFormattings: (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings,
  };
}

const PREMIA_SHEETS = new Set([...Object.values(OUTPUT_SHEETS), SETTINGS_SHEET]);

function userState(wb: Workbook, own: ReadonlySet<string>) {
  return {
    sheets: wb.worksheets.filter((ws) => !own.has(ws.name)).map(sheetState),
    definedNames: wb.definedNames.model,
  };
}

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
    // Highlight the findings' cells and remove the highlight: the sheets come back as they were.
    {
      const book = await XlsxWorkbook.load(current);
      const ranges = await highlightFindings(
        book,
        toHighlight(runValidation(await loadWorkbook(book)), edit),
      );
      expect(ranges.length).toBeGreaterThan(0);
      const highlighted = await XlsxWorkbook.load(await book.save());
      expect(ranges.every((r) => highlighted.highlighted(r.sheet).includes(r.address))).toBe(true);
      await clearHighlights(highlighted);
      current = await highlighted.save();
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
