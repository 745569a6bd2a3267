/**
 * Document settings in the very hidden `_premia` sheet, the same sheet and layout as the xlsx
 * adapter (src/workbook/settings-sheet.ts), so settings travel with the file between Excel and
 * the command line. Office's own document settings would not be visible to the CLI.
 */
import type { CellValue } from '../../workbook/port';
import { SETTINGS_SHEET, rowsToSettings } from '../../workbook/settings-sheet';
import { cellValue } from './read';

/** Two syncs: does the sheet exist, then its used range. */
export async function readSettings(context: Excel.RequestContext): Promise<Record<string, string>> {
  const ws = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  ws.load('name');
  await context.sync();
  if (ws.isNullObject) return {};
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values,valueTypes,rowIndex,columnIndex');
  await context.sync();
  if (used.isNullObject) return {};
  // Back to absolute rows: the key is always column A, whatever the used range starts with.
  const pad = new Array<CellValue>(used.columnIndex).fill(null);
  const rows = used.values.map((row, i) => [
    ...pad,
    ...row.map((v, j) => cellValue(v, used.valueTypes[i]?.[j])),
  ]);
  return rowsToSettings(rows);
}
