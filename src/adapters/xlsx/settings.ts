/**
 * Document settings in the very hidden sheet shared with the Office.js adapter (layout and
 * helpers in src/workbook/settings-sheet.ts). The sheet is found by its marker, not by its name.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { CellValue } from '../../workbook/port';
import {
  findSettingsSheet,
  mergeSettings,
  rowsToSettings,
  settingsSpec,
} from '../../workbook/settings-sheet';
import { cellValue, readSnapshot } from './read';
import { findSheet } from './write';

/** Premia's settings sheet: very hidden and marked (settings-sheet.ts), whatever its name. */
export function settingsSheet(wb: Workbook): Worksheet | undefined {
  const name = findSettingsSheet(
    wb.worksheets
      .filter((ws) => ws.state === 'veryHidden')
      .map((ws) => ({ name: ws.name, veryHidden: true, a1: cellValue(ws.getCell('A1')) })),
  );
  return name === undefined ? undefined : findSheet(wb, name);
}

export function readSettingsSheet(wb: Workbook): Record<string, string> {
  const ws = settingsSheet(wb);
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
