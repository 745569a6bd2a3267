/**
 * Writing side: builds a whole Premia sheet under a temporary name, then swaps it in place of
 * the previous version. Anything wrong with a spec throws while building, before the previous
 * version is touched.
 */
import type { CellHyperlinkValue, Workbook, Worksheet } from 'exceljs';
import type { OutputCell, OutputTable, SheetSpec } from '../../workbook/port';
import { cellAddress, parseRange, quoteSheet } from '../../workbook/a1';
import { cellValue } from './read';
import { orderOf, setOrder, tableModels } from './internals';
import { MAX_CELL_CHARS, checkSheetName, checkTableName } from '../../workbook/spec-check';

// Moved to src/workbook/spec-check.ts (shared with the Office.js adapter); re-exported for callers.
export { MAX_CELL_CHARS, checkSheetName };

const LINK_FONT_COLOR = 'FF0563C1';
const TEMP_PREFIX = '_premia_tmp_';

export function findSheet(wb: Workbook, name: string): Worksheet | undefined {
  const key = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === key);
}

export function tempSheetName(wb: Workbook): string {
  for (let i = 1; ; i++) {
    const name = `${TEMP_PREFIX}${i}`;
    if (!findSheet(wb, name)) return name;
  }
}

/** What one batch of writes shares: names that must stay unique, and the notes it gathers. */
export interface BuildContext {
  /** Lower-case names of the tables and defined names the workbook keeps or the batch adds. */
  reservedNames: Set<string>;
  notes: string[];
}

/**
 * Table and defined names that stay in the workbook after the batch: everything except the
 * tables on the sheets the batch replaces.
 */
export function reservedNames(wb: Workbook, replacing: string[]): Set<string> {
  const replaced = new Set(replacing.map((n) => n.toLowerCase()));
  const names = new Set<string>();
  for (const ws of wb.worksheets) {
    if (replaced.has(ws.name.toLowerCase())) continue;
    for (const t of tableModels(ws)) names.add(t.name.toLowerCase());
  }
  for (const dn of wb.definedNames.model ?? []) names.add(dn.name.toLowerCase());
  return names;
}

function writeCell(ws: Worksheet, row: number, col: number, spec: OutputCell): void {
  const { value, format, bold, link, wrap } = spec;
  if (value === null && !format && !bold && !link) return;
  const cell = ws.getRow(row + 1).getCell(col + 1);
  const where = `${ws.name}!${cellAddress(row, col)}`;
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(`Not a finite number at ${where}: ${value}`);
  if (typeof value === 'string' && value.length > MAX_CELL_CHARS)
    throw new Error(`Text longer than ${MAX_CELL_CHARS} characters at ${where}`);

  if (link) {
    const text = value === null ? `${link.sheet}!${link.cell}` : String(value);
    const hyperlink: CellHyperlinkValue = { text, hyperlink: `#${quoteSheet(link.sheet)}!${link.cell}` };
    cell.value = hyperlink;
    cell.font = { bold: bold === true, underline: true, color: { argb: LINK_FONT_COLOR } };
  } else {
    // A string is stored as a shared string whatever it starts with ("=", "+", "-", "@", tab):
    // ExcelJS makes formulas only from { formula } objects, so text never becomes a formula.
    cell.value = value;
    if (bold) cell.font = { bold: true };
  }
  if (typeof value === 'string') cell.numFmt = '@';
  else if (format) cell.numFmt = format;
  if (wrap) cell.alignment = { wrapText: true, vertical: 'top' };
}

function headerText(ws: Worksheet, row: number, col: number): string {
  const v = cellValue(ws.getRow(row + 1).getCell(col + 1));
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'object' ? v.error : String(v);
}

/**
 * An Excel table over rows already written. ExcelJS's addTable writes its header and rows into
 * the cells itself, so it is given exactly what the cells hold (the header as text, as Excel
 * requires): the cells keep their values and their formats.
 */
function addTable(ws: Worksheet, table: OutputTable, ctx: BuildContext): void {
  checkTableName(table.name);
  const key = table.name.toLowerCase();
  if (ctx.reservedNames.has(key)) throw new Error(`Table name already used in the workbook: ${table.name}`);
  const r = parseRange(table.range);
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = r.left; c <= r.right; c++) {
    const name = headerText(ws, r.top, c).trim();
    if (!name) throw new Error(`Table ${table.name} has an empty header at ${cellAddress(r.top, c)}`);
    if (seen.has(name.toLowerCase())) throw new Error(`Table ${table.name} has the header "${name}" twice`);
    seen.add(name.toLowerCase());
    names.push(name);
  }
  const rows: unknown[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const cells = ws.getRow(row + 1);
    const values: unknown[] = [];
    for (let c = r.left; c <= r.right; c++) values.push(cells.getCell(c + 1).value);
    rows.push(values);
  }
  // Excel needs at least one data row under the header.
  if (rows.length === 0) rows.push(names.map(() => null));
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(r.top, r.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows,
  });
  for (let c = r.left; c <= r.right; c++) ws.getRow(r.top + 1).getCell(c + 1).numFmt = '@';
  ctx.reservedNames.add(key);
}

/** Fills a new worksheet from a spec. Throws on anything Excel would reject. */
export function fillSheet(ws: Worksheet, spec: SheetSpec, ctx: BuildContext): void {
  spec.rows.forEach((cells, r) => cells.forEach((cell, c) => writeCell(ws, r, c, cell)));
  spec.columnWidths?.forEach((width, c) => {
    if (Number.isFinite(width) && width > 0) ws.getColumn(c + 1).width = width;
  });
  if (spec.freezeRows && spec.freezeRows > 0) {
    const first = cellAddress(spec.freezeRows, 0);
    ws.views = [
      { state: 'frozen', xSplit: 0, ySplit: spec.freezeRows, topLeftCell: first, activeCell: first },
    ];
  }
  if (spec.tabColor !== undefined) {
    if (!/^[0-9A-Fa-f]{6}$/.test(spec.tabColor))
      throw new Error(`Tab colour is not RRGGBB: ${spec.tabColor}`);
    ws.properties.tabColor = { argb: `FF${spec.tabColor.toUpperCase()}` };
  }
  for (const table of spec.tables ?? []) addTable(ws, table, ctx);
  for (const chart of spec.charts ?? [])
    ctx.notes.push(
      `Chart "${chart.title}" (${chart.kind}) on sheet "${spec.name}" not written: ExcelJS cannot write charts.`,
    );
}

/** Builds the spec's sheet under a temporary name; on failure removes it and rethrows. */
export function buildSheet(wb: Workbook, spec: SheetSpec, ctx: BuildContext): Worksheet {
  const ws = wb.addWorksheet(tempSheetName(wb));
  try {
    fillSheet(ws, spec, ctx);
    return ws;
  } catch (e) {
    wb.removeWorksheet(ws.id);
    throw e;
  }
}

/**
 * Puts a built sheet in place of the sheet named `name`: same position and visibility, the old
 * one removed. With no previous sheet, the new one stays last.
 */
export function commitSheet(wb: Workbook, built: Worksheet, name: string): void {
  const previous = findSheet(wb, name);
  if (previous) {
    const position = orderOf(previous);
    const state = previous.state;
    wb.removeWorksheet(previous.id);
    setOrder(built, position);
    if (state && state !== 'visible') built.state = state;
  }
  built.name = name;
}
