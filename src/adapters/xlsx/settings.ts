/**
 * Document settings in the very hidden sheet shared with the Office.js adapter (layout and
 * helpers in src/workbook/settings-sheet.ts).
 */
import type { Workbook } from 'exceljs';
import type { CellValue } from '../../workbook/port';
import { SETTINGS_SHEET, mergeSettings, rowsToSettings, settingsSpec } from '../../workbook/settings-sheet';
import { readSnapshot } from './read';
import { findSheet } from './write';

export function readSettingsSheet(wb: Workbook): Record<string, string> {
  const ws = findSheet(wb, SETTINGS_SHEET);
  if (!ws) return {};
  const snap = readSnapshot(ws);
  // Back to absolute rows: the key is always column A, whatever the used range starts with.
  const rows: CellValue[][] = [];
  snap.values.forEach((values, i) => {
    rows[snap.top + i] = [...new Array<CellValue>(snap.left).fill(null), ...values];
  });
  return rowsToSettings(rows.filter(Boolean));
}

// mergeSettings and settingsSpec moved to src/workbook/settings-sheet.ts (shared with Office.js).
export { mergeSettings, settingsSpec };
