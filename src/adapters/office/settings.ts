/**
 * Document settings in the very hidden `_premia` sheet, the same sheet and layout as the xlsx
 * adapter (src/workbook/settings-sheet.ts), so settings travel with the file between Excel and
 * the command line. Office's own document settings would not be visible to the CLI.
 */
import type { CellValue } from '../../workbook/port';
import { SETTINGS_SHEET, rowsToSettings } from '../../workbook/settings-sheet';
import { cellValue } from './read';

/**
 * Queues the settings sheet's used range, reached by null-object chaining: a missing sheet gives
 * a null used range, so existence and content come back in the same sync. The returned
 * function reads them after that sync.
 */
export function queueSettings(context: Excel.RequestContext): () => Record<string, string> {
  const used = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).getUsedRangeOrNullObject(true);
  used.load('values,valueTypes,rowIndex,columnIndex');
  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
     read by the caller after the sync that carried the load; the rule cannot see across it */
  return () => {
    if (used.isNullObject) return {};
    // Back to absolute rows: the key is always column A, whatever the used range starts with.
    const pad = new Array<CellValue>(used.columnIndex).fill(null);
    const rows = used.values.map((row, i) => [
      ...pad,
      ...row.map((v, j) => cellValue(v, used.valueTypes[i]?.[j])),
    ]);
    return rowsToSettings(rows);
  };
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
}

/** One sync: the settings sheet's used range, null when the sheet or its cells are missing. */
export async function readSettings(context: Excel.RequestContext): Promise<Record<string, string>> {
  const settings = queueSettings(context);
  await context.sync();
  return settings();
}
