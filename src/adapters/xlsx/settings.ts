/**
 * Document settings in the very hidden sheet shared with the Office.js adapter (layout and
 * helpers in src/workbook/settings-sheet.ts).
 */
import type { Workbook } from 'exceljs';
import type { CellValue, SheetSpec } from '../../workbook/port';
import { SETTINGS_SHEET, rowsToSettings, settingsToRows } from '../../workbook/settings-sheet';
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

/** Current settings with `changes` applied (null removes a key). */
export function mergeSettings(
  current: Record<string, string>,
  changes: Record<string, string | null>,
): Record<string, string> {
  const next = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** The settings sheet as a spec: every cell text, so that no value is ever read as a formula. */
export function settingsSpec(record: Record<string, string>): SheetSpec {
  return {
    name: SETTINGS_SHEET,
    rows: settingsToRows(record).map((row) => row.map((value) => ({ value }))),
  };
}
