/**
 * Document settings stored in a sheet of the workbook, so that they travel with the file
 * between Excel (Office.js adapter) and the command line (xlsx adapter). Both adapters use this
 * sheet and these pure helpers: the layout is one setting per row, key in column A, the value in
 * column B and, when it is longer than an Excel cell can hold, continued in C, D, ...
 */
import type { CellValue, SheetSpec } from './port';

/**
 * The name Premia gives its (very hidden) settings sheet when it is free. The name alone never
 * makes a sheet Premia's (`isSettingsSheet`): a user's own sheet called `_Premia` is user data,
 * and Premia then takes `_premia2`, `_premia3`... (`freeSettingsName`).
 */
export const SETTINGS_SHEET = '_premia';

/** What A1 of the settings sheet holds. With "very hidden", it makes the sheet Premia's. */
export const SETTINGS_MARKER = 'premia:impostazioni';

/** What the adapters know of a sheet to tell whether it is the settings sheet. */
export interface SettingsCandidate {
  name: string;
  veryHidden: boolean;
  /** The value of A1. */
  a1: CellValue | undefined;
}

/**
 * Premia's settings sheet: very hidden and marked in A1. A very hidden sheet named exactly
 * `_premia` without the marker is also taken: Premia wrote it so before the marker existed, and
 * only a macro can make a sheet very hidden (Excel's menus cannot), so a user's own sheet is not
 * mistaken for it.
 */
export function isSettingsSheet(s: SettingsCandidate): boolean {
  if (!s.veryHidden) return false;
  return s.a1 === SETTINGS_MARKER || s.name === SETTINGS_SHEET;
}

/** The name of the settings sheet among the workbook's sheets (a marked one first), if any. */
export function findSettingsSheet(sheets: readonly SettingsCandidate[]): string | undefined {
  const found = sheets.filter(isSettingsSheet);
  return (found.find((s) => s.a1 === SETTINGS_MARKER) ?? found[0])?.name;
}

/** `_premia`, or `_premia2`, `_premia3`... the first name no sheet has (names compare without case). */
export function freeSettingsName(names: readonly string[]): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? SETTINGS_SHEET : `${SETTINGS_SHEET}${i}`;
    if (!taken.has(name)) return name;
  }
}

/**
 * True for a snapshot of the settings sheet, for the reader to leave it out of the input. A
 * snapshot tells hidden, not very hidden: hidden and marked, or hidden and named exactly
 * `_premia` (written before the marker).
 */
export function isSettingsSnapshot(s: {
  name: string;
  hidden?: true;
  top: number;
  left: number;
  values: CellValue[][];
}): boolean {
  if (!s.hidden) return false;
  const a1 = s.top === 0 && s.left === 0 ? s.values[0]?.[0] : undefined;
  return a1 === SETTINGS_MARKER || s.name === SETTINGS_SHEET;
}

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
    if (!key || key === SETTINGS_MARKER) continue;
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

/**
 * The settings sheet as a spec, named `name`: the marker in A1, then one row per setting, every
 * cell text, so that no value is ever read as a formula.
 */
export function settingsSpec(record: Record<string, string>, name: string = SETTINGS_SHEET): SheetSpec {
  return {
    name,
    rows: [
      [{ value: SETTINGS_MARKER }],
      ...settingsToRows(record).map((row) => row.map((value) => ({ value }))),
    ],
  };
}
