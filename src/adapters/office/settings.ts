/**
 * Document settings in Premia's very hidden settings sheet, the same sheet and layout as the xlsx
 * adapter (src/workbook/settings-sheet.ts), so settings travel with the file between Excel and
 * the command line. Office's own document settings would not be visible to the CLI. The sheet is
 * found by its marker (very hidden, A1), never by its name alone.
 */
import type { CellValue } from '../../workbook/port';
import { findSettingsSheet, rowsToSettings } from '../../workbook/settings-sheet';
import { cellValue } from './read';

export interface FoundSettings {
  /** The settings sheet's name, when the workbook has one. */
  sheet: string | undefined;
  settings: Record<string, string>;
  /** Every sheet's name, to choose a free name for a new settings sheet. */
  names: string[];
}

/**
 * Two syncs: the sheets and their visibility, then A1 and the used range of the very hidden ones
 * (usually none or one).
 */
export async function findSettings(context: Excel.RequestContext): Promise<FoundSettings> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const names = sheets.items.map((ws) => ws.name);
  const veryHidden = sheets.items.filter((ws) => ws.visibility === 'VeryHidden');
  if (veryHidden.length === 0) return { sheet: undefined, settings: {}, names };
  const probes = veryHidden.map((ws) => {
    const a1 = ws.getRange('A1');
    a1.load('values,valueTypes');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('values,valueTypes,rowIndex,columnIndex');
    return { name: ws.name, a1, used };
  });
  await context.sync();
  const sheet = findSettingsSheet(
    probes.map((p) => ({
      name: p.name,
      veryHidden: true,
      a1: cellValue(p.a1.values[0]?.[0], p.a1.valueTypes[0]?.[0]),
    })),
  );
  const used = probes.find((p) => p.name === sheet)?.used;
  if (sheet === undefined || !used || used.isNullObject) return { sheet, settings: {}, names };
  // Back to absolute rows: the key is always column A, whatever the used range starts with.
  const pad = new Array<CellValue>(used.columnIndex).fill(null);
  const rows = used.values.map((row, i) => [
    ...pad,
    ...row.map((v, j) => cellValue(v, used.valueTypes[i]?.[j])),
  ]);
  return { sheet, settings: rowsToSettings(rows), names };
}

/** The settings (two syncs). */
export async function readSettings(context: Excel.RequestContext): Promise<Record<string, string>> {
  return (await findSettings(context)).settings;
}
