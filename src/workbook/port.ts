/**
 * The workbook port: the one small interface the reader and the writers depend on. Two
 * adapters implement it: Office.js (inside Excel) and ExcelJS (.xlsx files in Node and the
 * browser). Rows and columns are 0-based absolute indexes; addresses are A1 strings.
 *
 * The read side is shaped for Office.js: `readSheets` takes every sheet at once so that an
 * adapter can load them all in one batch (a constant number of `context.sync()` calls), and
 * `readAll` takes the sheets, tables and settings together, so that they share those syncs.
 * `writeSheets` can carry the settings and a selection for the same reason.
 */
import type { RawValue } from '../domain/model';

export type CellValue = RawValue;

export interface SheetInfo {
  name: string;
  visible: boolean;
  position: number;
}

/** A rectangle of cells, 0-based, inclusive bounds. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (ListObject). */
export interface TableInfo {
  name: string;
  sheet: string;
  /** Whole table including its header row (and totals row when shown). */
  range: CellRange;
  showHeaders: boolean;
  showTotals: boolean;
}

/** A sheet's used range as the reader sees it. */
export interface SheetSnapshot {
  name: string;
  /** Position of values[0][0]; an empty sheet has empty `values`. */
  top: number;
  left: number;
  /**
   * Computed values: formulas arrive as their results, error values as `{ error }`. Rows may be
   * shorter than the used range is wide (down to empty) when the range is mostly empty, e.g.
   * stretched by one stray far cell: a cell past its row's end is blank, "General", no formula.
   * Read the width as the longest row, never as `values[0].length`.
   */
  values: CellValue[][];
  /** Number format of each cell, same shape as values ("General", "0%", "#,##0.00 €"...). */
  numberFormats: string[][];
  /** Formulas where a cell holds one ("=B5*2"), else null; same shape as values. */
  formulas: (string | null)[][];
  merged: CellRange[];
  hiddenRows: number[];
  hiddenColumns: number[];
  /**
   * Cells (0-based, absolute) holding a formula that has no computed value: a file written by a
   * program and saved without calculating, so its value above is null though the formula may
   * well give a number. Only the .xlsx adapter can see this (Excel computes every formula);
   * a formula whose result is empty text is not listed.
   */
  uncalculated?: { row: number; col: number }[];
  /** Set when the sheet is hidden or very hidden (absent when visible). */
  hidden?: true;
}

/** A cell Premia writes. Strings are always written as text, never as formulas. */
export interface OutputCell {
  value: string | number | boolean | null;
  /** Excel number format, e.g. '#,##0.00 "€"' or '0.00%'. */
  format?: string;
  bold?: boolean;
  /** Internal hyperlink to cells of the workbook. */
  link?: { sheet: string; cell: string };
  /**
   * Long text (a trail, a title) wraps within the column's width and the row grows, instead
   * of running over the next cells or widening the column for the whole sheet.
   */
  wrap?: boolean;
}

export interface OutputTable {
  name: string;
  /** A1 range including the header row. */
  range: string;
}

export interface OutputChart {
  kind: 'pie' | 'column';
  title: string;
  /** A1 range of the data, categories in the first column, header in the first row. */
  dataRange: string;
  /** Top-left cell where the chart is placed. */
  anchor: string;
}

/** A whole sheet Premia owns, built before it replaces the previous version. */
export interface SheetSpec {
  name: string;
  rows: OutputCell[][];
  /** Column widths in characters. */
  columnWidths?: number[];
  /** Rows frozen at the top (headers). */
  freezeRows?: number;
  tables?: OutputTable[];
  charts?: OutputChart[];
  /** Tab colour as hex "RRGGBB". */
  tabColor?: string;
}

/** Cells to highlight: a sheet and an A1 range on it. */
export interface HighlightRange {
  sheet: string;
  address: string;
}

/** A highlight Premia added, with the adapter's handle to remove it again. */
export interface HighlightMark extends HighlightRange {
  handle: string;
}

/** Everything a run reads: what `readSheets()`, `listTables()` and `readSettings()` give. */
export interface WorkbookContents {
  sheets: SheetSnapshot[];
  tables: TableInfo[];
  settings: Record<string, string>;
  /** The defined names (`listDefinedNames`), from an adapter that has them. */
  definedNames?: string[];
}

/** What one `writeSheets` call can do besides the sheets, in the same batch. */
export interface WriteExtras {
  /**
   * Settings set or (with null) removed, as `writeSettings` does, written with the sheets: both
   * or neither.
   */
  settings?: Record<string, string | null>;
  /** Cells selected once everything is written, as `select` does. */
  select?: HighlightRange;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  listTables(): Promise<TableInfo[]>;
  /**
   * The workbook's defined names (they share one namespace with table names), so that Premia's
   * tables avoid them. Optional: an adapter without it lets the write refuse a clash instead.
   */
  listDefinedNames?(): Promise<string[]>;
  /** Reads the used ranges of the named sheets (all of them when omitted), in one batch. */
  readSheets(names?: string[]): Promise<SheetSnapshot[]>;
  /** Every sheet, table and setting, in one batch (in Excel, the syncs of `readSheets` alone). */
  readAll(): Promise<WorkbookContents>;
  /**
   * Creates or replaces whole sheets. Each sheet is completely built before it replaces the
   * previous version, so a failure leaves the previous outputs and no partial sheet. `extras`
   * are done in the same batch, after the sheets.
   */
  writeSheets(specs: SheetSpec[], extras?: WriteExtras): Promise<void>;
  removeSheets(names: string[]): Promise<void>;
  /**
   * Renames a sheet (names compare without case, as in Excel), keeping its cells, position and
   * visibility. Throws when `from` does not exist or `to` is taken by another sheet or is not a
   * valid sheet name. Used to keep a user-edited output sheet aside (src/workbook/ownership.ts).
   */
  renameSheet(from: string, to: string): Promise<void>;
  /** Document settings (stored in the workbook), as strings. */
  readSettings(): Promise<Record<string, string>>;
  /** Sets or (with null) removes settings. */
  writeSettings(values: Record<string, string | null>): Promise<void>;
  /** Selects cells (in Excel, activates the sheet); a no-op where there is no selection. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Highlights ranges with a conditional format of Premia's (a fill that applies whatever the
   * value), so that the cells' own values and formats stay exactly as the user set them.
   * Returns one handle per range, in order, for removeHighlights.
   */
  addHighlights(ranges: HighlightRange[]): Promise<string[]>;
  /** Removes highlights addHighlights made; those already gone (sheet deleted...) are skipped. */
  removeHighlights(marks: HighlightMark[]): Promise<void>;
}
