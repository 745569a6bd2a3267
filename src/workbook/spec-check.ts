/**
 * Checks of a SheetSpec that do not depend on the adapter: Excel's rules for sheet and table
 * names, cell contents and tab colours. Both adapters run them before touching the workbook, so
 * a bad spec never leaves anything behind. Messages are for developers (a spec is built by
 * Premia, not typed by the user), so they stay in English, like the adapters' other errors.
 */
import type { OutputCell, SheetSpec } from './port';
import { cellAddress, parseRange } from './a1';
import { SETTINGS_SHEET } from './settings-sheet';

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32767;

/** Excel's rules for sheet names. */
export function checkSheetName(name: string): void {
  if (name.trim() === '') throw new Error('A sheet name cannot be empty');
  if (name.length > 31) throw new Error(`Sheet name longer than 31 characters: ${name}`);
  if (/[*?:/\\[\]]/.test(name))
    throw new Error(`Sheet name with a character Excel forbids (* ? : / \\ [ ]): ${name}`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw new Error(`Sheet name starting or ending with a quote: ${name}`);
  if (name.toLowerCase() === 'history') throw new Error('"History" is a sheet name Excel reserves');
}

/** Excel's rules for table names (they share one namespace with defined names). */
export function checkTableName(name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255)
    throw new Error(`Not a valid Excel table name: ${name}`);
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    throw new Error(`A table name cannot look like a cell reference: ${name}`);
}

/** A cell Excel can hold: finite numbers, text within the cell limit. */
export function checkCell(sheet: string, row: number, col: number, cell: OutputCell): void {
  const { value } = cell;
  const where = `${sheet}!${cellAddress(row, col)}`;
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(`Not a finite number at ${where}: ${value}`);
  if (typeof value === 'string' && value.length > MAX_CELL_CHARS)
    throw new Error(`Text longer than ${MAX_CELL_CHARS} characters at ${where}`);
}

export function checkTabColor(color: string): void {
  if (!/^[0-9A-Fa-f]{6}$/.test(color)) throw new Error(`Tab colour is not RRGGBB: ${color}`);
}

/** The text a header cell of the spec holds, as Excel shows it in a table header. */
function headerText(spec: SheetSpec, row: number, col: number): string {
  const v = spec.rows[row]?.[col]?.value ?? null;
  return v === null ? '' : String(v);
}

/** Headers of a table over spec rows: non-empty and unique (Excel would rename duplicates). */
export function tableHeaders(spec: SheetSpec, range: string, table: string): string[] {
  const r = parseRange(range);
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = r.left; c <= r.right; c++) {
    const name = headerText(spec, r.top, c).trim();
    if (!name) throw new Error(`Table ${table} has an empty header at ${cellAddress(r.top, c)}`);
    if (seen.has(name.toLowerCase())) throw new Error(`Table ${table} has the header "${name}" twice`);
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/**
 * Every check of a batch of specs, before anything is written. `reservedNames` holds the
 * lower-case table and defined names that stay in the workbook after the batch (tables on the
 * sheets being replaced excluded); it gains the batch's own table names.
 */
export function checkSpecs(
  specs: SheetSpec[],
  reservedNames: Set<string>,
  options: { allowSettingsSheet?: boolean } = {},
): void {
  const seen = new Set<string>();
  for (const spec of specs) {
    checkSheetName(spec.name);
    const key = spec.name.toLowerCase();
    if (key === SETTINGS_SHEET && !options.allowSettingsSheet)
      throw new Error(`${SETTINGS_SHEET} is the settings sheet`);
    if (seen.has(key)) throw new Error(`Sheet "${spec.name}" written twice in one batch`);
    seen.add(key);
    spec.rows.forEach((cells, r) => cells.forEach((cell, c) => checkCell(spec.name, r, c, cell)));
    if (spec.tabColor !== undefined) checkTabColor(spec.tabColor);
    for (const table of spec.tables ?? []) {
      checkTableName(table.name);
      const name = table.name.toLowerCase();
      if (reservedNames.has(name)) throw new Error(`Table name already used in the workbook: ${table.name}`);
      tableHeaders(spec, table.range, table.name);
      reservedNames.add(name);
    }
    for (const chart of spec.charts ?? []) {
      parseRange(chart.dataRange);
      parseRange(chart.anchor);
    }
  }
}
