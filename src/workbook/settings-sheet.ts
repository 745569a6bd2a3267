/**
 * Document settings stored in a sheet of the workbook, so that they travel with the file
 * between Excel (Office.js adapter) and the command line (xlsx adapter). Both adapters use this
 * sheet and these pure helpers: the layout is one setting per row, key in column A, the value in
 * column B and, when it is longer than an Excel cell can hold, continued in C, D, ...
 */
import type { CellValue, SheetSpec } from './port';

/** Name of the (very hidden) settings sheet. */
export const SETTINGS_SHEET = '_premia';

/** Characters per cell: Excel holds at most 32,767 characters in a cell; stay well below. */
export const SETTINGS_CHUNK = 32000;

/** Splits a value into pieces of at most `size` characters, never inside a surrogate pair. */
export function chunkText(text: string, size: number = SETTINGS_CHUNK): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    // A high surrogate at the end of a piece would be cut from its low half: keep them together.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/**
 * Rows of the settings sheet, keys sorted so that the sheet does not change when the settings
 * do not. An empty value is a row with the key alone.
 */
export function settingsToRows(record: Record<string, string>): string[][] {
  return Object.keys(record)
    .filter((key) => key !== '')
    .sort()
    .map((key) => [key, ...chunkText(record[key])]);
}

function cellText(v: CellValue | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  return undefined; // error values carry no setting text
}

/**
 * Settings from the sheet's rows (absolute: index 0 is column A). Rows without a key are
 * skipped; the value is the concatenation of the cells after the key. A key written twice
 * keeps its last row, as a later edit would.
 */
export function rowsToSettings(rows: CellValue[][]): Record<string, string> {
  // Entries, not assignment: a key such as "__proto__" must stay an ordinary key.
  const entries: [string, string][] = [];
  for (const row of rows) {
    const key = cellText(row[0])?.trim();
    if (!key) continue;
    let value = '';
    for (let i = 1; i < row.length; i++) value += cellText(row[i]) ?? '';
    entries.push([key, value]);
  }
  return Object.fromEntries(entries);
}

/** Current settings with `changes` applied (null removes a key). Shared by both adapters. */
export function mergeSettings(
  current: Record<string, string>,
  changes: Record<string, string | null>,
): Record<string, string> {
  // Entries, not assignment: a key such as "__proto__" must stay an ordinary key.
  const next = new Map(Object.entries(current));
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return Object.fromEntries(next);
}

/** The settings sheet as a spec: every cell text, so that no value is ever read as a formula. */
export function settingsSpec(record: Record<string, string>): SheetSpec {
  return {
    name: SETTINGS_SHEET,
    rows: settingsToRows(record).map((row) => row.map((value) => ({ value }))),
  };
}
